def f(): pass
class C: pass
print(f(), C.__name__)
for i in range(2): pass
print(i)
def g(): ...
print(g(), ..., Ellipsis is ..., type(...).__name__)
if True: pass
else: pass
print("done")
