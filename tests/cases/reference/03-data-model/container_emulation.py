class Seq:
    def __init__(self, d): self.d = list(d)
    def __len__(self): return len(self.d)
    def __getitem__(self, i):
        if isinstance(i, slice): return Seq(self.d[i])
        return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __contains__(self, x): print("contains", x); return x in self.d
    def __repr__(self): return f"Seq({self.d})"
s = Seq([1, 2, 3, 4])
print(len(s), s[0], s[1:3], 3 in s, list(s))
s[0] = 9; del s[1]
print(s, list(reversed(s)))
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), 99 in OnlyGetitem())
