from _heapq import heapify, heappop, heappush, heappushpop, heapreplace, heapify_max, heappop_max, heappush_max
from _bisect import bisect_left, bisect_right, insort_left, insort_right

seed = 3


def rand():
    # a small LCG (the random module needs the stdlib import system)
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed / 2**31


data = [int(rand() * 100) for _ in range(30)]
h = list(data)
heapify(h)
print(h)
heappush(h, 7)
print(heappop(h), heappop(h), heapreplace(h, 50), heappushpop(h, 1), h[:5])
print([heappop(h) for _ in range(len(h))])
m = list(data)
heapify_max(m)
heappush_max(m, 101)
print(m[:6], heappop_max(m), heappop_max(m))
big = [rand() for _ in range(3000)]
heapify(big)
print(big[:3], big[1000], big[2999])
a = [1, 2, 2, 3, 5]
print(bisect_left(a, 2), bisect_right(a, 2), bisect_left(a, 2, 2), bisect_right(a, 10, hi=3))
insort_left(a, 2)
insort_right(a, 4)
insort_right(a, "c".upper() and 0)
print(a, bisect_left(["A", "b", "C"], "b", key=str.lower))
for t in [lambda: heappop([]), lambda: heapify((1,)), lambda: heappush(1, 2), lambda: bisect_left(a, 1, -1),
          lambda: bisect_left(a, 1, 0, "x"), lambda: heappush([1, "a"], 2)]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
