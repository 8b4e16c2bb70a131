import os, sys as system
import os.path as osp
from . import sibling
from .. import parent
from ...pkg.mod import (a as b,
                       c,)
from __future__ import annotations
from os import *
global_var: int
annotated: list[int] = []
x = y = z = 0
(a.b): int = 1
assert x, "message"
del x
pass; pass;
raise
raise ValueError("x") from None
for i in range(3):
    continue
else:
    pass
while False:
    break
else:
    pass
try:
    pass
except:
    pass
else:
    pass
finally:
    pass
with (open("a") as a, open("b") as b,):
    pass
with (yield_):
    pass
def gen():
    x = yield
    y = yield from range(3)
    z = yield 1, 2
    nonlocal_ = 1
    def inner():
        nonlocal nonlocal_
        global global_var
    return
