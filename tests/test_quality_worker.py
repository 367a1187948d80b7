"""checks/gx/worker.py: the quality report built in a worker process that imported Great Expectations ahead,
or in this process when there is no worker or it cannot run the job."""

from __future__ import annotations

import os
import re
import signal

import dagster as dg
import duckdb
import pytest

from assets.comparison.report import collect, render
from checks.gx import worker
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


def test_a_started_worker_runs_the_jobs_until_it_is_shut_down():
    assert worker.start_quality_worker()
    assert not worker.start_quality_worker()  # one at a time
    pid, where = worker.run_in_quality_worker(os.getpid)
    assert pid != os.getpid()
    assert where == f"worker process {pid} (Great Expectations imported ahead, started by warehouse_build)"
    assert worker.run_in_quality_worker(os.getpid)[0] == pid  # held for the run's next job (the comparison page)
    worker.stop_quality_worker()
    assert worker.run_in_quality_worker(os.getpid)[0] == os.getpid()  # shut down: the next job runs here


def test_a_job_that_would_wait_for_the_import_runs_here_when_asked():
    worker.start_quality_worker()
    pid, where = worker.run_in_quality_worker(os.getpid, ready_only=True)  # the import takes seconds
    assert pid == os.getpid() and where == "this process (the worker was still importing)"
    assert worker.quality_worker_held()  # still there for the quality report


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
    # a submission that contradicts a shipped figure: a new source conflict, which the comparison page draws
    (deployment.raw / "submissions" / "contradiction.csv").write_text(
        "province,indicator_code,period,value,unit,source,note\n"
        "Thái Bình,online_dossier_rate_pct,2023-H1,55.5,percent,https://example.org/a,not the report's figure\n",
        encoding="utf-8",
    )
    second = refresh(deployment.defs, deployment.instance)
    assert second.success and second.plan.reason.startswith("incremental")
    assert _built_in(second).endswith(
        "(Great Expectations imported ahead, started by dxw run's plan, before its first run)"
    )
    # the comparison page drawn there too (Altair is imported there), the same page as drawn here
    drawn = _metadata(second, "comparison_report")
    assert drawn["written"] == "drawn anew" and drawn["drawn_in"] == _built_in(second)
    page = deployment.warehouse.parent / "reports" / "comparison.html"
    with duckdb.connect(str(deployment.warehouse), read_only=True) as con:
        here = render(collect(con), page.parent)
    assert _without_build_time(page.read_text(encoding="utf-8")) == _without_build_time(here)
    assert not worker.quality_worker_held()  # publish_warehouse shut it down
    nothing = refresh(deployment.defs, deployment.instance)  # nothing to build: no worker started
    assert nothing.plan.steps == [] and not worker.quality_worker_held()


def _metadata(result, asset: str) -> dict:
    event = next(e for e in result.get_asset_materialization_events() if e.asset_key.to_user_string() == asset)
    return {key: value.value for key, value in event.materialization.metadata.items()}


def _built_in(result) -> str:
    return _metadata(result, "quality_report")["built_in"]


def _without_build_time(page: str) -> str:
    return re.sub(r"built \d{4}-\d\d-\d\d \d\d:\d\d UTC", "built (time)", page)
