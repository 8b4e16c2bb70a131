print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{0.real} {0.imag}".format(3 + 4j))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{{literal}} {}".format(5))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:.3}".format("abcdef"), "{:10.2}|".format("abc"))
print("{0:{1}}|".format("x", 5), "{:{}{}}|".format("y", ">", 4))
print("{a}".format_map({"a": 1}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{x} {y}".format_map(D(x=1)))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}),
                      ("{2}", (1,), {}), ("{x}", (), {}), ("{!z}", (1,), {}), ("{0!r:", (1,), {}),
                      ("{0[}", ([1],), {}), ("{0.}", (1,), {}), ("{:d}", ("a",), {}), ("{0:{1:{2}}}", (1, 2, 3), {}),
                      ("{!}", (1,), {}), ("{0!rr}", (1,), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ":", e)
