"""Dagster resources: the raw-file area and the DuckDB warehouse."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from pipelines.settings import Settings, load_settings


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
        return sorted(
            p
            for p in base.iterdir()
            if p.is_file()
            and p.suffix.lower() in suffixes
            and not p.name.startswith(("_", "."))
            and not p.name.endswith(".source.yml")
        )

    @staticmethod
    def sha256(path: Path) -> str:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class Warehouse(dg.ConfigurableResource):
    """The DuckDB warehouse file. Assets write through `connect()`; readers use read_only."""

    path: str

    @property
    def quality_dir(self) -> Path:
        """Where the data-quality report (Great Expectations Data Docs) is written."""
        return Path(self.path).parent / "reports" / "quality"

    @property
    def gx_context_dir(self) -> Path:
        """Great Expectations' working folder (generated, next to the warehouse)."""
        return Path(self.path).parent / "gx"

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(self.path, read_only=read_only)
        try:
            yield con
        finally:
            con.close()


def build_resources(settings: Settings | None = None) -> dict[str, dg.ConfigurableResource]:
    settings = settings or load_settings()
    return {
        "raw": RawFiles(root=str(settings.raw_dir)),
        "warehouse": Warehouse(path=str(settings.warehouse_path)),
    }
