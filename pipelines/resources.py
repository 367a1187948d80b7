"""Dagster resources: the raw-file area and the DuckDB warehouse."""

from __future__ import annotations

import fcntl
import hashlib
import os
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
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
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class Warehouse(dg.ConfigurableResource):
    """The DuckDB warehouse, written with write-audit-publish.

    `path` is the published file analysts open. A run writes only to the build copy
    (`build_path`, a copy of the published file taken at the start of the run); checks run on
    the build copy; the publish asset then replaces the published file with it in one atomic
    rename. Analysts' read-only connections never meet a writer, and a failed or killed run
    leaves the published file as it was."""

    path: str

    @property
    def published_path(self) -> Path:
        return Path(self.path)

    @property
    def build_path(self) -> Path:
        return self.published_path.parent / ".build" / self.published_path.name

    @property
    def quality_dir(self) -> Path:
        """Where the data-quality report (Great Expectations Data Docs) is written."""
        return self.published_path.parent / "reports" / "quality"

    @property
    def gx_context_dir(self) -> Path:
        """Great Expectations' working folder (generated, next to the warehouse)."""
        return self.published_path.parent / "gx"

    @property
    def lock_path(self) -> Path:
        return self.published_path.parent / ".run.lock"

    @property
    def staged_dir(self) -> Path:
        """Where the staged store (see StagedStore) keeps every asset's output, partition by partition."""
        return self.published_path.parent / ".staged"

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator["Warehouse"]:
        """One run at a time writes the warehouse: the lock is held for the whole run and
        released when it ends, whatever the outcome (a killed process releases it too)."""
        with hold_run_lock(self.lock_path, context.run.run_id if context.run else "?"):
            yield self

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the build copy: every asset and check of a run works there."""
        if not self.build_path.exists() and not read_only:
            raise FileNotFoundError(f"no build copy at {self.build_path}: warehouse_build starts every run")
        con = duckdb.connect(str(self.build_path), read_only=read_only)
        try:
            yield con
        finally:
            con.close()


class WarehouseBusy(RuntimeError):
    pass


def lock_holder(lock_path: Path) -> str:
    try:
        return lock_path.read_text(encoding="utf-8").strip() or "another run"
    except OSError:
        return "another run"


# Locks this process holds (path -> depth): `dxw run` holds the lock across the runs of a
# refresh, and each in-process run takes it again without blocking on itself.
_HELD: dict[str, int] = {}


@contextmanager
def hold_run_lock(lock_path: Path, run_id: str, wait: bool = False) -> Iterator[None]:
    """An exclusive lock on the warehouse folder (flock: released by the kernel if the process
    dies). Re-entrant within one process."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    name = str(lock_path.resolve())
    if _HELD.get(name):
        _HELD[name] += 1
        try:
            yield
        finally:
            _HELD[name] -= 1
        return
    with open(lock_path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise WarehouseBusy(
                f"the warehouse is being rebuilt by {lock_holder(lock_path)}; "
                "wait for it to finish (dxw run --wait waits)"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"run {run_id} (pid {os.getpid()}, since {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC)\n")
        handle.flush()
        _HELD[name] = 1
        try:
            yield
        finally:
            _HELD.pop(name, None)
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


class StagedStore(dg.ConfigurableIOManager):
    """The IO manager of every asset that hands values to another (staged frames, batches):
    one pickle per asset, or per asset partition, under `base_dir`, written atomically.

    A partitioned asset returns {partition key: value} for the partitions of its run (one, or a
    range when a run covers several: BackfillPolicy.single_run) and receives its partitioned
    inputs the same way. An unpartitioned asset that reads a partitioned one receives every
    current partition; with input metadata ``allow_missing_partitions`` a partition never
    materialized is left out (and logged) instead of failing. Partitions deleted from the
    instance are not read, so a deleted report's facts leave the warehouse with the next build.
    Runs writing the store hold the warehouse lock (`lock_path`)."""

    base_dir: str
    lock_path: str

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator["StagedStore"]:
        with hold_run_lock(Path(self.lock_path), context.run.run_id if context.run else "?"):
            for partial in Path(self.base_dir).rglob(".*.partial"):  # left by a killed run; no writer now
                partial.unlink(missing_ok=True)
            yield self

    def path(self, asset_key: dg.AssetKey, partition: str | None = None) -> Path:
        base = Path(self.base_dir).joinpath(*asset_key.path)
        return base / f"{partition}.pickle" if partition is not None else base.with_name(base.name + ".pickle")

    def handle_output(self, context: dg.OutputContext, obj) -> None:
        if not context.has_asset_partitions:
            self._write(self.path(context.asset_key), obj)
            return
        keys = list(context.asset_partition_keys)
        if not isinstance(obj, dict) or set(obj) != set(keys):
            raise TypeError(
                f"{context.asset_key.to_user_string()} must return {{partition key: value}} for exactly "
                f"the partitions of its run ({', '.join(keys)})"
            )
        for key in keys:
            self._write(self.path(context.asset_key, key), obj[key])

    def load_input(self, context: dg.InputContext):
        if not context.has_asset_partitions:
            return self._read(self.path(context.asset_key))
        allow_missing = (context.definition_metadata or {}).get("allow_missing_partitions", False)
        values = {}
        for key in context.asset_partition_keys:
            path = self.path(context.asset_key, key)
            if path.exists():
                values[key] = self._read(path)
            elif allow_missing:
                context.log.warning(
                    f"{context.asset_key.to_user_string()} partition {key} was never materialized; left out"
                )
            else:
                raise FileNotFoundError(
                    f"{context.asset_key.to_user_string()} partition {key} was never materialized ({path})"
                )
        return values

    def prune(self, asset_key: dg.AssetKey, keep: set[str]) -> list[str]:
        """Remove stored partitions of `asset_key` that are not in `keep`; returns their keys."""
        folder = Path(self.base_dir).joinpath(*asset_key.path)
        removed = sorted(p.stem for p in folder.glob("*.pickle") if p.stem not in keep) if folder.is_dir() else []
        for key in removed:
            (folder / f"{key}.pickle").unlink(missing_ok=True)
        return removed

    @staticmethod
    def _write(path: Path, obj) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        with open(partial, "wb") as handle:
            pickle.dump(obj, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)

    @staticmethod
    def _read(path: Path):
        with open(path, "rb") as handle:
            return pickle.load(handle)


def fsync_directory(path: Path) -> None:
    """Make a rename in `path` durable (a crash right after os.replace keeps the new name)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def build_resources(settings: Settings | None = None) -> dict[str, dg.ConfigurableResource]:
    settings = settings or load_settings()
    return with_staged_store(
        {
            "raw": RawFiles(root=str(settings.raw_dir)),
            "warehouse": Warehouse(path=str(settings.warehouse_path)),
        }
    )


def with_staged_store(resources: dict) -> dict:
    """Add the staged store (the IO manager) of the warehouse in `resources`, unless given."""
    warehouse: Warehouse = resources["warehouse"]
    return {
        "io_manager": StagedStore(base_dir=str(warehouse.staged_dir), lock_path=str(warehouse.lock_path)),
        **resources,
    }
