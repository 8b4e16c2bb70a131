v = 5
print("a" f"{v}" "c")
print(f"{v}" r"\n" 'x')
for src in ["'a' b'b'", "b'a' 'b'", "b'a' f'b'"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)
