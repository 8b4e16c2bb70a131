a = [1, 2]; b = a; c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(3 in range(5), 'bc' in 'abcd', '' in 'x', 1 in {1: 2}, 2 in {1: 2})
print(float('nan') in [float('nan')])
n = float('nan'); print(n in [n], n == n)
class Eq:
    def __eq__(self, o): return True
print(1 in [Eq()], Eq() in [1])
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    [] in 'abc'
except TypeError as e:
    print(type(e).__name__ + ":", e)
