print("hello", "world", sep=", ", end="!\n")
print()
print(1, 2.5, None, True, [1, "a"], (1,), {"k": 2})
