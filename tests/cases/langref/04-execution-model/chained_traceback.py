# Tracebacks of chained exceptions (context and cause) and notes.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse") from e
try:
    parse("x")
except RuntimeError as e:
    e.add_note("while reading the config")
    raise
