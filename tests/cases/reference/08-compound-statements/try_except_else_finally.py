def run(exc):
    try:
        print(" try")
        if exc: raise exc
    except ValueError as e:
        print(" except ValueError", e)
    except (TypeError, KeyError) as e:
        print(" except tuple", type(e).__name__)
    else:
        print(" else")
    finally:
        print(" finally")
for exc in [None, ValueError("v"), KeyError("k")]:
    print("run", exc)
    run(exc)
try:
    run(IndexError("i"))
except IndexError:
    print("propagated IndexError")
