"""checks/gx/worker.py: the quality report built in a worker process that imported Great Expectations ahead,
or in this process when there is no worker or it cannot run the job."""

from __future__ import annotations

import os
import signal

import pytest

from checks.gx import worker


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
    assert pid != os.getpid() and where == f"worker process {pid} (Great Expectations imported ahead)"
    assert worker.run_in_quality_worker(os.getpid)[0] == os.getpid()  # taken: the next job runs here


def test_the_jobs_own_error_is_raised_here():
    worker.start_quality_worker()
    with pytest.raises(ValueError, match="could not be read"):
        worker.run_in_quality_worker(_fail)


def test_a_dead_worker_leaves_the_job_to_this_process():
    worker.start_quality_worker()
    pool, warm = worker._worker
    os.kill(warm.result(timeout=120), signal.SIGKILL)
    pid, where = worker.run_in_quality_worker(os.getpid)
    assert pid == os.getpid() and where.startswith("this process (the worker failed: ")
