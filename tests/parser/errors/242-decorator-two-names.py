@foo bar
def f():
    pass
