def a(): raise ValueError("deep")
def b(): a()
def c():
    try:
        b()
    finally:
        print("c finally")
try:
    c()
except ValueError as e:
    print("caught", e, e.__traceback__ is not None)
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
