print(0 or 'x', 1 or 'x', '' and 'y', 'a' and 'b', None or [] or 0)
print(not '', not 'a', not [], not None)
def t(x): print("t", x); return x
print(t(0) and t(1))
print(t(1) or t(2))
print(t(0) or t(0) and t(1))
print(1 and 2 or 3, 0 and 2 or 3, (1 or 0) and 0)
print(type(not 5).__name__)
