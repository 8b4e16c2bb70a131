if x: a = 1; b = 2
else: c = 3
while x: x -= 1; continue
for i in y: pass
class C: x = 1; y = 2
def f(): return 1;
try: pass
except E: pass
with a: pass
