name = "World"; n = 42; pi = 3.14159
print(f"Hello, {name}!")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:%}")
print(f"{{literal}} {n}")
print(f"{'quoted'}", f'{"dq"}')
print(f"{n!r} {name!r} {name!s} {'é'!a}")
print(f"{3+4}", f"{[1,2][0]}", f"{ {'a':1}['a'] }")
