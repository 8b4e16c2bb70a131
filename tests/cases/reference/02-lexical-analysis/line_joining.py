x = 1 + \
    2
print(x)
if x == 3 and \
   x > 0:
    print("explicit")
y = (1 +
     2 +
     3)
z = [1,
  2,
     3]
d = {'a':
 1}
print(y, z, d)
def f(a,
      b):
    return a + b
print(f(1,
 2))
