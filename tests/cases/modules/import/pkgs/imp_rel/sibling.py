from .inner.deep import LEVEL
from . import inner
