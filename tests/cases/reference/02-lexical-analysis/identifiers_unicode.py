α = 1; β_2 = 2; 変数 = 3
print(α + β_2 + 変数)
ﬁ = 4  # NFKC-normalised to fi
print(fi)
_ = 5; __ = 6; _x_ = 7
print(_, __, _x_)
for src in ["2x = 1", "a$ = 1", "x€ = 1"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg)
