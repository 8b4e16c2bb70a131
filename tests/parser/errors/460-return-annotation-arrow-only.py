def f() ->:
    pass
