f'{ threading
import sys
import @tempfile
import _multiprocessing
break time

from . import context
