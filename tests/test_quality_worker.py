"""checks/gx/worker.py: the quality report built in a worker process that imported Great Expectations ahead,
or in this process when there is no worker or it cannot run the job."""

from __future__ import annotations

import os
import signal

import dagster as dg
import pytest

from checks.gx import worker
from pipelines.bench_data import generate_submissions
from pipelines.refresh import refresh
from tests.deployment import Deployment


def _fail() -> None:
    raise ValueError("a suite could not be read")


@pytest.fixture(autouse=True)
def no_worker_left():
    worker.stop_quality_worker()
    yield
    worker.stop_quality_worker()


def test_without_a_worker_the_job_runs_here():
    pid, where = worker.run_in_quality_worker(os.getpid)
    assert pid == os.getpid() and where == "this process (no worker started)"


def test_a_started_worker_runs_the_job_once_and_is_then_gone():
    assert worker.start_quality_worker()
    assert not worker.start_quality_worker()  # one at a time
    pid, where = worker.run_in_quality_worker(os.getpid)
    assert pid != os.getpid()
    assert where == f"worker process {pid} (Great Expectations imported ahead, started by warehouse_build)"
    assert worker.run_in_quality_worker(os.getpid)[0] == os.getpid()  # taken: the next job runs here


def test_the_jobs_own_error_is_raised_here():
    worker.start_quality_worker()
    with pytest.raises(ValueError, match="could not be read"):
        worker.run_in_quality_worker(_fail)


def test_a_dead_worker_leaves_the_job_to_this_process():
    worker.start_quality_worker()
    pool, warm, _ = worker._worker
    os.kill(warm.result(timeout=120), signal.SIGKILL)
    pid, where = worker.run_in_quality_worker(os.getpid)
    assert pid == os.getpid() and where.startswith("this process (the worker failed: ")


def test_dxw_run_starts_the_worker_when_it_plans_an_incremental_build(tmp_path):
    """The import overlaps the staging run and the build run's start too, not only the build's steps."""
    deployment = Deployment(tmp_path, dg.DagsterInstance.ephemeral())
    first = refresh(deployment.defs, deployment.instance)
    assert first.success and first.plan.reason.startswith("full refresh")
    assert _built_in(first) == "this process (no worker started)"  # a full build validates here
    generate_submissions(deployment.raw / "submissions" / "added.csv", 100, reference_dir=deployment.raw / "reference")
    second = refresh(deployment.defs, deployment.instance)
    assert second.success and second.plan.reason.startswith("incremental")
    assert _built_in(second).endswith(
        "(Great Expectations imported ahead, started by dxw run's plan, before its first run)"
    )
    assert not worker.quality_worker_held()
    nothing = refresh(deployment.defs, deployment.instance)  # nothing to build: no worker started
    assert nothing.plan.steps == [] and not worker.quality_worker_held()


def _built_in(result) -> str:
    event = next(
        e for e in result.get_asset_materialization_events() if e.asset_key.to_user_string() == "quality_report"
    )
    return event.materialization.metadata["built_in"].value
