n = 3
while n:
    n -= 1
else:
    print("while else ran", n)
n = 5
while n:
    if n == 3: break
    n -= 1
else:
    print("not printed")
print("broke at", n)
while False:
    pass
else:
    print("else on zero iterations")
