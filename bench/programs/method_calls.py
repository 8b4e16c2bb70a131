# Method calls and attribute access on instances of small classes.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vector(self.x * k, self.y * k)


class Counter:
    def __init__(self):
        self.n = 0

    def incr(self, by=1):
        self.n += by
        return self


acc = Vector(0, 0)
c = Counter()
for i in range(500000):
    v = Vector(i, i + 1)
    acc = acc.add(v.scaled(2))
    c.incr().incr(by=2)
print(acc.x, acc.y, acc.dot(Vector(1, -1)), c.n)
