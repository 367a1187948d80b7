"""`dagster dev` starts on loopback with the project's definitions, shows every asset with its
description, and its daemon stages and builds on its own: the raw-files sensor stages the reference data,
then every partition, and the automation sensor then builds, checks and publishes the warehouse in one run;
then one changed and one deleted report make the sensor stage that report only, and the automation
rebuilds once (the real webserver and daemon, queried through GraphQL)."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import yaml

from tests.conftest import PROJECT

QUERY = "{ assetNodes { assetKey { path } description groupName } }"
RUNS = "{ runsOrError { ... on Runs { results { runId jobName status tags { key value } } } } }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _graphql(port: int, query: str) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["data"]


def triggered(run: dict) -> str | None:
    return next((tag["value"] for tag in run["tags"] if tag["key"] == "dxw/trigger"), None)


def wait_for_build(port: int, seen: set[str], deadline: float) -> tuple[list[dict], list[dict]]:
    """The runs not in `seen` that the raw-files sensor and the automation launched, once a build (the
    automation's run) succeeded, or a run failed, or at the deadline."""
    staging, builds = [], []
    while time.monotonic() < deadline:
        runs = [r for r in _graphql(port, RUNS)["runsOrError"]["results"] if r["runId"] not in seen]
        staging = [r for r in runs if triggered(r) == "raw_files_sensor"]
        builds = [r for r in runs if triggered(r) == "warehouse_automation"]
        if any(r["status"] in ("FAILURE", "CANCELED") for r in staging + builds) or any(
            r["status"] == "SUCCESS" for r in builds
        ):
            break
        time.sleep(1)
    return staging, builds


def test_dagster_dev_serves_every_asset_on_loopback(tmp_path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    # The project's instance settings, with the run queue looked at every second instead of every five
    # (Dagster's default): the same queued run coordinator launching the same runs, each sooner.
    settings = yaml.safe_load((PROJECT / "dagster.yaml").read_text(encoding="utf-8"))
    settings.setdefault("run_queue", {})["dequeue_interval_seconds"] = 1
    (home / "dagster.yaml").write_text(yaml.safe_dump(settings), encoding="utf-8")
    port = _free_port()
    shutil.copytree(PROJECT / "data" / "raw", tmp_path / "raw")
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "DXW_WAREHOUSE": str(tmp_path / "wh" / "dx.duckdb"),
        "DXW_RAW_DIR": str(tmp_path / "raw"),
        # ticks every few seconds instead of every 30-60 s: the same sensors, evaluated sooner
        "DXW_SENSOR_INTERVAL": "2",
    }
    process = subprocess.Popen(
        [
            "env",
            "--default-signal=INT,TERM",
            str(Path(sys.executable).parent / "dagster"),
            "dev",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-m",
            "pipelines.definitions",
        ],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        nodes = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            try:
                nodes = _graphql(port, QUERY)["assetNodes"]
                break
            except (OSError, KeyError, TypeError):
                time.sleep(1)
        assert nodes, "dagster dev did not answer within 120 s"
        keys = {"/".join(n["assetKey"]["path"]) for n in nodes}
        assert {"mart_dti_ranking", "fact_indicator_value", "staged_dti_official_pages", "raw/dti"} <= keys
        assert all(n["description"] for n in nodes)
        assert {n["groupName"] for n in nodes} == {
            "raw",
            "staged",
            "reports",
            "warehouse",
            "marts",
            "quality",
            "analysis",
            "publish",
        }
        assert not (home / "logs" / "event.log").exists(), "telemetry is on: Dagster wrote its event log"
        # The daemon evaluates the raw-files sensor (first evaluation: nothing staged yet): it adds the report
        # partitions and stages the reference data, at its next tick every partition; once those runs succeeded,
        # the automation sensor requests the build, which runs as one run and publishes.
        staging, builds = wait_for_build(port, set(), deadline=time.monotonic() + 600)
        assert sorted((r["jobName"], r["status"]) for r in staging) == [
            ("stage_dti_years", "SUCCESS"),
            ("stage_reference", "SUCCESS"),
            ("stage_reports", "SUCCESS"),
        ], staging
        assert [r["status"] for r in builds] == ["SUCCESS"], builds
        ranged = next(r for r in staging if r["jobName"] == "stage_reports")
        assert {"key": "dagster/asset_partition_range_start", "value": "000_cee3a482afddff29"} in ranged["tags"]
        assert (tmp_path / "wh" / "dx.duckdb").exists()

        # One report changed, another deleted: at its next evaluation (a minute later) the sensor deletes the
        # partition and stages only the changed report; the automation then rebuilds without the deleted one.
        changed, deleted = "000_cee3a482afddff29", "003_d79a531ec0816f30"
        report = tmp_path / "raw" / "reports" / f"{changed}.txt"
        report.write_text(report.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        (tmp_path / "raw" / "reports" / f"{deleted}.txt").unlink()
        before = {r["runId"] for r in staging + builds}
        staging, builds = wait_for_build(port, before, deadline=time.monotonic() + 400)
        assert sorted((r["jobName"], r["status"]) for r in staging) == [("stage_reports", "SUCCESS")], staging
        assert [r["status"] for r in builds] == ["SUCCESS"], builds
        assert {"key": "dagster/partition", "value": changed} in staging[0]["tags"]
        with duckdb.connect(str(tmp_path / "wh" / "dx.duckdb"), read_only=True) as con:
            documents = {
                row[0]
                for row in con.execute(
                    "select distinct document_id from fact_indicator_value where document_id is not null"
                ).fetchall()
            }
        assert changed in documents and deleted not in documents
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
