import sys
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("a", 2)
except ValueError as e:
    print(repr(e), str(e))
try:
    raise 1
except TypeError as e:
    print(e)
try:
    raise ValueError from 1
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise
except KeyError as e:
    print("reraised", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v2") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    try:
        raise TypeError("t")
    finally:
        print(sys.exc_info()[0])
except TypeError:
    print(sys.exc_info()[0].__name__, type(sys.exception()).__name__)
print(sys.exc_info(), sys.exception())
def gen_ctx():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError as e:
            return e
e = gen_ctx()
print(repr(e), repr(e.__context__))
try:
    try:
        pass
    except 1:
        pass
    try:
        1 / 0
    except 1:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise OSError("os")
    except (KeyError, OSError) as e:
        print("tuple match", e)
        raise
except Exception as e:
    print(type(e).__name__)
e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    e
except NameError as ex:
    print(ex)
