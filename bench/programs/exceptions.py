# Raising and catching exceptions in loops, with try/finally and custom exception classes.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def risky(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i


caught = 0
finals = 0
total = 0
for i in range(400000):
    try:
        total += risky(i)
    except AppError as e:
        caught += e.code % 7
    except KeyError:
        caught += 1
    finally:
        finals += 1
print(caught, finals, total)
