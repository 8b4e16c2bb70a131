width = 10; prec = 3; val = 12.34567
print(f"{val:{width}.{prec}}")
print(f"{val:{width}.{prec}f}|")
print(f"{'x':{'>'}{width}}")
print(f"{f'{1+1}'}")
print(f"{f"{f"{'deep'}"}"}")
items = ['a', 'b']
print(f"{', '.join(f'<{i}>' for i in items)}")
print(f"{'\n'.join(items)}")
