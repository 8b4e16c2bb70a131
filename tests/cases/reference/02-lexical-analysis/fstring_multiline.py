a = 1; b = 2
s = f"""
{a}
{
  b
}
"""
print(repr(s))
print(f"{a # comment
 + b}")
print(f"{
    a
    *
    b = }")
