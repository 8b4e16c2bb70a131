# __float__/__int__/__index__/__complex__ returning a strict subclass: the value is used, with a DeprecationWarning
import warnings
warnings.simplefilter("always")
class F(float): pass
class I(int): pass
class A:
    def __float__(self): return F(1.5)
    def __int__(self): return I(3)
    def __index__(self): return I(4)
    def __complex__(self): return 1j
print(float(A()), int(A()))
import operator
print(operator.index(A()))
class CC(complex): pass
class B:
    def __complex__(self): return CC(1j)
print(complex(B()))
