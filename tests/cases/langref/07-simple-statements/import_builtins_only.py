# 7.11 import of builtin modules only (no import system yet beyond builtins).
import builtins
print(builtins.len("abc"), builtins.abs(-3), builtins is __builtins__ or type(__builtins__).__name__)
from builtins import max as biggest
print(biggest(3, 9, 2))
