doc = """Start of a docstring

that never ends
x = 1
