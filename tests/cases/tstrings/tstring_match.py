# Interpolation has __match_args__ (value, expression, conversion, format_spec).
Template = type(t"")
Interpolation = type(t"{0}".interpolations[0])
print(Interpolation.__match_args__)
x, y = 10, "why"


def describe(part):
    match part:
        case str() as s:
            return f"str {s!r}"
        case Interpolation(value, "x"):
            return f"x is {value}"
        case Interpolation(value, expr, "r"):
            return f"{expr} repr {value!r}"
        case Interpolation(value, expr, None, spec) if spec:
            return f"{expr} with spec {spec!r}"
        case Interpolation(value=v):
            return f"other {v}"


for part in t"a{x}b{y!r}c{y:>5}{x + 1}":
    print(describe(part))
match t"{x}":
    case Template(strings=("", ""), interpolations=(Interpolation(value=10),)):
        print("template matched")
match t"{x}":
    case Template():
        print("Template() matches")
try:
    match t"{x}":
        case Template(a):
            pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
