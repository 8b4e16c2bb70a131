try:
    raise OSError("root cause")
except OSError as cause:
    eg = ExceptionGroup("with notes", [ValueError("v")])
    eg.add_note("a note on the group")
    eg.exceptions[0].add_note("a note on the leaf")
    raise eg from cause
