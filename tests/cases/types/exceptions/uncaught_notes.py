def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
e = TypeError("with notes")
e.add_note("extra info")
raise e
