def make():
    try:
        raise ValueError("v")
    except ValueError as e:
        v = e
    try:
        raise TypeError("t")
    except TypeError as e:
        t = e
    try:
        try:
            raise KeyError("context")
        except KeyError:
            raise ExceptionGroup("eg", [v, t]) from OSError("cause")
    except ExceptionGroup as g:
        return g


eg = make()
eg.add_note("note one")
eg.add_note("note two")
m, r = eg.split(ValueError)
for part in (m, r):
    print(type(part).__name__, part.message, part.exceptions)
    print("  traceback kept:", part.__traceback__ is eg.__traceback__)
    print("  cause:", repr(part.__cause__), part.__cause__ is eg.__cause__)
    print("  context:", repr(part.__context__), part.__context__ is eg.__context__)
    print("  notes:", part.__notes__, part.__notes__ is eg.__notes__)
    print("  suppress_context:", part.__suppress_context__)
d = eg.derive([ValueError("new")])
print(type(d).__name__, d.message, d.exceptions, d.__cause__, d.__traceback__, hasattr(d, "__notes__"))
print(eg.exceptions[0].__traceback__ is not None)
sg = eg.subgroup(TypeError)
print(sg.exceptions[0] is eg.exceptions[1])
try:
    eg.add_note(5)
except TypeError as e:
    print("TypeError:", e)
eg.__notes__ = "not a list"
try:
    eg.split(ValueError)
except Exception as e:
    print(type(e).__name__, e)
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__)
