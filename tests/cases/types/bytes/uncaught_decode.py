def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(b"ok".decode())
b"caf\xe9".decode("utf-8")
