print(__name__)
print(type(__builtins__).__name__ in ('module', 'dict'))
print('__file__' in globals(), __doc__)
"""not a docstring since it is not first"""
import sys
print(sys.modules['__main__'].__name__)
print(sorted(k for k in globals() if k.startswith('__') and k not in ('__cached__', '__file__', '__loader__', '__spec__', '__builtins__', '__annotations__')))
