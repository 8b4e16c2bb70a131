for src in ["try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
            "for x in y:\n    try:\n        pass\n    except* E:\n        break\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)
try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
