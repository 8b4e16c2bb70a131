# Values kept by interpolations are the objects themselves (no copy, no conversion).
class Obj:
    pass


o = Obj()
lst = [1]
tpl = t"{o}{lst}{o!r}"
print(tpl.values[0] is o, tpl.values[1] is lst, tpl.values[2] is o)
lst.append(2)
print(tpl.values[1], tpl.interpolations[1].value)
print(t"{None}".values, t"{...}".values, t"{1 if lst else 0}".values)
print(t"{(yield_ := 5)}".values, yield_)
g = (t"{i}" for i in range(2))
print([x.values for x in g])
print(t"{lst[0]}{lst[-1]}".values, t"{'%s' % 3}".values, t"{ {'k': 1}['k'] }".values)
print(t"{lst!r}".interpolations[0].value is lst)
