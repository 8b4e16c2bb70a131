print("imp_pkg.sub.mod runs", __name__, __package__)
from . import HELPER_NAME
from .. import sub
VALUE = (HELPER_NAME, sub.__name__)
