try:
    pass
except ValueError, TypeError:
    pass
except (KeyError, IndexError) as e:
    pass
try:
    pass
except* OSError, EOFError:
    pass
except* (A, B) as eg:
    pass
