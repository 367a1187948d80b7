"""The DuckDB warehouse as a Dagster resource: the published file, its build file, the run lock."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import dagster as dg
import duckdb

from storage.memory import release_freed_memory
from storage.settings import DUCKDB_CONFIG


class Warehouse(dg.ConfigurableResource):
    """The DuckDB warehouse, written with write-audit-publish.

    `path` is the published file analysts open. A run builds a new, empty file (`build_path`),
    writes every table into it from the staged store, runs the checks there; the publish asset
    then replaces the published file with it in one atomic rename. Analysts' read-only
    connections never meet a writer, a failed or killed run leaves the published file as it was,
    and a table no asset writes any more is gone after the next build.

    `as_of` is the day the data is judged on (rules such as "an achievement does not describe
    the future"); it is set from DXW_AS_OF (storage.settings), never read from the clock here."""

    path: str
    as_of: str = ""  # YYYY-MM-DD; empty: today

    @property
    def as_of_date(self) -> date:
        return date.fromisoformat(self.as_of) if self.as_of else date.today()

    @property
    def published_path(self) -> Path:
        return Path(self.path)

    @property
    def build_path(self) -> Path:
        return self.published_path.parent / ".build" / self.published_path.name

    @property
    def base_path(self) -> Path:
        """The base the last publish kept (the file it replaced, or after a full build a copy of the new one): the
        next incremental build starts from it (assets.warehouse.publish.warehouse_build)."""
        return self.published_path.parent / ".base" / self.published_path.name

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
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator[Warehouse]:
        """One run at a time writes the warehouse: the lock is held for the whole run and
        released when it ends, whatever the outcome (a killed process releases it too)."""
        with hold_lock_for_run(self.lock_path, context):
            try:
                yield self
            finally:
                self.release_build_file(forget=True)

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the build file: every asset and check of a run works there. While the run holds
        the build file (hold_build_file), every step gets a cursor of the held database, a reading one too:
        it runs its statements in READ ONLY transactions (checks.rules.read_only_transaction: DuckDB refuses
        any write there), instead of releasing the file (closing it writes a checkpoint) to open it read-only,
        and the next writing step opening it again (0.2-0.4 s per incremental build, three times over).
        Without a hold, `read_only` opens the file read-only."""
        if not self.build_path.exists():
            raise FileNotFoundError(f"no build file at {self.build_path}: warehouse_build starts every run")
        key = str(self.build_path)
        if key not in _BUILD_HOLD:
            self.release_build_file()
            con = duckdb.connect(key, read_only=read_only, config=self.duckdb_config())
            try:
                yield con
            finally:
                con.close()
                release_freed_memory()  # what DuckDB freed, before the next asset of the run
            return
        if _BUILD_HOLD[key] is None:
            _BUILD_HOLD[key] = duckdb.connect(key, config=self.duckdb_config())
        held = _BUILD_HOLD[key]
        con = held.cursor()  # its own temporary tables and transaction, as a connection of its own
        try:
            yield con
        finally:
            con.close()  # an open transaction of the step is rolled back
            try:  # ATTACH is the database's, not the cursor's: the next step starts with none, as when it opened
                for (name,) in held.execute(
                    "SELECT database_name FROM duckdb_databases() WHERE NOT internal AND database_name <> ?",
                    [held.execute("SELECT current_database()").fetchone()[0]],
                ).fetchall():
                    held.execute(f'DETACH "{name}"')
            except duckdb.Error:
                self.release_build_file()

    def duckdb_config(self) -> dict:
        # Spill files beside the warehouse: a read-only connection has no default place to spill to.
        return {**DUCKDB_CONFIG, "temp_directory": str(self.published_path.parent / ".spill")}

    def hold_build_file(self) -> None:
        """Keep the build file's database open from one writing step of this run to the next (connect), until
        release_build_file: opening it and closing it (a checkpoint of what the step wrote) cost every step
        30-60 ms at 1M facts. warehouse_build asks for it on an incremental build only (each step writes
        little); the run's end releases it (yield_for_execution)."""
        _BUILD_HOLD.setdefault(str(self.build_path), None)

    def release_build_file(self, *, forget: bool = False) -> None:
        """Close the held database, if open (its changes are checkpointed into the file): before the build file
        is opened in another mode or by another process (read-only checks, the quality report, the comparison
        report, the publish), or deleted. `forget`: the run no longer holds it at all."""
        key = str(self.build_path)
        held = _BUILD_HOLD.get(key)
        if held is not None:
            _BUILD_HOLD[key] = None
            held.close()
            release_freed_memory()
        if forget:
            _BUILD_HOLD.pop(key, None)


# Build files held open between the steps of a run (Warehouse.hold_build_file): path -> the held connection, None
# while asked for but not open. The runs execute their steps one at a time in one process (in_process_executor).
_BUILD_HOLD: dict[str, duckdb.DuckDBPyConnection | None] = {}


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


# ONE RUN AT A TIME is this lock and nothing else (no run-queue limit in dagster.yaml, no sensor
# that waits for a refresh to end). It is the one guard every writer of the staged store and the
# build file passes through: runs the Dagster daemon launches (sensor, automation, UI), runs
# `dxw run` and the tests execute in their own process (the run queue never sees those), and the
# CLI's `dagster job execute`. The kernel releases it when its process dies (kill -9 included).
# A run waits for it (the holder is named in the run's log); `dxw run` refuses to start while
# another holds it, or waits with --wait.
@contextmanager
def hold_lock_for_run(lock_path: Path, context: dg.InitResourceContext) -> Iterator[None]:
    """Held by a run's resources for the whole run; waits while another run or `dxw run` holds it."""
    run_id = context.run.run_id if context.run else "?"

    def log_wait(holder: str) -> None:
        if context.log:
            context.log.info(f"waiting for the warehouse lock, held by {holder}")

    with hold_run_lock(lock_path, run_id, wait=True, on_wait=log_wait):
        yield


@contextmanager
def hold_run_lock(
    lock_path: Path, run_id: str, wait: bool = False, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """An exclusive lock on the warehouse folder (flock: released by the kernel if the process
    dies). Re-entrant within one process. Busy: raises WarehouseBusy, or with `wait` calls
    `on_wait(holder)` and waits."""
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
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = lock_holder(lock_path)
            if not wait:
                raise WarehouseBusy(
                    f"the warehouse is being rebuilt by {holder}; wait for it to finish (dxw run --wait waits)"
                ) from None
            if on_wait is not None:
                on_wait(holder)
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"run {run_id} (pid {os.getpid()}, since {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC)\n")
        handle.flush()
        _HELD[name] = 1
        try:
            yield
        finally:
            _HELD.pop(name, None)
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def fsync_directory(path: Path) -> None:
    """Make a rename in `path` durable (a crash right after os.replace keeps the new name)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
