"""Orchestration under the Dagster daemon, on the real shipped data: the raw-files sensor
(pipelines/sensors.py) syncs the dynamic partitions and requests the staging of what changed, the
automation conditions (pipelines/automation.py), evaluated by Dagster's own evaluator, request the
warehouse build as one run, and the warehouse lock is the one guard for one run at a time. Every run
a sensor or the automation requests is executed for real (tests/deployment.py). What the warehouse
holds after each kind of change: tests/test_incremental.py; the same under the real daemon:
tests/test_dagster_dev.py."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time

import dagster as dg
import pytest

from pipelines.definitions import defs
from pipelines.jobs import STAGING_JOBS, WAREHOUSE, build_warehouse
from pipelines.refresh import partition_runs
from pipelines.sensors import REQUEST_TAG
from tests.deployment import Deployment, described, materialized

REPORT = "000_cee3a482afddff29"
DELETED = "003_d79a531ec0816f30"
SUBMISSION = "tinh_2025.csv"
SUBMITTED = (
    "province,indicator_code,period,value,unit,source,note\n"
    "Đồng Tháp,online_dossier_rate_pct,2025,61.2,percent,https://dongthap.gov.vn/x,\n"
)


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    with dg.instance_for_test() as instance:
        deployment = Deployment(tmp_path_factory.mktemp("automation"), instance)
        runs = deployment.sync()  # first look: reference, every partition, the build
        assert runs and all(run.success for run in runs)
        assert ("publish_warehouse", None) in materialized(runs)
        yield deployment


def staged(deployment: Deployment) -> dict[str, str]:
    """The raw-files sensor's cursor: per partition, the digest a successful run staged."""
    return json.loads(deployment.cursor)["staged"]


def publishes(deployment: Deployment) -> int:
    return len(deployment.instance.fetch_materializations(dg.AssetKey("publish_warehouse"), limit=1000).records)


def test_only_the_build_is_automated_by_one_automation_sensor_and_there_is_no_schedule():
    graph = defs.resolve_asset_graph()
    build = WAREHOUSE.resolve(graph)
    automated = {spec.key for spec in defs.resolve_all_asset_specs() if spec.automation_condition is not None}
    assert automated == build
    assert {"staged_sources", "warehouse_build", "publish_warehouse", "quality_report"} <= {
        key.to_user_string() for key in build
    }
    sensor = defs.resolve_sensor_def("warehouse_automation")
    assert isinstance(sensor, dg.AutomationConditionSensorDefinition)
    assert sensor.asset_selection.resolve(graph) == build
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    raw = defs.resolve_sensor_def("raw_files_sensor")
    assert {job.name for job in raw.jobs} == {job.name for job in STAGING_JOBS} | {build_warehouse.name}
    assert not list(defs.schedules or [])


def test_consecutive_partitions_are_staged_in_one_run_over_their_range():
    ordered = {"report": ["a", "b", "c", "d"], "submission": ["x.csv"]}
    changed = ["report/a", "report/b", "report/d", "dti/2021", "dti/2022", "dti/2024", "submission/x.csv"]
    assert [(step.describe(), keys) for step, keys in partition_runs(changed, ordered)] == [
        ("stage_dti_years[2021...2022]", ["dti/2021", "dti/2022"]),
        ("stage_dti_years[2024]", ["dti/2024"]),
        ("stage_reports[a...b]", ["report/a", "report/b"]),
        ("stage_reports[d]", ["report/d"]),
        ("stage_submissions[x.csv]", ["submission/x.csv"]),
    ]


def test_nothing_changed_nothing_is_requested(deployment):
    result = deployment.tick()
    assert result.run_requests == [] and result.dynamic_partitions_requests == []
    assert "nothing changed in data/raw" in str(result.skip_reason)
    assert deployment.automate() == set()


def test_the_sensor_syncs_the_partitions_and_requests_only_the_changed_ones(deployment):
    raw = deployment.raw
    (raw / "submissions" / SUBMISSION).write_text(SUBMITTED, encoding="utf-8")
    sidecar = raw / "reports" / f"{REPORT}.txt.source.yml"  # a sidecar belongs to its report
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    (raw / "reports" / f"{DELETED}.txt").unlink()
    (raw / "reports" / f"{DELETED}.txt.source.yml").unlink()
    published = publishes(deployment)

    result = deployment.tick()
    requests = result.run_requests
    assert [(r.job_name, r.partition_key) for r in requests] == [
        ("stage_reports", REPORT),
        ("stage_submissions", SUBMISSION),
    ]
    assert requests[0].tags["dxw/changed"] == f"partitions, report/{REPORT}"  # the new set of partitions rides along
    assert requests[1].tags["dxw/changed"] == f"submission/{SUBMISSION}"
    assert all(r.tags["dxw/trigger"] == "raw_files_sensor" for r in requests)
    assert deployment.instance.get_dynamic_partitions("submission") == [SUBMISSION]
    assert DELETED not in deployment.instance.get_dynamic_partitions("report")
    # Requested, not yet run: the cursor has not moved, and nothing is requested twice or built.
    assert (
        staged(deployment)[f"report/{REPORT}"]
        != json.loads(deployment.cursor)["pending"][requests[0].tags[REQUEST_TAG]][f"report/{REPORT}"]
    )
    again = deployment.tick()
    assert again.run_requests == [] and "still running" in str(again.skip_reason)
    assert deployment.automate() == set()

    runs = [deployment.run(request) for request in requests]
    assert all(run.success for run in runs)
    assert {(key, part) for key, part in materialized(runs)} == {
        ("report_documents", REPORT),
        ("staged_report_facts", REPORT),
        ("staged_submissions", SUBMISSION),
    }
    # Staging succeeded: the automation requests the whole build on one tick, which is one run.
    requested = deployment.automate()
    assert requested == deployment.build_keys
    build = deployment.build(requested)
    assert build.success and publishes(deployment) == published + 1
    assert {dg.AssetKey(key) for key, _ in materialized([build])} == deployment.build_keys
    assert deployment.query(f"select count(*) from dim_document where document_id = '{DELETED}'") == [(0,)]
    assert deployment.query(
        f"select count(*) from fact_indicator_value where source_file = 'submissions/{SUBMISSION}'"
    ) == [(1,)]
    # Settled: the next tick moves the cursor past the successful runs, and nothing more is requested.
    assert deployment.tick().run_requests == [] and deployment.automate() == set()
    assert staged(deployment)[f"submission/{SUBMISSION}"]
    assert deployment.sync() == []


def test_a_failed_staging_is_retried_and_its_stale_output_never_published(deployment):
    """Before: the sensor's cursor moved when it requested the run, so a failed restage was never
    retried, and the next build published the partition's stale staged output."""
    submission = deployment.raw / "submissions" / SUBMISSION
    submission.write_text(SUBMITTED.replace("61.2", "63.4"), encoding="utf-8")
    published, before = publishes(deployment), staged(deployment)[f"submission/{SUBMISSION}"]
    store = deployment.warehouse.parent / ".staged"
    # A real failure: the staged provinces that submissions are resolved with are gone from the store.
    shutil.move(store / "staged_provinces", store.parent / "staged_provinces.aside")
    try:
        failed = deployment.stage()
    finally:
        shutil.move(store.parent / "staged_provinces.aside", store / "staged_provinces")
    assert described(failed) == [("stage_submissions", SUBMISSION)] and not failed[0].success
    # The automation waits: a staged partition's latest staging failed, so no build starts (which would
    # publish the partition's old output as if it were current).
    assert deployment.automate() == set()
    # The next tick forgets the failed request (the cursor keeps the old digest) and requests it again.
    retried = deployment.tick()
    assert staged(deployment)[f"submission/{SUBMISSION}"] == before
    assert [(r.job_name, r.partition_key) for r in retried.run_requests] == [("stage_submissions", SUBMISSION)]
    assert retried.run_requests[0].run_key != failed[0].dagster_run.tags[REQUEST_TAG]  # a new request, a new run
    assert deployment.automate() == set() and publishes(deployment) == published
    assert deployment.run(retried.run_requests[0]).success
    requested = deployment.automate()
    assert requested == deployment.build_keys
    assert deployment.build(requested).success and publishes(deployment) == published + 1
    assert deployment.query(
        f"select value from fact_indicator_value where source_file = 'submissions/{SUBMISSION}'"
    ) == [(63.4,)]
    assert deployment.tick().run_requests == [] and staged(deployment)[f"submission/{SUBMISSION}"] != before


HOLDER = """
import fcntl, sys
with open(sys.argv[1], "a+") as handle:
    fcntl.flock(handle, fcntl.LOCK_EX)
    handle.seek(0); handle.truncate(); handle.write("run of another process\\n"); handle.flush()
    print("held", flush=True)
    sys.stdin.read()
"""


def test_one_run_at_a_time_a_run_waits_for_the_lock_and_the_build_waits_for_the_run(deployment):
    """The warehouse lock is the one guard: a run launched while another process holds it waits
    (and says so in its log) before touching anything; while it waits its staging is in progress,
    so the automation requests no build."""
    report = deployment.raw / "reports" / f"{REPORT}.txt"
    report.write_text(report.read_text(encoding="utf-8") + "\nThêm một dòng.\n", encoding="utf-8")
    (request,) = deployment.tick().run_requests
    lock = deployment.warehouse.parent / ".run.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    outcome = {}
    try:
        assert holder.stdout.readline().strip() == "held"
        worker = threading.Thread(target=lambda: outcome.update(run=deployment.run(request)))
        worker.start()
        run_filter = dg.RunsFilter(tags={REQUEST_TAG: request.tags[REQUEST_TAG]})
        waiting, deadline = None, time.monotonic() + 120
        while waiting is None and time.monotonic() < deadline:
            for run in deployment.instance.get_runs(filters=run_filter):
                logs = deployment.instance.all_logs(run.run_id)
                if any("waiting for the warehouse lock, held by run of another process" in e.message for e in logs):
                    waiting = run
            time.sleep(0.5)
        assert waiting is not None, "the run did not wait for the lock"
        assert waiting.status == dg.DagsterRunStatus.STARTED
        logs = deployment.instance.all_logs(waiting.run_id)
        assert not any(e.dagster_event.is_step_start for e in logs if e.dagster_event)  # nothing done yet
        assert deployment.automate() == set()  # its staging is in progress: no build
        assert deployment.tick().run_requests == []  # and it is not requested again
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    worker.join(timeout=300)
    assert outcome["run"].success
    requested = deployment.automate()  # staging succeeded: the build, in one run
    assert requested == deployment.build_keys
    assert deployment.build(requested).success


def test_a_change_of_the_staging_code_stages_the_reference_first(deployment, monkeypatch):
    cursor = deployment.cursor
    monkeypatch.setattr("pipelines.sensors.code_digest", lambda: "another version of assets/, checks/ and storage/")
    try:
        first = deployment.tick()
        assert [(r.job_name, r.partition_key) for r in first.run_requests] == [("stage_reference", None)]
        assert deployment.tick().run_requests == []  # every partition waits for the reference data
    finally:
        deployment.cursor = cursor
