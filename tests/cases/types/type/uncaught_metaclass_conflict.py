class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
print("defined A")
class B(A, metaclass=M2):
    pass
