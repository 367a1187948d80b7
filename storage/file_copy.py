"""Copying the published warehouse file, and telling which file a path is (for the records kept beside it)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def copy_file(source: Path, target: Path) -> str:
    """Copy a file with the kernel's copy_file_range (a reflink where the filesystem shares blocks:
    XFS, Btrfs; an in-kernel copy elsewhere, ext4 included), or shutil's copy where it is not
    available. Returns how it was copied."""
    with open(source, "rb") as src, open(target, "wb") as dst:
        size, done = os.fstat(src.fileno()).st_size, 0
        try:
            while done < size:
                copied = os.copy_file_range(src.fileno(), dst.fileno(), size - done)
                if copied == 0:
                    break
                done += copied
            if done == size:
                return "copy_file_range"
        except OSError:
            pass
    shutil.copyfile(source, target)
    return "shutil.copyfile"


def file_identity(path: Path) -> list[int]:
    """Which file `path` is now: a new file (os.replace) or any write to it changes this."""
    stat = path.stat()
    return [stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns]
