try:
    raise KeyError("k")
except ValueError, KeyError:
    print("caught without parentheses")
try:
    compile("try:\n    pass\nexcept ValueError, KeyError as e:\n    pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__ + ":", e.msg)
