# Interpolated expressions are evaluated eagerly, left to right, when the t-string runs.
log = []


def v(label):
    log.append(label)
    return label


tpl = t"{v('a')}-{v('b'):{v('spec')}}-{v('c')!r}"
print(log)
print(tpl.values)
log.clear()


def make():
    return t"{v('inside')}"


print(log)
make()
print(log)


def boom():
    raise ValueError("interpolation failed")


try:
    t"{v('first')}{boom()}{v('never')}"
except ValueError as e:
    print(type(e).__name__ + ":", e, log)
items = [t"{i}" for i in range(3)]
print([tp.values for tp in items])
fns = [lambda i=i: t"{i * 10}" for i in range(3)]
print([f().values for f in fns])
counter = 0


def tick():
    global counter
    counter += 1
    return counter


same = t"{tick()}"
print(same.values, same.values, counter)
