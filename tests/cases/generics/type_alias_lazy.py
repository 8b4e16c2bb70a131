# `type X = value`: the value is computed on first access of __value__, then cached.
log = []


def note(v):
    log.append(v)
    return v


type A = note("computed")
print(type(A).__name__, A.__name__, log)
print(A.__value__, log)
print(A.__value__, log)

type Forward = Later
try:
    Forward.__value__
except NameError as e:
    print(type(e).__name__ + ":", e)
Later = list[int]
print(Forward.__value__)
Later = "changed"
print(Forward.__value__)

type Recursive = list[Recursive] | int
print(Recursive.__value__)
print(Recursive.__value__.__args__[0].__args__[0] is Recursive)


def boom():
    raise RuntimeError("no value")


type Broken = boom()
for _ in range(2):
    try:
        Broken.__value__
    except RuntimeError as e:
        print(type(e).__name__ + ":", e)
print(repr(A), str(A), A.__type_params__, A.__parameters__, A.__module__)
print(type(A.evaluate_value).__name__, A.evaluate_value(1))
