# subclasses of int carry their value through every operation
class MyInt(int):
    def __repr__(self):
        return "MyInt(" + int.__repr__(self) + ")"

a = MyInt(7)
b = MyInt("ff", 16)
print(a, b, repr(a), str(a), type(a).__name__, isinstance(a, int))
print(a + 1, type(a + 1).__name__, a * b, a - b, a // 2, a % 3, a ** 2, -a, abs(-a), ~a, a << 2, a & 3)
print(a == 7, a < 8, hash(a) == hash(7), {a: 1}[7], bool(MyInt(0)))
print(int(a), type(int(a)).__name__, float(a), a.bit_length(), a.real, type(a.real).__name__)
print(format(a, "05d"), f"{a:x}", round(a, -1), divmod(a, 2))
class Big(int):
    pass
big = Big(10**30)
print(big + big, big // 7, type(big).__name__)
print(int.__new__(MyInt, 5), MyInt() == 0)
try:
    int.__new__(bool, 1)
except TypeError as e:
    print("TypeError:", e)
