from .inner import deep
