with open(name) as 1:
    pass
