x = t'{x!r:'
