try:
    raise
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise ValueError
        except ValueError:
            pass
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("re-raised", type(e).__name__)
