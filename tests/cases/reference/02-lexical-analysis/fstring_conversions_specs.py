# 2.4.3 f-strings: conversions, format specs, nested replacement fields
x, w, p = 3.14159, 10, 3
s = "héllo"
print(f"{x!r}", f"{x!s}", f"{s!a}", f"{s!r:>12}", f"{s!s:*^11}")
print(f"{x:{w}.{p}f}|", f"{x:{'<'}{w}}|", f"{x:{w}.{p}{'e'}}|")
print(f"{42:#x}", f"{42:#o}", f"{42:#b}", f"{42:_b}", f"{1234567:,}", f"{1234567:_}")
print(f"{-3:+}", f"{3:+}", f"{3: }", f"{-3:=6}", f"{3:06}", f"{'ab':^6}|")
print(f"{1e10:g}", f"{1e-10:e}", f"{0.5:%}", f"{1/3:.2%}", f"{12.0:n}", f"{255:X}")
print(f"{'{'}", f"{{}}", f"{{{x}}}", f"{'}'}")
print(f"{x=}", f"{x = :.2f}", f"{s=!a}", f"{1+1 = }")
print(f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{(lambda: 5)()}", f"{x:{'.2f'}}")
print(f"{'nested ' + f'{w:>{p}}'}|")
print(f"{3!r:>{w}}|")
for src in ['f"{x!z}"', 'f"{x!}"', 'f"{}"', 'f"{x"', 'f"}"', 'f"{x:{y:{z}}}"', 'f"{!r}"', 'f"{x!r=}"']:
    try:
        print(eval(src, {"x": 1, "y": 2, "z": 3}))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    print(f"{x:zz}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{'s':d}")
except ValueError as e:
    print("ValueError:", e)
