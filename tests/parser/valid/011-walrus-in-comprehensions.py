data = [1, 2, 3, 4]
evens = [y for x in data if (y := x * 2) > 2]
totals = [total := total + x for x in data] if (total := 0) == 0 else []
print({k: (v := k * 2) for k in data if v})
print(any((n := x) > 2 for x in data), n)
if (m := len(data)) > 3 and (k := m - 1):
    print(m, k)
while (chunk := data.pop()) > 2:
    pass
f(x := 1, y=(z := 2))
print(data[(i := 0)], data[i:(j := 2)])
