try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}['x']
    except KeyError as k:
        raise ValueError("v") from k
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
