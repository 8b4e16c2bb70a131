# dict(mapping) and dict.update(mapping): keys() is collected first, then __getitem__ per key;
# a keys() result that is not iterable is reported by name.
class M:
    def keys(self):
        print("keys()")
        for k in "ab":
            print("yield", k)
            yield k
    def __getitem__(self, k):
        print("getitem", k)
        return k.upper()
print(dict(M()))
d = {}
d.update(M())
print(d)
class B:
    def keys(self):
        return 5
    def __getitem__(self, k):
        return 1
try:
    dict(B())
except TypeError as e:
    print(e)
