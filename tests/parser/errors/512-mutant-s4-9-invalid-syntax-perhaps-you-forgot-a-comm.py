VERSIONVERSION = f"1{x.3.0"

import sys
import re
import warnings
import io
