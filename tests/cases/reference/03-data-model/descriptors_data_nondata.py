class NonData:
    def __get__(self, obj, owner): return "nondata"
class Data:
    def __get__(self, obj, owner): return "data"
    def __set__(self, obj, value): print("set", value)
class C:
    n = NonData(); d = Data()
c = C()
c.__dict__['n'] = "inst-n"; c.__dict__['d'] = "inst-d"
print(c.n, c.d)
c.d = 5
print(C.n, C.d)
class RO:
    def __get__(self, o, t=None): return 1
    def __delete__(self, o): print("delete called")
class E: r = RO()
e = E(); del e.r
