def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: (1.0).hex())
t(lambda: (-0.1).hex())
t(lambda: (0.0).hex())
t(lambda: float("inf").hex())
t(lambda: (5e-324).hex())
t(lambda: float.fromhex("0x1.8p1"))
t(lambda: float.fromhex("-0x1p-1074"))
t(lambda: float.fromhex("inf"))
t(lambda: float.fromhex("0x1p10000"))
t(lambda: float.fromhex("xyz"))
t(lambda: float.fromhex(" 0x10 "))
t(lambda: float.fromhex(1))
