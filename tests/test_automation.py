"""The raw-files sensor and the weekly schedule, evaluated with Dagster's test contexts."""

import json
import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import dagster as dg
import pytest

from pipelines.definitions import defs
from pipelines.jobs import weekly_refresh
from pipelines.resources import RawFiles
from pipelines.sensors import raw_files_sensor
from tests.conftest import RAW


@pytest.fixture
def raw(tmp_path):
    shutil.copytree(RAW, tmp_path / "raw")
    return tmp_path / "raw"


def tick(raw_dir, cursor):
    context = dg.build_sensor_context(cursor=cursor, resources={"raw": RawFiles(root=str(raw_dir))}, definitions=defs)
    return raw_files_sensor(context)


def test_sensor_requests_a_run_for_each_change_and_skips_otherwise(raw):
    first = tick(raw, None)
    assert len(first.run_requests) == 1 and "first evaluation" in first.run_requests[0].tags["dxw/changes"]
    cursor = first.cursor
    assert "reports/000_cee3a482afddff29.txt" in json.loads(cursor)

    idle = tick(raw, cursor)
    assert isinstance(idle, dg.SkipReason)

    (raw / "reports" / "new_report.md").write_text("Tỉnh Nghệ An: tỷ lệ hồ sơ xử lý trực tuyến đạt 70%.", encoding="utf-8")
    added = tick(raw, cursor)
    assert added.run_requests[0].tags["dxw/changes"] == "added: reports/new_report.md"
    cursor = added.cursor

    report = raw / "reports" / "000_cee3a482afddff29.txt"
    report.write_text(report.read_text(encoding="utf-8") + "\nThêm một dòng.", encoding="utf-8")
    changed = tick(raw, cursor)
    assert changed.run_requests[0].tags["dxw/changes"] == "changed: reports/000_cee3a482afddff29.txt"
    cursor = changed.cursor

    (raw / "submissions" / "_template.csv").unlink()
    deleted = tick(raw, cursor)
    assert deleted.run_requests[0].tags["dxw/changes"] == "deleted: submissions/_template.csv"
    assert len({r.run_requests[0].run_key for r in (added, changed, deleted)}) == 3
    assert isinstance(tick(raw, deleted.cursor), dg.SkipReason)


def test_weekly_schedule_requests_the_full_job():
    when = datetime(2026, 11, 23, 6, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    context = dg.build_schedule_context(scheduled_execution_time=when)
    result = weekly_refresh.evaluate_tick(context)
    assert len(result.run_requests) == 1
    assert weekly_refresh.job_name == "materialize_all" and weekly_refresh.cron_schedule == "0 6 * * 1"
    assert defs.resolve_sensor_def("raw_files_sensor").job_name == "materialize_all"
