def level3():
    raise RuntimeError("deep problem")
def level2():
    level3()
def level1():
    value = level2()
    return value
class Thing:
    def method(self):
        return level1()
Thing().method()
