name = "world"
width = 10
print(f"{f'{name!r:>{width}}'}")
print(f"{'a' if name else 'b'}{{literal}}{name=}{name = !s:^20}")
print(f"{"same quotes nest in 3.12+"}")
print(f"""multi
{name
 .upper()}
line""")
print(f"{3.14159:.{2}f} {1_000_000:,} {x!a}" rf"\d{name}" F"{ {'k': 1}['k'] }")
