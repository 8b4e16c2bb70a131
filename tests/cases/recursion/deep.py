import sys
sys.setrecursionlimit(100000)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(50000))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def mutual_a(n):
    return n == 0 or mutual_b(n - 1)
def mutual_b(n):
    return n != 0 and mutual_a(n - 1)
print(mutual_a(10001))
