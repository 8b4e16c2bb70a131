class NoArgs:
    def __init__(self): self.a = 1
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(1, a=1): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    match 1:
        case len(): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
