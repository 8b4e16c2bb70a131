f(from=1)
