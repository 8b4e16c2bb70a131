x = 10
x += 5; x -= 3; x *= 2; x /= 4; print(x)
x = 17; x //= 3; x %= 4; x **= 3; print(x)
x = 6; x &= 3; x |= 8; x ^= 1; x <<= 2; x >>= 1; print(x)
l = [1]; m = l; l += [2]; print(l, m, l is m)
s = "a"; s += "b"; print(s)
d = {'k': 1}; d['k'] += 1; print(d)
def idx(): print("idx once"); return 0
arr = [5]; arr[idx()] += 1; print(arr)
t = ([],); 
try:
    t[0] += [1]
except TypeError as e:
    print(type(e).__name__ + ":", e, t)
try:
    undefined_var += 1
except NameError as e:
    print(type(e).__name__ + ":", e)
