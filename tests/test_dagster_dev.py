"""`dagster dev` starts on loopback with the project's definitions and shows every asset
with its description (the real webserver, queried through its GraphQL API)."""

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

from tests.conftest import PROJECT

QUERY = '{ assetNodes { assetKey { path } description groupName } }'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dagster_dev_serves_every_asset_on_loopback(tmp_path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT / "dagster.yaml", home / "dagster.yaml")
    port = _free_port()
    env = {**os.environ, "DAGSTER_HOME": str(home), "DXW_WAREHOUSE": str(tmp_path / "dx.duckdb")}
    process = subprocess.Popen(
        ["env", "--default-signal=INT,TERM", str(Path(sys.executable).parent / "dagster"), "dev",
         "-h", "127.0.0.1", "-p", str(port), "-m", "pipelines.definitions"],
        cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        nodes = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            try:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/graphql", data=json.dumps({"query": QUERY}).encode(),
                    headers={"Content-Type": "application/json"},
                )
                with urllib.request.urlopen(request, timeout=5) as response:
                    nodes = json.load(response)["data"]["assetNodes"]
                    break
            except (OSError, KeyError, TypeError):
                time.sleep(1)
        assert nodes, "dagster dev did not answer within 120 s"
        keys = {"/".join(n["assetKey"]["path"]) for n in nodes}
        assert {"mart_dti_ranking", "fact_indicator_value", "staged_dti_official_pages", "raw/dti"} <= keys
        assert all(n["description"] for n in nodes)
        assert {n["groupName"] for n in nodes} == {"raw", "staged", "reports", "warehouse", "marts", "quality", "publish"}
        assert not (home / "logs" / "event.log").exists(), "telemetry is on: Dagster wrote its event log"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
