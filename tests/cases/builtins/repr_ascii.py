print(repr(1), repr("a'b"), repr([1, "x", None]), repr((1,)), repr({"k": (1, 2)}), repr(1.0), repr(b"\x00"), repr(set()))
print(ascii("héllo"), ascii(["ü"]), ascii("\U0001f600"), ascii(1), ascii(b"\xff"))
l = [1]
l.append(l)
d = {}
d["self"] = d
print(repr(l), repr(d))
