def level3(d):
    return d["missing"]
def level2(d):
    return level3(d) + 1
def level1():
    return level2({})
print("before")
level1()
