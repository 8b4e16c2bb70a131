# the integer string conversion limit applies to every decimal conversion (format, f-strings, %d), not to hex
def t(f):
    try:
        r = f()
        print(len(r) if isinstance(r, str) else r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
big = 10**5000
t(lambda: format(big, "d"))
t(lambda: format(big, ","))
t(lambda: format(big, "x"))
t(lambda: format(big, "e"))
t(lambda: f"{big}")
t(lambda: "%d" % big)
t(lambda: "%x" % big)
t(lambda: "{:>10}".format(big))
t(lambda: format(big, "n"))
t(lambda: str(big))
t(lambda: repr(-big))
t(lambda: format(10**4299, ","))
