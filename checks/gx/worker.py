"""Great Expectations imported ahead of the quality report, in a worker process.

Importing Great Expectations costs about 4 s of one core (checks/gx/report.py imports it only when a suite
is validated). An incremental build always validates something (the rows it inserted), and the steps before
the quality report (the deltas, the marts, the checks) leave the second core mostly idle: so warehouse_build
starts one worker process (spawned, not forked: the run's process holds threads and DuckDB connections) that
imports Great Expectations while those steps run, and quality_report runs build_quality_report there. The
work is the same, in another process: the report, its Data Docs and summary.json are written by the same
function with the same arguments. When no worker was started (a full build, a test calling the asset alone)
or it cannot run the job (it died, it could not start), the report is built in this process as before.

`dxw run` starts the worker earlier, as soon as its plan has an incremental build (pipelines.refresh): the
import then also overlaps the staging run and the build run's start (about 2 s of Dagster's own work before
its first step), and the quality report does not wait for it on a loaded machine. warehouse_build keeps a
worker it finds held for an incremental build, and shuts it down for a full one.

One worker per process at a time, held here between the run's steps (the runs execute their steps in one
process: the in-process executor) until publish_warehouse, the refresh or the next full build shuts it down.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

_worker: tuple[ProcessPoolExecutor, Future, str] | None = None  # the pool, its import, who started it
_IMPORT_TIMEOUT_S = 120  # the import takes 4-6 s; a worker still importing after this is hung


def _import_great_expectations(
    prepare_for: tuple[Path, Path] | tuple[Path, Path, tuple[str, ...]] | None = None,
) -> int:
    """The worker's first job: import Great Expectations and, given (context folder, site folder[, tables]),
    prepare the report's context and checkpoints there (checks.gx.report.prepare_quality_report)."""
    os.environ["GX_ANALYTICS_ENABLED"] = "False"
    import great_expectations  # noqa: F401

    from checks.gx.report import prepare_quality_report

    if prepare_for is not None:
        try:
            prepare_quality_report(*prepare_for)
        except Exception:  # noqa: BLE001 - the report sets up what it needs itself, and says what failed then
            pass
    return os.getpid()


def start_quality_worker(
    started_by: str = "warehouse_build",
    prepare_for: tuple[Path, Path] | tuple[Path, Path, tuple[str, ...]] | None = None,
) -> bool:
    """Start the worker and its import of Great Expectations (returns at once); False when one is held already.
    `started_by`: who asked, said where the report ran; `prepare_for`: the report's (context folder, site
    folder[, the tables whose suites to prepare]), whose context the worker prepares after its import."""
    global _worker
    if _worker is not None:
        return False
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    _worker = (pool, pool.submit(_import_great_expectations, prepare_for), started_by)
    return True


def quality_worker_held() -> bool:
    return _worker is not None


def stop_quality_worker() -> None:
    """Shut the worker down, if one is held (without waiting for it)."""
    global _worker
    if _worker is not None:
        pool, _, _ = _worker
        _worker = None
        pool.shutdown(wait=False, cancel_futures=True)


def run_in_quality_worker(
    function: Callable[..., Any], *args: Any, ready_only: bool = False, **kwargs: Any
) -> tuple[Any, str]:
    """(function(*args, **kwargs), where it ran): in the worker when one was started and can run it, else here.
    An exception raised by `function` itself is raised here, wherever it ran (and the worker is shut down).
    The worker stays held for the run's next job: after the quality report, the comparison report draws its
    charts there, where Altair is imported already (Great Expectations imports it); publish_warehouse shuts it
    down. `ready_only`: use the worker only if its import is done (a job that is quick here but for an import
    the worker has done runs here rather than wait for it)."""
    global _worker
    if _worker is None:
        return function(*args, **kwargs), "this process (no worker started)"
    pool, warm, started_by = _worker
    if ready_only and not warm.done():
        return function(*args, **kwargs), "this process (the worker was still importing)"
    try:
        pid = warm.result(timeout=_IMPORT_TIMEOUT_S)
        result = pool.submit(function, *args, **kwargs).result()
        return result, f"worker process {pid} (Great Expectations imported ahead, started by {started_by})"
    except Exception as error:  # noqa: BLE001 - any failure there (a dead or hung worker, an import, a pickle, a
        # file the child could not open): the same work here, where an error of the function itself is raised again
        reason = f"this process (the worker failed: {type(error).__name__})"
        stop_quality_worker()
    return function(*args, **kwargs), reason
