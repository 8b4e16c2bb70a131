def f(a: UndefinedType, b: int = 1) -> AlsoUndefined:
    return a
print(f(1))
try:
    f.__annotations__
except NameError as e:
    print(type(e).__name__ + ":", e)
import annotationlib
fr = annotationlib.get_annotations(f, format=annotationlib.Format.FORWARDREF)
print(sorted(fr), fr['b'], type(fr['a']).__name__, fr['a'].__forward_arg__)
print(annotationlib.get_annotations(f, format=annotationlib.Format.STRING))
class K:
    x: Later
Later = int
print(K.__annotations__)
