def f(**k, /):
    pass
