print(1 + 2.0, 1 + 2j, 2.0 * 3j, True + 1, True + True, 3 / 2, 4 / 2, type(4/2).__name__)
print(1 == 1.0 == (1+0j), 2**53 + 1 == float(2**53 + 1), 0.1 + 0.2 == 0.3, 0.1 + 0.2)
print(10 ** 30 / 10 ** 29, 10 ** 400 // 10 ** 399)
try:
    10 ** 400 / 1.0
except OverflowError as e:
    print(type(e).__name__ + ":", e)
try:
    1j < 2j
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    1j // 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
