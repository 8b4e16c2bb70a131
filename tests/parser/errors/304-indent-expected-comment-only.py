if x:
    # nothing here yet
print(x)
