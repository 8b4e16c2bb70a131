for src in ['f"{}"', 'f"{x!z}"', 'f"{"', 'f"}"', 'f"{1:{2:{3}}}"', 'f"{!r}"', "f'{a b}'"]:
    try:
        eval(src)
        print(src, "ok")
    except SyntaxError as e:
        print(src, type(e).__name__ + ":", e.msg)
    except (NameError, ValueError) as e:
        print(src, type(e).__name__ + ":", e)
