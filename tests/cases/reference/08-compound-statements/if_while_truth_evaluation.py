# 8.1-8.2 if and while: conditions evaluated with bool(), elif chains stop at the first true
class T:
    def __init__(self, name, value):
        self.name, self.value = name, value
    def __bool__(self):
        print("bool of", self.name)
        return self.value
if T("a", False):
    print("a")
elif T("b", True):
    print("b branch")
elif T("c", True):
    print("c never evaluated")
else:
    print("else never")
n = 0
while T(f"w{n}", n < 2):
    n += 1
print("loops", n)
if []:
    print("empty list true?")
elif {}:
    pass
elif 0.0:
    pass
elif "":
    pass
elif None:
    pass
else:
    print("all falsy")
class Len:
    def __len__(self):
        print("len called")
        return 0
if not Len():
    print("empty by len")
x = 5
if x > 3: print("one-line if")
while x > 4: x -= 1
print(x)
class Bad:
    def __bool__(self):
        return "yes"
try:
    if Bad():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    while Bad():
        break
except TypeError as e:
    print("TypeError:", e)
