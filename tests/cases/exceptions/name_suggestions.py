def f():
    counter = 1
    return countr
try:
    f()
except NameError as e:
    print(e)
import sys
sys.stderr = sys.stdout
prnt("x")
