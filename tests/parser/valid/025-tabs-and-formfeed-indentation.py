if True:
	x = 1
	if x:
		y = 2
def f():
    return 1
class C:
    pass
