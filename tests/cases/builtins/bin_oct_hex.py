print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(2**64), bin(True))
class I:
    def __index__(self):
        return 42
print(bin(I()), hex(I()), oct(I()))
for f in [lambda: bin(1.5), lambda: hex("a"), lambda: oct(None)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
