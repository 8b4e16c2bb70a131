class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def m(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis {x}"
        case Point(0, y=yy):
            return f"on y axis {yy}"
        case Point(x=a, y=b) if a == b:
            return f"diagonal {a}"
        case Point():
            return "some point"
        case _:
            return "not a point"


for p in [Point(0, 0), Point3(0, 0, 0), Point3(0, 0, 1), Point(3, 0), Point(0, 4), Point(5, 5), Point(1, 2), (0, 0)]:
    print(m(p))


class NoArgs:
    pass


match NoArgs():
    case NoArgs():
        print("no-args class matches with ()")
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
