# 7.2 Assignment statements: chained, augmented, attribute and subscript targets, evaluation order.
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x = 1
x += 2; x *= 3; x -= 1; x //= 3; x **= 3; x %= 5; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 5
print(x)
l = [1, 2]
l2 = l
l += [3]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "ab"
s *= 2
print(s)
class O:
    pass
o = O()
o.attr = 5
o.attr += 1
print(o.attr)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 10
print(d)
order = []
def k(n):
    order.append(n)
    return n
arr = [0, 0, 0]
arr[k(0)], arr[k(1)] = k(10), k(20)
print(arr, order)
i = 0
lst = [0, 1, 2]
i, lst[i] = 1, 9
print(i, lst)
for stmt in ["undefined_name += 1", "(1).x = 2", "None.attr", "f() = 1"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__ + ":", e)
