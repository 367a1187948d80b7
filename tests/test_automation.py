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
from pipelines.sensors import raw_files_sensor
from tests.conftest import RAW

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
    if not isinstance(result, dg.SkipReason):  # as the daemon does before launching the runs
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


def test_sensor_detects_additions_changes_and_deletions(raw):
    with dg.instance_for_test() as instance:
        first = tick(raw, None, instance)
        assert plan(first) == [
            "stage_reference",
            f"stage_dti_years[2020...{datetime.now().year}]",
            f"stage_reports[{REPORT}...004_991e2ef2d8c11d81]",
            "build_warehouse",
        ]
        assert "no record of the raw files yet" in first.run_requests[0].tags["dxw/plan"]
        assert len(instance.get_dynamic_partitions("report")) == 5
        assert f"report/{REPORT}" in json.loads(first.cursor) and "dti/2022" in json.loads(first.cursor)
        cursor = first.cursor

        assert isinstance(tick(raw, cursor, instance), dg.SkipReason)

        (raw / "reports" / "new_report.md").write_text(
            "Tỉnh Nghệ An: tỷ lệ hồ sơ xử lý trực tuyến đạt 70%.", encoding="utf-8"
        )
        added = tick(raw, cursor, instance)
        assert plan(added) == ["stage_reports[new_report]", "build_warehouse"]
        assert "new_report" in instance.get_dynamic_partitions("report")
        cursor = added.cursor

        report = raw / "reports" / f"{REPORT}.txt"
        report.write_text(report.read_text(encoding="utf-8") + "\nThêm một dòng.", encoding="utf-8")
        changed = tick(raw, cursor, instance)
        assert plan(changed) == [f"stage_reports[{REPORT}]", "build_warehouse"]
        cursor = changed.cursor

        sidecar = raw / "reports" / f"{REPORT}.txt.source.yml"  # a sidecar belongs to its report
        sidecar.write_text(sidecar.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
        assert plan(tick(raw, cursor, instance)) == [f"stage_reports[{REPORT}]", "build_warehouse"]
        cursor = tick(raw, None, instance).cursor

        (raw / "reports" / "new_report.md").unlink()
        deleted = tick(raw, cursor, instance)
        assert plan(deleted) == ["build_warehouse"]
        assert "removed: report/new_report" in deleted.run_requests[0].tags["dxw/plan"]
        assert "new_report" not in instance.get_dynamic_partitions("report")

        (raw / "submissions" / "dong_thap_2025.csv").write_text(
            "province,indicator_code,period,value,unit,source,note\n"
            "Đồng Tháp,online_dossier_rate_pct,2025,61.2,percent,https://dongthap.gov.vn/x,\n",
            encoding="utf-8",
        )
        submitted = tick(raw, deleted.cursor, instance)
        assert plan(submitted) == ["stage_submissions[dong_thap_2025.csv]", "build_warehouse"]
        assert instance.get_dynamic_partitions("submission") == ["dong_thap_2025.csv"]
        assert len({r.run_requests[0].run_key for r in (first, added, changed, deleted, submitted)}) == 5
        assert isinstance(tick(raw, submitted.cursor, instance), dg.SkipReason)


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
        f"stage_dti_years[2020...{datetime.now().year}]",
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
        cursor = tick(raw, None, instance).cursor
        assert isinstance(tick(raw, cursor, instance), dg.SkipReason)
        monkeypatch.setattr("pipelines.sensors.code_digest", lambda: "another version of assets/ and checks/")
        result = tick(raw, cursor, instance)
    assert plan(result)[0] == "stage_reference" and plan(result)[-1] == "build_warehouse"
    assert "full refresh: the staging code changed" in result.run_requests[0].tags["dxw/plan"]
