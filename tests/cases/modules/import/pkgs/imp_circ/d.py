import imp_circ.c
D = "d"
def get():
    return imp_circ.c.C
