name = "world"
n = 42
pi = 3.14159
print(f"hello {name}!")
print(f"{n:5d}|{n:<5}|{n:^7}|{n:x}|{n:#o}|{n:08.3f}")
print(f"{pi:.2f} {pi!r} {name!r} {name!s} {name!a}")
print(f"{'é'!a} {[1, 'a']}")
print(f"{n + 1} {n * 2 = }")
print(f"{{literal}} {n}")
width = 10
print(f"{name:>{width}}|")
print(f"{'nested ' + f'{n}'}")
