result = foo(a, b}
