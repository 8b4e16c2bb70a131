def v(x):
    print("eval", x); return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1.5 == 1.5 != 2)
print(1 == 1.0 == True, 'a' < 'b' < 'c', [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
x = 5
print(0 < x <= 5, 0 < x < 5, x in [5] in [[5]])
print(1 is not None, None is None, 2 not in [1, 3])
