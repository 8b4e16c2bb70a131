# 8.5 The with statement: __exit__ arguments, suppression, exceptions raised by __exit__/__enter__
class CM:
    def __init__(self, name, suppress=False, fail_exit=False, fail_enter=False):
        self.name, self.suppress, self.fail_exit, self.fail_enter = name, suppress, fail_exit, fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        return self.name
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, type(tb).__name__)
        if self.fail_exit:
            raise KeyError("exit failed " + self.name)
        return self.suppress
def run(f):
    try:
        print("result", f())
    except BaseException as e:
        print("raised", type(e).__name__, e, "| context:", repr(e.__context__))
def suppressed():
    with CM("a", suppress=True):
        raise ValueError("inner")
    return "after with"
run(suppressed)
def exit_raises():
    with CM("b", fail_exit=True):
        raise ValueError("body")
run(exit_raises)
def enter_raises():
    with CM("outer"), CM("c", fail_enter=True), CM("never"):
        print("body not run")
run(enter_raises)
def multi():
    with CM("x") as x, CM("y", suppress=True) as y, CM("z") as z:
        print("body", x, y, z)
        raise ValueError("multi")
    return "suppressed by y"
run(multi)
def truthy_suppress():
    with CM("t", suppress="yes"):
        1 / 0
    return "truthy value suppresses"
run(truthy_suppress)
def no_exc_exit_raise():
    with CM("n", fail_exit=True):
        pass
run(no_exc_exit_raise)
def parenthesized():
    with (
        CM("p1") as a,
        CM("p2") as b,
    ):
        return a + b
run(parenthesized)
def return_in_with():
    with CM("r", suppress=True):
        return "returned"
run(return_in_with)
def suppress_base_exc():
    with CM("k", suppress=True):
        raise KeyboardInterrupt
    return "keyboard interrupt suppressed"
run(suppress_base_exc)
def target_tuple():
    with CM("tt") as (first, *rest):
        return first, rest
run(target_tuple)
