from imp_circ import b
A = "a"
