import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), type(math.floor(2.0)).__name__)
print(math.factorial(25), math.comb(52, 5), math.perm(10, 3), math.perm(5), math.isqrt(10**40 + 1))
print(math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.gcd(-2**70, 2**35))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.dist((0, 0), (3, 4)), math.sumprod([1, 2, 3], [4, 5, 6]))
print(math.frexp(10.0), math.ldexp(0.625, 4), math.modf(-3.75), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 4))
print(math.isclose(1.0, 1.0 + 1e-10), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.nextafter(1.0, 2.0, steps=3))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.erf(0.5), math.erfc(0.5), math.fma(2.0, 3.0, 4.0))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, -1), math.cbrt(27), math.exp2(10), math.expm1(1e-10))
print(math.pow(2, 0.5), math.pow(-8, 3), math.pow(0.0, 0), math.pow(math.inf, 0))


class C:
    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __trunc__(self):
        return "trunc"


print(math.floor(C()), math.ceil(C()), math.trunc(C()))
