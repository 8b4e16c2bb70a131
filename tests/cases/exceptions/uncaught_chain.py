def inner():
    return {}["missing"]
def middle():
    try:
        inner()
    except KeyError as e:
        raise ValueError("bad value") from e
def outer():
    try:
        middle()
    except ValueError:
        print(undefined_name_here)
outer()
