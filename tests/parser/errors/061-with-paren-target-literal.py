with (open(a) as 1, open(b) as f):
    pass
