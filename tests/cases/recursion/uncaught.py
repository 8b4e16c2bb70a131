# oracle: native-3.13 -- the Pyodide runner adds a frame below __main__, which shifts the repeated-frame count by one
def recurse(n):
    return recurse(n + 1)
recurse(0)
