counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def create():
    global brand_new
    brand_new = "made"
create()
print(brand_new)
def nested():
    def inner():
        global counter
        counter = 100
    counter = -1
    inner()
    return counter
print(nested(), counter)
