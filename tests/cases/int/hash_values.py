# oracle: native-3.13 -- hash values are those of a 64-bit build (the oracle is 32-bit)
# hash() of ints, floats, complex numbers, strs (siphash13 over UCS1/UCS2/UCS4), bytes and tuples
ints = [0, 1, -1, -2, 2**31, 2**53 - 1, 2**53 + 1, 2**61 - 2, 2**61 - 1, 2**61, 2**63, -(2**63), 2**64 + 7,
        10**30, -(10**30), 3**200, True, False]
print([hash(i) for i in ints])
floats = [0.0, -0.0, 0.5, -0.5, 1.5, 0.1, 1e-300, 5e-324, 1e300, 2.0**61, 2.0**62 + 2.0**10, 123.456,
          float("inf"), float("-inf"), -1.0]
print([hash(f) for f in floats])
print([hash(c) for c in [1j, 1 + 2j, -1.5 - 0.5j, complex(0.1, 0.2), complex(1e300, -1e300), 2 + 0j]])
strs = ["", "a", "abc", "hello world", "é", "café", "\u0100", "日本語", "\U0001F600", "a\U0001F600b", "\ud800",
        "x" * 100, "__init__"]
print([hash(s) for s in strs])
print([hash(b) for b in [b"", b"a", b"abc", bytes(range(256)), b"\xff" * 9]])
print([hash(t) for t in [(), (1,), (1, 2), ("a", "b"), ((1, 2), (3, 4)), (0.5, "x", 7), (-1,), (2**100, -3)]])
print(hash(frozenset()), hash(range(10)), hash(slice) == hash(slice))
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(hash(MyInt(2**70)) == hash(2**70), hash(MyFloat(0.1)) == hash(0.1), hash(1) == hash(1.0) == hash(1 + 0j))
print({0.1, 0.2, 0.3, 1e100, 2**70, "a", "b", "c", (1, 2)} == {0.1, 0.2, 0.3, 1e100, 2**70, "a", "b", "c", (1, 2)})
print(set(strs[:9]), {2**70, 2**64, 1.5, -7, 1e20})
