x = 10; y = 'hi'
print(f"{x=}")
print(f"{x = }")
print(f"{x=!s}", f"{y=}", f"{y=!s}")
print(f"{x*2=}")
print(f"{x=:5}|")
print(f"{x=:>{5}}|")
print(f"{3.14159=:.2f}")
