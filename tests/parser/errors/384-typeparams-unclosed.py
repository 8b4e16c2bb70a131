def f[T():
    pass
