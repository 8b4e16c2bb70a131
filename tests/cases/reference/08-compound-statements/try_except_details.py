# 8.4 The try statement: matching by subclass, tuples, else/finally interplay, exception variables
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def first_match():
    try:
        raise KeyError("k")
    except LookupError as e:
        return "LookupError caught " + type(e).__name__
    except KeyError:
        return "never"
t(first_match)
def tuple_match():
    try:
        raise ZeroDivisionError
    except (TypeError, ArithmeticError) as e:
        return type(e).__name__
t(tuple_match)
def nested_tuple():
    try:
        raise IndexError
    except ((TypeError, (ValueError, IndexError)),) as e:
        return "nested tuples " + type(e).__name__
t(nested_tuple)
def else_runs():
    out = []
    try:
        out.append("try")
    except Exception:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
t(else_runs)
def else_exception_not_caught():
    try:
        try:
            pass
        except ValueError:
            return "wrong"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return "outer got " + str(e)
t(else_exception_not_caught)
def expression_evaluated_lazily():
    def types():
        print("evaluating except expression")
        return ValueError
    try:
        raise ValueError
    except types():
        return "matched"
t(expression_evaluated_lazily)
def except_expr_not_evaluated():
    def types():
        print("should not evaluate")
        return ValueError
    try:
        pass
    except types():
        pass
    return "ok"
t(except_expr_not_evaluated)
def bare_except_last():
    try:
        compile("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "<s>", "exec")
    except SyntaxError as e:
        return e.msg
t(bare_except_last)
def exc_in_finally_replaces():
    try:
        try:
            raise ValueError("original")
        finally:
            raise KeyError("from finally")
    except KeyError as e:
        return repr(e.__context__)
t(exc_in_finally_replaces)
def base_exception_not_caught_by_exception():
    try:
        try:
            raise SystemExit(3)
        except Exception:
            return "wrong"
    except BaseException as e:
        return "BaseException caught " + repr(e)
t(base_exception_not_caught_by_exception)
def exception_instance_in_tuple():
    try:
        raise ValueError
    except ValueError("not a class") if False else ValueError:
        return "ok"
t(exception_instance_in_tuple)
