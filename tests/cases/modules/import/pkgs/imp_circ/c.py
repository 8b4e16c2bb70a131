import imp_circ.d
C = "c"
def get():
    return imp_circ.d.D
