from imp_circ.a import A
B = "b"
