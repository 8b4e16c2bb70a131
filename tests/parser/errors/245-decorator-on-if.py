@decorate
if x:
    pass
