import os as if
