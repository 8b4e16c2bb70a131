# 4.2 Naming and binding: class scopes, closures over loop variables, comprehension scopes.
class K:
    a = 1
    b = [a * 2]
    c = [a for _ in range(2)] if False else None
    def m(self):
        return a if "a" in globals() else "class vars are not visible in methods"
print(K.b, K().m())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
class Outer:
    x = "class"
    def method(self):
        return x
x = "module"
print(Outer().method())
a = 10
def uses_global():
    return a + 1
print(uses_global())
print([locals().get("q") for q in range(1)])
