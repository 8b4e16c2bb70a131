# 8.3-8.4 Loops: break/continue crossing try/finally and the else clause
def trace():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(("body", i))
        finally:
            out.append(("finally", i))
    else:
        out.append("else not reached")
    return out
print(trace())
def while_else():
    n, out = 0, []
    while n < 3:
        n += 1
        try:
            if n == 2:
                continue
        finally:
            out.append(n)
    else:
        out.append("else")
    return out
print(while_else())
def nested_break():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                try:
                    if j == 1:
                        break
                finally:
                    out.append(("inner", i, j))
            finally:
                out.append(("outer", i, j))
        else:
            out.append("inner else")
    return out
print(nested_break())
def break_from_except():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if e.args[0] == 1:
                break
    else:
        return "no break"
    return "broke at " + str(i)
print(break_from_except())
def continue_in_with():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("exit", a[0])
    for i in range(2):
        with CM():
            continue
    return "done"
print(continue_in_with())
def else_with_exception():
    try:
        for i in range(2):
            pass
        else:
            raise KeyError("from else")
    except KeyError as e:
        return "caught " + str(e)
print(else_with_exception())
def empty_loop():
    for x in []:
        return "body"
    else:
        return "else of empty"
print(empty_loop())
def loop_var_after():
    for i in range(3):
        pass
    return i
print(loop_var_after())
