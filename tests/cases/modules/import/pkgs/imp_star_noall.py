import sys as _sys
alpha = 1
_hidden = 2
def beta():
    return "beta"
