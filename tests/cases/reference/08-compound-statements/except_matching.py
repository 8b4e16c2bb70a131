class Base(Exception): pass
class Derived(Base): pass
try:
    raise Derived("d")
except Base as e:
    print("caught by base", type(e).__name__)
try:
    try:
        raise ValueError
    except (TypeError, (KeyError, ValueError)):
        print("nested tuple not allowed?")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    raise ValueError("x")
except Exception:
    print("generic")
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("base", type(e).__name__)
