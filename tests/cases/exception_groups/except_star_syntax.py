def t(src):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)


t("for x in y:\n    try:\n        pass\n    except* E:\n        continue\n")
t("for x in y:\n    try:\n        pass\n    except* E:\n        break\n")
t("def f():\n    try:\n        pass\n    except* E:\n        return 1\n")
t("def f():\n    try:\n        pass\n    except* E:\n        return\n")
t("for x in y:\n    try:\n        pass\n    except* E:\n        for z in w:\n            break\n")
t("def f():\n    try:\n        pass\n    except* E:\n        def g():\n            return 1\n")
t("try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n")
t("try:\n    pass\nexcept*:\n    pass\n")
t("try:\n    pass\nexcept* E:\n    pass\nelse:\n    pass\nfinally:\n    pass\n")
t("try:\n    pass\nexcept *E as e:\n    pass\n")
t("try:\n    pass\nexcept* (A, B) as e:\n    pass\n")
t("try:\n    pass\nexcept* A, B:\n    pass\n")
t("try:\n    pass\nexcept* A, B as e:\n    pass\n")
t("while True:\n    try:\n        pass\n    except* E:\n        while True:\n            continue\n")


def t2(tp):
    try:
        try:
            raise ValueError()
        except* tp:
            pass
    except TypeError as e:
        print("TypeError:", e)
    except ValueError:
        print("ValueError propagated")


t2(ExceptionGroup)
t2(BaseExceptionGroup)
t2((ValueError, ExceptionGroup))
t2(5)
t2((ValueError, 5))
t2(MyEG := type("MyEG", (ExceptionGroup,), {}))
