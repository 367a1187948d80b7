"""The staged store: what one asset hands to another, as Parquet files, partition by partition.

Dagster's `UPathIOManager` (a library class) lays the store out and resolves which partitions an
input needs (every current partition for an unpartitioned reader, skipping missing ones when the
input's metadata says ``allow_missing_partitions``). This module only says how one value is written
and read: every value is a folder of Parquet files plus a ``meta.json`` (readable by DuckDB,
polars, pandas or any Parquet tool, and independent of the Python code that wrote it, unlike a
pickle):

- a polars DataFrame -> ``data.parquet``; read back as a DataFrame (reference tables, small);
- a `TableSet` (several named tables and a little JSON metadata, e.g. a staged batch: facts,
  quarantine, documents, row counts) -> one Parquet file per table; read back as the same
  `TableSet` subclass whose tables are the Parquet *paths*, so a reader that only hands them to
  DuckDB never loads millions of rows into Python.

A folder is written under a temporary name and renamed into place, so a killed run never leaves
a half-written partition behind (the next run removes its leftovers).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import dagster as dg
import polars as pl
from upath import UPath

from storage.warehouse import hold_run_lock

META = "meta.json"
PARTIAL = ".partial"
SCRATCH_PREFIX = "dxw-stage-"


def scratch_dir() -> Path:
    """A scratch folder for one staging step (DuckDB's spill files, Parquet files before the store
    takes them). A Parquet file in it that becomes a table of a TableSet is moved into the store,
    and the folder is removed then."""
    return Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX))


@dataclass
class TableSet:
    """Named tables and JSON-able metadata, stored as one folder. A table is a polars frame, or
    the path of a Parquet file already written (by DuckDB, say), which is moved into the folder.
    Subclasses register under their `kind`, so reading restores the same class."""

    tables: dict[str, pl.DataFrame | Path] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    folder: Path | None = None  # where it is stored (set when read from the store)

    kind: ClassVar[str] = "tables"
    _kinds: ClassVar[dict[str, type[TableSet]]] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        TableSet._kinds[cls.kind] = cls

    def frame(self, name: str, schema: dict | None = None) -> pl.DataFrame:
        """A table as a polars frame (reads the Parquet file: for tables known to be small)."""
        table = self.tables.get(name)
        if table is None:
            return pl.DataFrame(schema=schema)
        return table if isinstance(table, pl.DataFrame) else pl.read_parquet(table)

    def path(self, name: str) -> Path | None:
        table = self.tables.get(name)
        return table if isinstance(table, Path) else None

    def write(self, folder: Path) -> None:
        partial = folder.with_name(f".{folder.name}.{os.getpid()}{PARTIAL}")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        for name, table in self.tables.items():
            target = partial / f"{name}.parquet"
            if isinstance(table, pl.DataFrame):
                table.write_parquet(target)
            else:
                shutil.move(str(table), target)
                if table.parent.name.startswith(SCRATCH_PREFIX):
                    shutil.rmtree(table.parent, ignore_errors=True)
        (partial / META).write_text(
            json.dumps(
                {"kind": self.kind, "tables": sorted(self.tables), "meta": self.meta}, ensure_ascii=False, default=str
            ),
            encoding="utf-8",
        )
        _swap_into_place(partial, folder)

    @classmethod
    def read(cls, folder: Path) -> TableSet:
        if not (folder / META).exists():
            raise FileNotFoundError(folder / META)
        stored = json.loads((folder / META).read_text(encoding="utf-8"))
        kind = TableSet._kinds.get(stored["kind"], TableSet)
        return kind(
            tables={name: folder / f"{name}.parquet" for name in stored["tables"]}, meta=stored["meta"], folder=folder
        )


class FrameSet(TableSet):
    """One polars frame (what reference assets return)."""

    kind: ClassVar[str] = "frame"


def _swap_into_place(partial: Path, folder: Path) -> None:
    """Replace `folder` by `partial`: two renames; the old copy is removed afterwards."""
    old = folder.with_name(f".{folder.name}.{os.getpid()}.old{PARTIAL}")
    if folder.exists():
        os.replace(folder, old)
    os.replace(partial, folder)
    shutil.rmtree(old, ignore_errors=True)


# The table of a TableSet that the UI describes (row count, columns, preview), by preference.
MAIN_TABLES = ("facts", "documents", "data")
PREVIEW_ROWS = 5


def _markdown_preview(frame: pl.DataFrame) -> str:
    def cell(value) -> str:
        text = "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= 60 else text[:59] + "…"

    lines = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.iter_rows()]
    return "\n".join(lines)


def output_metadata(values: list[Any], descriptions: dict[str, str] | None = None) -> dict:
    """What the Dagster UI shows of a staged output (the values of its partitions): rows of its main
    table, its column schema (Parquet types; descriptions from the data dictionary where a column
    has the name of a warehouse column) and a preview of its first rows. Row counts come from the
    Parquet footers, the preview reads five rows: nothing big is loaded."""
    import pyarrow.parquet as pq

    descriptions = descriptions or {}
    rows, schema, preview = 0, None, None
    for value in values:
        tables = {"data": value} if isinstance(value, pl.DataFrame) else getattr(value, "tables", {})
        name = next((n for n in MAIN_TABLES if n in tables), None)
        if name is None:
            continue
        table = tables[name]
        if isinstance(table, pl.DataFrame):
            rows += table.height
            head = table.head(PREVIEW_ROWS)
        else:
            rows += pq.ParquetFile(table).metadata.num_rows
            head = pl.read_parquet(table, n_rows=PREVIEW_ROWS)
        schema = schema or head.schema
        if preview is None or (preview.is_empty() and not head.is_empty()):
            preview = head
    if schema is None:
        return {}
    return {
        "dagster/row_count": rows,
        "dagster/column_schema": dg.TableSchema(
            columns=[
                dg.TableColumn(name=column, type=str(dtype), description=descriptions.get(column))
                for column, dtype in schema.items()
            ]
        ),
        "preview": dg.MetadataValue.md(_markdown_preview(preview)),
    }


class ParquetStore(dg.UPathIOManager):
    """Parquet folders per asset and partition (see the module docstring). A partitioned asset
    that stages a range of partitions in one run (BackfillPolicy.single_run) returns
    {partition key: value}; the library class handles one partition per output, so that case is
    written here, one folder per key. Each output records its row count, columns and a preview."""

    extension = ""

    def __init__(self, *args, column_descriptions: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.column_descriptions = column_descriptions or {}

    def dump_to_path(self, context: dg.OutputContext, obj: Any, path: UPath) -> None:
        if isinstance(obj, pl.DataFrame):
            obj = FrameSet(tables={"data": obj})
        if not isinstance(obj, TableSet):
            raise TypeError(
                f"{context.asset_key.to_user_string()}: the staged store keeps polars frames and "
                f"TableSets, not {type(obj).__name__}"
            )
        obj.write(Path(path))

    def load_from_path(self, context: dg.InputContext, path: UPath) -> Any:
        value = TableSet.read(Path(path))
        return value.frame("data") if isinstance(value, FrameSet) else value

    def load_input(self, context: dg.InputContext) -> Any:
        if context.has_asset_key and context.has_asset_partitions and not context.asset_partition_keys:
            return {}  # no partition yet (e.g. no submission): an empty dict, not None
        return super().load_input(context)

    def load_partitions(self, context: dg.InputContext) -> dict[str, Any]:
        """Partitioned inputs are always {partition key: value}, one partition or several (the library
        returns a lone partition's value bare)."""
        keys = context.asset_partition_keys
        if len(keys) == 1:
            value = super().load_partitions(context)
            return {} if value is None else {keys[0]: value}
        return super().load_partitions(context)

    def handle_output(self, context: dg.OutputContext, obj: Any) -> None:
        if not context.has_asset_partitions:
            super().handle_output(context, obj)
            written = [TableSet.read(Path(self._get_path(context)))]
            context.add_output_metadata(output_metadata(written, self.column_descriptions))
            return
        paths = self._get_paths_for_partitions(context)
        if not isinstance(obj, dict) or set(obj) != set(paths):
            raise TypeError(
                f"{context.asset_key.to_user_string()} must return {{partition key: value}} for exactly "
                f"the partitions of its run ({', '.join(paths)})"
            )
        for key, path in paths.items():
            self.make_directory(path.parent)
            self.dump_to_path(context, obj[key], path)

    def prune(self, asset_key: dg.AssetKey, keep: set[str]) -> list[str]:
        """Remove stored partitions of `asset_key` that are not in `keep`; returns their keys."""
        folder = Path(self._base_path).joinpath(*asset_key.path)
        removed = (
            sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".") and p.name not in keep)
            if folder.is_dir()
            else []
        )
        for key in removed:
            shutil.rmtree(folder / key, ignore_errors=True)
        return removed

    def remove_leftovers(self) -> None:
        """Folders of runs that were killed while writing (no writer runs now: the caller holds the lock)."""
        base = Path(self._base_path)
        for leftover in base.rglob(f".*{PARTIAL}") if base.exists() else []:
            shutil.rmtree(leftover, ignore_errors=True)


class StagedStore(dg.ConfigurableIOManagerFactory):
    """The IO manager of every asset that hands values to another: a `ParquetStore` under
    `base_dir`. Runs that write it hold the warehouse lock (`lock_path`)."""

    base_dir: str
    lock_path: str
    column_descriptions: dict[str, str] = {}  # column name -> description (the data dictionary)

    def create_io_manager(self, context) -> ParquetStore:
        return ParquetStore(base_path=UPath(self.base_dir), column_descriptions=self.column_descriptions)

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator[ParquetStore]:
        with hold_run_lock(Path(self.lock_path), context.run.run_id if context.run else "?"):
            store = self.create_io_manager(context)
            store.remove_leftovers()
            yield store

    def store(self) -> ParquetStore:
        """The store outside a run (pruning deleted partitions, reading in tests)."""
        return ParquetStore(base_path=UPath(self.base_dir))
