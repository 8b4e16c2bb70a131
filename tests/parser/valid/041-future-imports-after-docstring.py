"""Docstring first."""
# comment
from __future__ import annotations, division
from __future__ import (generator_stop,
    barry_as_FLUFL)
import os
