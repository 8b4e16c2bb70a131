def f(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "other"
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("finally", n)
print(f(0)); print(f(1)); print(f(2))
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"
print(g())
def h():
    for _ in range(1):
        try:
            return 1
        finally:
            print("h finally")
print(h())
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer", repr(e))
try:
    pass
except Exception:
    print("no")
else:
    print("else branch")
finally:
    print("final")
def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("zde")
            raise
    except ArithmeticError as e:
        print("arith", type(e).__name__)
nested()
