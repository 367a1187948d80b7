"""The raw-file area (data/raw) as a Dagster resource."""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

import dagster as dg

HASH_BLOCK_BYTES = 4 << 20


class RawFiles(dg.ConfigurableResource):
    """The folder of raw inputs (data/raw): reference/, dti/, reports/, submissions/."""

    root: str

    def path(self, *parts: str) -> Path:
        return Path(self.root).joinpath(*parts)

    def relative(self, path: Path) -> str:
        """How a file is named in provenance columns: relative to the raw folder."""
        return Path(path).resolve().relative_to(Path(self.root).resolve()).as_posix()

    def files(self, folder: str, suffixes: tuple[str, ...]) -> list[Path]:
        """Data files of a folder, sorted; sidecars, READMEs and `_`-prefixed files are not data."""
        base = self.path(folder)
        if not base.exists():
            return []
        return sorted(p for p in base.iterdir() if p.is_file() and self.is_data_file(p, suffixes))

    @staticmethod
    def is_data_file(path: Path, suffixes: tuple[str, ...]) -> bool:
        """Sidecars, READMEs and `_`/`.`-prefixed files are not data."""
        return (
            path.suffix.lower() in suffixes
            and not path.name.startswith(("_", "."))
            and not path.name.endswith(".source.yml")
        )

    def state(self) -> dict[str, str]:
        """Every raw file (sidecars included) -> its sha256: what a run reads."""
        root = Path(self.root)
        return {
            self.relative(p): self.sha256(p)
            for p in sorted(root.rglob("*"))
            if p.is_file() and not p.name.startswith(".")
        }

    @staticmethod
    def sha256(path: Path) -> str:
        """Read in blocks: a raw file of a gigabyte is hashed in a few megabytes of memory. A file this process
        hashed before and that has not changed since (the same inode, size, modification and status-change
        times: a write or a rename over it changes one of them) is not read again: `dxw run` hashes every raw
        file to plan the refresh, and publish_warehouse records them at the end of the same process (a
        submission of 10M rows: about 1.7 s each time)."""
        stat = os.stat(path)
        return _sha256(str(Path(path).resolve()), stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


@functools.lru_cache(maxsize=4096)
def _sha256(path: str, inode: int, size: int, mtime_ns: int, ctime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(HASH_BLOCK_BYTES), b""):
            digest.update(block)
    return digest.hexdigest()
