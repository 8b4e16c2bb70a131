value = 12.345
for w in range(3):
    print(f"{value:{w}.{w + 1}f}|{value:{'<' if w else '>'}10}|{value!r:>{w * 4}}")
print(f"{'{'}{'}'}" f"{{}}" f"{value:{{}}>10}")
print(f"{lambda_ if (lambda_ := 3) else 0}", f"{(lambda x: x * 2)(4)}")
print(f"{value=:.2f}", f"{ value = }", f"{value!s:=^12}")
