def lookup(k):
    try:
        return {}[k]
    except KeyError:
        raise AttributeError(f"no attribute {k!r}") from None
lookup("x")
