class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
    @property
    def upper(self):
        return self.name.upper()
    @staticmethod
    def st(x):
        return x * 2
    @classmethod
    def make(cls, n):
        return cls(n)
d = Dog("rex")
print(d.speak(), d.upper, Dog.st(4), Dog.make("fido").name, d.kind)
print(repr(Animal("cat")), isinstance(d, Animal), issubclass(Dog, Animal))
print(type(d).__name__, Dog.__mro__ if False else Dog.__bases__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(3):
    Counter()
print(Counter.count)
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __len__(self): return self.x
    def __getitem__(self, i): return i * 10
    def __call__(self, y): return self.x + y
    def __iter__(self): return iter(range(self.x))
    def __contains__(self, v): return v == 99
    def __bool__(self): return self.x != 0
    __hash__ = None
print((V(1) + V(2)).x, V(1) == V(1), V(1) < V(2), len(V(4)), V(3)[2], V(3)(4), list(V(3)), 99 in V(1), bool(V(0)))
print(sorted([V(3), V(1), V(2)])[0].x)
