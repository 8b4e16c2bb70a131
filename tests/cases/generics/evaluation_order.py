# What is evaluated when: decorators, bases, keywords and default arguments at definition
# time (in order), bounds and alias values only when asked for.
log = []


def note(label, value=None):
    log.append(label)
    return value


def deco(label):
    note("decorator " + label)
    return lambda f: (note("apply " + label), f)[1]


@deco("d1")
@deco("d2")
def f[T: note("bound", int)](x=note("default", 1), *, y=note("kwdefault", 2)) -> note("return", T):
    return x


print(log)
log.clear()
f.__type_params__[0].__bound__
print(log)
log.clear()


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        note("metaclass " + name + " " + str(kw))
        return super().__new__(mcls, name, bases, ns)


@deco("cls")
class C[T: note("cbound", str)](note("base", object), metaclass=note("meta", Meta), flag=note("kw", 1)):
    note("body")


print(log)
log.clear()
type A[T: note("abound")] = note("value", list[T])
print(log)
A.__value__
A.__type_params__[0].__bound__
print(log)
