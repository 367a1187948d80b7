"""Give memory the process freed back to the operating system.

glibc's malloc keeps freed memory for reuse, and after a large free it raises the size above which
it maps memory directly, so the next large buffers come from the heap and stay there when freed. A
loop that fetches a batch of rows from DuckDB into polars, validates it and drops it then grows by
about a batch per round (6 GB after 40 batches of 250,000 rows), although it holds one batch at a
time. `malloc_trim` returns what is free; elsewhere than glibc this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache


@cache
def _malloc_trim():
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None)
    except OSError:
        return None


def release_freed_memory() -> None:
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
