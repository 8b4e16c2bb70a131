import math

tests = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1.5), lambda: math.log(0.0),
    lambda: math.acos(2), lambda: math.exp(1000), lambda: math.gamma(0), lambda: math.gamma(-2.0),
    lambda: math.lgamma(-1), lambda: math.atanh(1), lambda: math.log1p(-1), lambda: math.cos(math.inf),
    lambda: math.pow(0, -1), lambda: math.pow(-1, 0.5), lambda: math.fmod(1, 0), lambda: math.ldexp(1.0, 2000),
    lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
    lambda: math.perm(3, -1), lambda: math.sqrt("x"), lambda: math.sqrt(), lambda: math.sqrt(1, 2),
    lambda: math.pow(1), lambda: math.log(1, 2, 3), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([math.inf, -math.inf]),
    lambda: math.dist((1, 2), (1,)), lambda: math.sumprod([1], [1, 2]), lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.fma(math.inf, 0, 1), lambda: math.nextafter(1, 2, steps=-1), lambda: math.trunc("x"),
    lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.log(2, 1), lambda: math.gcd(1.5),
    lambda: math.ldexp(1.0, 1.5), lambda: math.sqrt(x=1), lambda: math.exp(10**400),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
