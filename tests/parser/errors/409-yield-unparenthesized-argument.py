def f():
    g(yield)
