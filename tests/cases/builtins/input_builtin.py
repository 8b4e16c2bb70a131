name = input("name? ")
print("hello", name)
age = input()
print("age", int(age) + 1)
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
