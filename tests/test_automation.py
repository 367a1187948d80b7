"""The raw-files sensor, the refresh chain and the weekly schedule, evaluated with Dagster's
test contexts (what they request). tests/test_incremental.py follows the requested runs;
tests/test_dagster_dev.py runs them under the real daemon."""

import json
import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import dagster as dg
import pytest

from pipelines.definitions import defs
from pipelines.refresh import NEXT_TAG, steps_from_json
from pipelines.resources import RawFiles
from pipelines.schedules import weekly_refresh
from pipelines.sensors import PLAN_ID_TAG, raw_files_sensor
from tests.conftest import AS_OF, RAW

REPORT = "000_cee3a482afddff29"


@pytest.fixture
def raw(tmp_path):
    shutil.copytree(RAW, tmp_path / "raw")
    return tmp_path / "raw"


def tick(raw_dir, cursor, instance):
    context = dg.build_sensor_context(
        cursor=cursor, instance=instance, definitions=defs, resources={"raw": RawFiles(root=str(raw_dir))}
    )
    result = raw_files_sensor(context)
    if isinstance(result, dg.SensorResult):  # as the daemon does before launching the runs
        for request in result.dynamic_partitions_requests:
            if isinstance(request, dg.AddDynamicPartitionsRequest):
                instance.add_dynamic_partitions(request.partitions_def_name, request.partition_keys)
            else:
                for key in request.partition_keys:
                    instance.delete_dynamic_partition(request.partitions_def_name, key)
    return result


def plan(result) -> list[str]:
    first = result.run_requests[0]
    return [
        f"{first.job_name}[{first.partition_key}]" if first.partition_key else first.job_name,
        *(s.describe() for s in steps_from_json(first.tags[NEXT_TAG])),
    ]


def skipped(result) -> bool:
    return isinstance(result, dg.SkipReason) or (isinstance(result, dg.SensorResult) and not result.run_requests)


def finish(instance, result, status=dg.DagsterRunStatus.SUCCESS) -> str:
    """Record the outcome of the refresh a tick requested, as the daemon's runs would: its last run
    (build_warehouse) succeeded, or one of its runs failed. Returns the cursor to tick with next."""
    plan_id = result.run_requests[0].tags[PLAN_ID_TAG]
    job = "build_warehouse" if status == dg.DagsterRunStatus.SUCCESS else result.run_requests[0].job_name
    instance.create_run_for_job(defs.resolve_job_def(job), status=status, tags={PLAN_ID_TAG: plan_id})
    return result.cursor


def test_sensor_detects_additions_changes_and_deletions(raw):
    with dg.instance_for_test() as instance:
        first = tick(raw, None, instance)
        assert plan(first) == [
            "stage_reference",
            f"stage_dti_years[2020...{AS_OF[:4]}]",
            f"stage_reports[{REPORT}...004_991e2ef2d8c11d81]",
            "build_warehouse",
        ]
        assert "no record of the raw files yet" in first.run_requests[0].tags["dxw/plan"]
        assert len(instance.get_dynamic_partitions("report")) == 5
        pending = json.loads(first.cursor)["pending"]["digests"]
        assert f"report/{REPORT}" in pending and "dti/2022" in pending
        assert skipped(tick(raw, first.cursor, instance))  # its refresh has not finished: nothing new is requested
        cursor = finish(instance, first)

        settled = tick(raw, cursor, instance)
        assert skipped(settled)
        cursor = settled.cursor

        (raw / "reports" / "new_report.md").write_text(
            "Tỉnh Nghệ An: tỷ lệ hồ sơ xử lý trực tuyến đạt 70%.", encoding="utf-8"
        )
        added = tick(raw, cursor, instance)
        assert plan(added) == ["stage_reports[new_report]", "build_warehouse"]
        assert "new_report" in instance.get_dynamic_partitions("report")
        cursor = finish(instance, added)

        report = raw / "reports" / f"{REPORT}.txt"
        report.write_text(report.read_text(encoding="utf-8") + "\nThêm một dòng.", encoding="utf-8")
        changed = tick(raw, cursor, instance)
        assert plan(changed) == [f"stage_reports[{REPORT}]", "build_warehouse"]
        cursor = finish(instance, changed)

        sidecar = raw / "reports" / f"{REPORT}.txt.source.yml"  # a sidecar belongs to its report
        sidecar.write_text(sidecar.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
        reviewed = tick(raw, cursor, instance)
        assert plan(reviewed) == [f"stage_reports[{REPORT}]", "build_warehouse"]
        cursor = finish(instance, reviewed)

        (raw / "reports" / "new_report.md").unlink()
        deleted = tick(raw, cursor, instance)
        assert plan(deleted) == ["build_warehouse"]
        assert "removed: report/new_report" in deleted.run_requests[0].tags["dxw/plan"]
        assert "new_report" not in instance.get_dynamic_partitions("report")
        cursor = finish(instance, deleted)

        (raw / "submissions" / "dong_thap_2025.csv").write_text(
            "province,indicator_code,period,value,unit,source,note\n"
            "Đồng Tháp,online_dossier_rate_pct,2025,61.2,percent,https://dongthap.gov.vn/x,\n",
            encoding="utf-8",
        )
        submitted = tick(raw, cursor, instance)
        assert plan(submitted) == ["stage_submissions[dong_thap_2025.csv]", "build_warehouse"]
        assert instance.get_dynamic_partitions("submission") == ["dong_thap_2025.csv"]
        assert len({r.run_requests[0].run_key for r in (first, added, changed, reviewed, deleted, submitted)}) == 6
        assert skipped(tick(raw, finish(instance, submitted), instance))


def test_a_failed_refresh_is_retried_and_its_partition_restaged_before_any_build(raw):
    """Before: the cursor moved when the runs were requested, so a failed restage was never retried
    and the next unrelated build published the partition's stale staged output."""
    with dg.instance_for_test() as instance:
        cursor = finish(instance, tick(raw, None, instance))
        report = raw / "reports" / f"{REPORT}.txt"
        report.write_text(report.read_text(encoding="utf-8") + "\nThêm một dòng.", encoding="utf-8")
        failed = tick(raw, cursor, instance)
        assert plan(failed) == [f"stage_reports[{REPORT}]", "build_warehouse"]
        cursor = finish(instance, failed, dg.DagsterRunStatus.FAILURE)

        retried = tick(raw, cursor, instance)  # nothing changed since: the failed refresh is planned again
        assert plan(retried) == [f"stage_reports[{REPORT}]", "build_warehouse"]
        assert retried.run_requests[0].run_key != failed.run_requests[0].run_key  # a new run, not a duplicate key
        cursor = finish(instance, retried, dg.DagsterRunStatus.FAILURE)

        other = raw / "reports" / "001_a86cd0dc36e5e64f.txt"
        other.write_text(other.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        both = tick(raw, cursor, instance)  # an unrelated change: its build restages the failed report first
        assert plan(both) == [f"stage_reports[{REPORT}]", "stage_reports[001_a86cd0dc36e5e64f]", "build_warehouse"]
        assert skipped(tick(raw, both.cursor, instance))  # one refresh at a time
        assert skipped(tick(raw, finish(instance, both), instance))


def test_weekly_schedule_starts_a_full_refresh_of_what_is_in_data_raw(raw):
    when = datetime(2026, 11, 23, 6, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    (raw / "reports" / "004_991e2ef2d8c11d81.txt").unlink()
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions("report", ["gone_since", REPORT])  # as a stopped sensor left them
        # Closed inside the instance's block: a context left open restores a dead instance's state later.
        with dg.build_schedule_context(
            instance=instance, scheduled_execution_time=when, resources={"raw": RawFiles(root=str(raw))}
        ) as context:
            result = weekly_refresh.evaluate_tick(context)
        keys = instance.get_dynamic_partitions("report")
    assert keys == [REPORT, "001_a86cd0dc36e5e64f", "002_210b0f43e3af7201", "003_d79a531ec0816f30"]
    assert len(result.run_requests) == 1
    first = result.run_requests[0]
    assert weekly_refresh.job_name == "stage_reference" and weekly_refresh.cron_schedule == "0 6 * * 1"
    assert weekly_refresh.execution_timezone == "Asia/Ho_Chi_Minh"
    assert [s.describe() for s in steps_from_json(first.tags[NEXT_TAG])] == [
        f"stage_dti_years[2020...{AS_OF[:4]}]",
        f"stage_reports[{REPORT}...003_d79a531ec0816f30]",
        "build_warehouse",
    ]
    assert {j.name for j in defs.resolve_sensor_def("raw_files_sensor").jobs} == {
        "stage_reference",
        "stage_dti_years",
        "stage_reports",
        "stage_submissions",
        "build_warehouse",
    }


def test_a_change_of_the_staging_code_restages_everything(raw, monkeypatch):
    with dg.instance_for_test() as instance:
        cursor = finish(instance, tick(raw, None, instance))
        settled = tick(raw, cursor, instance)
        assert skipped(settled)
        cursor = settled.cursor
        monkeypatch.setattr("pipelines.sensors.code_digest", lambda: "another version of assets/ and checks/")
        result = tick(raw, cursor, instance)
    assert plan(result)[0] == "stage_reference" and plan(result)[-1] == "build_warehouse"
    assert "full refresh: the staging code changed" in result.run_requests[0].tags["dxw/plan"]
