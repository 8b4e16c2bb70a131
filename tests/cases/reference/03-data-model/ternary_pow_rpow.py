# 3.3.8 pow() with three arguments: __pow__ with modulo, and 3.14 tries __rpow__ too
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(pow(P(), 2), pow(P(), 2, 5), P() ** 3)
print(pow(2, P()), 2 ** P())
print(pow(2, P(), 5))
class Two:
    def __pow__(self, other):
        return "two-arg only"
print(Two() ** 2)
try:
    pow(Two(), 2, 3)
except TypeError as e:
    print("TypeError:", e)
for args in [(2, 3, 5), (2, -1, 5), (3, -1, 9), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (-2, 3, 5), (2, 3, -5), (7, 0, 1), (2, 10 ** 20, 10 ** 9 + 7)]:
    try:
        print(args, pow(*args))
    except Exception as e:
        print(args, type(e).__name__ + ":", e)
