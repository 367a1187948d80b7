"""Write-audit-publish as analysts meet it: `dxw run` in a subprocess against a temporary
project (its own raw copy, warehouse and Dagster home). The published file is never
half-written, never locked for readers, and unchanged by a failed or killed run."""

import hashlib
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import duckdb
import pytest

from assets.warehouse.publish import table_checksums
from tests.conftest import DXW, copy_dxw_project, drop_a_ranked_unit

NEW_SUBMISSION = (
    "province,indicator_code,period,value,unit,source,note\n"
    "Nghệ An,online_dossier_rate_pct,2024,71.5,percent,https://www.nghean.gov.vn/x,new figure\n"
)


@pytest.fixture(scope="module")
def project(dxw_run_project, tmp_path_factory):
    """A project after its first `dxw run`: a copy of the session's (the same subprocess run over the
    same raw files into a fresh warehouse and Dagster home; conftest.dxw_run_project), so that this
    module's runs, kills and edits leave the session's project as it was."""
    source, _, first = dxw_run_project
    assert "full refresh: no record of the raw files yet" in first.stdout
    root = tmp_path_factory.mktemp("publish") / "project"
    env = copy_dxw_project(source, root)
    return root, env


def published(root: Path) -> Path:
    return root / "wh" / "dx.duckdb"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checksums(path: Path) -> dict:
    with duckdb.connect(str(path), read_only=True) as con:
        return table_checksums(con)


def start_run(env, *args) -> subprocess.Popen:
    return subprocess.Popen(
        [DXW, "run", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


def test_two_runs_over_the_same_files_give_identical_tables(project):
    root, env = project
    before = checksums(published(root))
    again = subprocess.run([DXW, "run", "--full"], env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert "full refresh: asked for (--full)" in again.stdout
    assert checksums(published(root)) == before
    assert list((root / "wh" / ".build").iterdir()) == []


@pytest.mark.parametrize("delay", [0.5, 3.0, 7.0, 11.0])
def test_kill_9_leaves_the_published_warehouse_intact(project, delay):
    root, env = project
    before_bytes, before_sums = sha(published(root)), checksums(published(root))
    run = start_run(env, "--full")
    time.sleep(delay)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=60)
    # Either the kill came before the atomic rename (byte-identical) or after it (a complete new file).
    assert sha(published(root)) == before_bytes or checksums(published(root)) == before_sums
    assert checksums(published(root)) == before_sums
    # The next run cleans the stale build copy, takes the lock the dead run held, and publishes.
    rerun = subprocess.run([DXW, "run", "--full"], env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert list((root / "wh" / ".build").iterdir()) == []


def test_dxw_run_stages_only_what_changed_and_says_so(project):
    root, env = project
    unchanged = subprocess.run([DXW, "run"], env=env, capture_output=True, text=True, timeout=600)
    assert unchanged.returncode == 0, unchanged.stderr
    assert "no raw file changed" in unchanged.stdout and "up to date" in unchanged.stdout


def test_readers_are_never_blocked_and_see_old_or_new_data(project):
    root, env = project
    with duckdb.connect(str(published(root)), read_only=True) as con:
        old = con.execute("select count(*) from fact_indicator_value").fetchone()[0]
    (root / "raw" / "submissions" / "new.csv").write_text(NEW_SUBMISSION, encoding="utf-8")
    seen, errors = set(), []
    run = start_run(env)

    def read_until_done():
        while run.poll() is None:
            try:
                with duckdb.connect(str(published(root)), read_only=True) as con:
                    seen.add(con.execute("select count(*) from fact_indicator_value").fetchone()[0])
            except Exception as error:  # noqa: BLE001 - any failure of a reader is the finding
                errors.append(repr(error))
            time.sleep(0.05)

    reader = threading.Thread(target=read_until_done)
    reader.start()
    out, err = run.communicate(timeout=600)
    reader.join()
    (root / "raw" / "submissions" / "new.csv").unlink()
    assert run.returncode == 0, err
    assert "incremental: changed: submission/new.csv" in out and "runs: stage_submissions_and_build[new.csv]" in out
    assert errors == []
    assert seen <= {old, old + 1} and old in seen
    with duckdb.connect(str(published(root)), read_only=True) as con:
        assert con.execute("select count(*) from fact_indicator_value").fetchone()[0] == old + 1


def test_a_second_run_is_refused_while_one_runs(project):
    root, env = project
    first = start_run(env, "--full")
    deadline = time.time() + 60
    while time.time() < deadline and not (root / "wh" / ".run.lock").read_text().strip():
        time.sleep(0.2)
    second = subprocess.run([DXW, "run"], env=env, capture_output=True, text=True, timeout=120)
    first.communicate(timeout=600)
    assert first.returncode == 0
    assert second.returncode == 2 and "being rebuilt by run" in second.stderr and "--wait" in second.stderr


def test_failed_blocking_check_leaves_the_published_file_and_says_why(project):
    root, env = project
    before = sha(published(root))
    saved = drop_a_ranked_unit(root / "raw")
    try:
        failed = subprocess.run([DXW, "run"], env=env, capture_output=True, text=True, timeout=600)
    finally:
        for path, content in saved.items():
            path.write_bytes(content)
    assert failed.returncode == 1
    assert "did NOT publish" in failed.stderr and "expected_coverage" in failed.stderr
    assert sha(published(root)) == before
