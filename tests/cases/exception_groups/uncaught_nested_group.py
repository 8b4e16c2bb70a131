def fail(n):
    raise KeyError(n)


errors = []
for i in range(2):
    try:
        fail(i)
    except KeyError as e:
        errors.append(e)
inner = ExceptionGroup("inner group", errors)
try:
    raise TypeError("plain")
except TypeError as e:
    t = e
raise ExceptionGroup("outer group", [inner, t, ValueError("no traceback")])
