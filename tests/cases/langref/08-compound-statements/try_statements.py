# 8.4 try: except clauses, else, finally, return in finally, exception variables cleared.
def f(kind):
    try:
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "zero":
            return 1 / 0
        result = "no error"
    except (ValueError, KeyError) as e:
        result = "caught " + type(e).__name__
    except ZeroDivisionError:
        result = "zero"
    else:
        result += " + else"
    finally:
        print("finally for", kind)
    return result
for k in ["value", "key", "zero", "none"]:
    print(f(k))
def g():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return "loop done"
print(h())
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
def nested():
    try:
        try:
            raise TypeError("a")
        finally:
            print("inner finally")
    except TypeError as e:
        return "outer caught " + str(e)
print(nested())
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__))
try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
try:
    try:
        raise ValueError
    except TypeError:
        print("not this")
except ValueError:
    print("propagated past non-matching handler")
try:
    1 / 0
except (TypeError, ZeroDivisionError) as e:
    print("tuple match", type(e).__name__)
