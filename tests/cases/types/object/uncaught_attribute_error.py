def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Point:
    def __init__(self):
        self.x = 1
p = Point()
print(p.x)
print(p.y)
