# oracle: native-3.13 -- int hash values depend on the 64-bit hash modulus (the oracle is 32-bit)
print(hash(1), hash(-1), hash(0), hash(True), hash(1.0), hash(1.5), hash(-2.5), hash(2**61 - 1), hash(2**61), hash(-(2**70)))
print(hash((1, 2)) == hash((1, 2)), hash(None) == hash(None), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(float("inf")))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __hash__(self):
        return 2**100
print(hash(H()) == hash(2**100))
