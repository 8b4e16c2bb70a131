# 9.1 Complete Python programs: the script runs as module __main__
import sys
print(__name__)
print(type(sys.modules["__main__"]).__name__)
print(sys.modules["__main__"].__name__)
print(__builtins__ is sys.modules["builtins"] or type(__builtins__).__name__)
print("__file__" in globals(), __doc__)
print(sorted(k for k in globals() if k.startswith("__") and k != "__cached__"))
if __name__ == "__main__":
    print("running as main")
x = 1
print(sys.modules["__main__"].x)
