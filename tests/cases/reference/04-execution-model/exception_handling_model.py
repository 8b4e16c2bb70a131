# 4.3 Exceptions: handlers search, context, re-raise inside handler, finally ordering
def order():
    log = []
    try:
        try:
            log.append("body")
            raise ValueError("v")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("handler")
    finally:
        log.append("outer finally")
    return log
print(order())
def in_handler():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise TypeError("second")
        except TypeError as e:
            return repr(e.__context__), e.__suppress_context__
print(in_handler())
def nested_reraise():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise
    except ValueError as e:
        return e.args, e.__context__
print(nested_reraise())
def handler_var_scope():
    e = "before"
    try:
        raise OSError
    except OSError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)
print(handler_var_scope())
import sys
def exc_info_inside():
    try:
        raise IndexError("ix")
    except IndexError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, type(tb).__name__, sys.exception() is v)
    print(sys.exc_info(), sys.exception())
exc_info_inside()
def gen_exc():
    try:
        raise ZeroDivisionError
    except ZeroDivisionError:
        yield sys.exception()
        yield sys.exception()
g = gen_exc()
print(type(next(g)).__name__, sys.exception())
print(type(next(g)).__name__)
class NotExc:
    pass
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print("matched first in tuple")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except (KeyError, 5):
        pass
except TypeError as e:
    print("TypeError:", e)
