print("imp_pkg.__init__ runs", __name__, __package__)
top_value = 1
from . import helper
print("imp_pkg.__init__ done", helper.NAME)
