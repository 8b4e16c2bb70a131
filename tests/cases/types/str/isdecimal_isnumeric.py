def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["123", "", "١٢٣", "²", "½", "Ⅻ", "一", "൧", "𝟙", "①", "٣.", "12a", "\u00b3", "\u2155", "\u3007", "\U0001D7CE", "⓪", "𐄇", "\u0f33", "-1", " 1"]:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
for s in ["١٢٣", "𝟙𝟚", "٣4", "\u0f33"]:
    try:
        print(ascii(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
t(lambda: float("١.٥"))
t(lambda: complex("١+٢j"))
