def raiser(n):
    raise ValueError(n)


errs = []
for i in range(3):
    try:
        raiser(i)
    except ValueError as e:
        errs.append(e)
try:
    raise ExceptionGroup("group", errs)
except ExceptionGroup as eg:
    print(eg.__traceback__.tb_lineno, eg.__traceback__.tb_next)
    for e in eg.exceptions:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(e, lines)
try:
    try:
        raise ExceptionGroup("outer", [ValueError("x"), TypeError("y")])
    except* ValueError as v:
        print("branch tb set:", v.__traceback__ is not None)
        raise
except* TypeError as t:
    print("outer TypeError branch:", t.exceptions)
except ExceptionGroup as g:
    print("never")
