squares = [x for f() in y]
