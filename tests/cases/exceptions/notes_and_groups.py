try:
    e = ValueError("with note")
    e.add_note("first note")
    e.add_note("second\nline")
    raise e
except ValueError as ex:
    print(ex.__notes__)
raise ExceptionGroup("group", [ValueError("v"), TypeError("t")])
