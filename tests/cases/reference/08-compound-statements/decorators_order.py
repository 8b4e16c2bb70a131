def deco(name):
    print("make", name)
    def wrap(f):
        print("apply", name, f.__name__)
        f.tags = getattr(f, 'tags', []) + [name]
        return f
    return wrap
@deco("outer")
@deco("inner")
def target(): pass
print(target.tags)
@(lambda f: f)
def ident(): return "ident"
print(ident())
registry = {}
@registry.setdefault("k", []).append
def reg(): pass
print(registry["k"][0].__name__)
@deco("cls")
class C: pass
print(C.tags)
