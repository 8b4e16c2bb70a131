# Bounds, constraints and defaults written in type parameter lists are evaluated lazily,
# once, on first access, in the scope where they were written.
log = []


def note(label, value):
    log.append(label)
    return value


def f[T: note("bound", int), C: (note("c1", str), note("c2", bytes)), D = note("default", float)]():
    pass


print("after def:", log)
T, C, D = f.__type_params__
print(T.__bound__, log)
print(T.__bound__, log)
print(C.__constraints__, log)
print(D.__default__, log)
print(D.__default__, log)
print(D.has_default(), T.has_default(), C.__bound__, T.__constraints__)
print(type(T.evaluate_bound).__name__, T.evaluate_bound(1))
print(C.evaluate_bound, T.evaluate_constraints)

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def g[X: bump()]():
    pass


def h[X: bump()]():
    pass


print(counter)
print(h.__type_params__[0].__bound__, g.__type_params__[0].__bound__, counter)
