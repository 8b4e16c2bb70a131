print(format(1234567, ','), format(1234567, '_'), format(255, '#x'), format(255, '#o'), format(5, '#b'))
print(format(-3, '+'), format(3, '+'), format(3, ' '), format(-3, '=6'), format(3.5, '=+8.2f'))
print(format('abc', '*^9'), format('abc', '.2'), format(0.5, '.0%'), format(1e6, 'g'), format(1e16, 'g'))
print(format(12.0, 'n'), format(1.5, 'G'), format(1234.5678, ',.2f'), format(0xDEAD, '_X'))
print(format(65, 'c'), format(True, 'd'), format(3, '08.3f'))
for v, spec in [(1, 's'), ('a', 'd'), (1.0, 'x'), (1, '.2d'), ('a', ',')]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
