import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(50)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0) > 30)
print(sys.getrecursionlimit())
