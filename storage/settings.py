"""Where things live. The only module that reads environment variables.

DXW_RAW_DIR     raw inputs (default: <project>/data/raw)
DXW_WAREHOUSE   the published DuckDB file (default: <project>/data/warehouse/dx.duckdb)
DAGSTER_HOME    Dagster's run history and storage (default: <project>/.dagster_home)
DXW_AS_OF       the day the data is judged on (YYYY-MM-DD; default: today): the last DTI edition
                year, and what counts as "in the future". The only use of the clock; tests set it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]

# Every run's DuckDB work stays within 700 MB (DuckDB spills to disk beyond it), so a run of millions of rows
# fits beside Dagster in 1.3 GB: the build's process holds about 400 MB before its DuckDB work (Dagster, polars,
# pyarrow, Pandera), and DuckDB allocates 150-250 MB beyond its limit in its largest sorts (10M facts: the
# fact table and the comparison mart peaked at 1.60-1.62 GB under 1 GB, 1.20-1.27 GB under 700 MB). The
# cost is in those two sorts (about a fifth slower each); the preferred facts' aggregates took as long.
# Two threads: the machines have two cores.
DUCKDB_CONFIG = {"memory_limit": "700MB", "threads": 2}
# Connections that only stream over whole tables (the publish checksums, the quality report's samples): DuckDB
# keeps the table blocks it reads cached up to its memory limit, so a scan of a 10M-fact warehouse under 1 GB
# holds 1 GB it never needs again (publish_warehouse peaked at 1.74 GB at 10M rows). A streaming aggregate or a
# reservoir sample needs a few megabytes.
SCAN_DUCKDB_CONFIG = {"memory_limit": "256MB", "threads": 2}


@dataclass(frozen=True)
class Settings:
    raw_dir: Path
    warehouse_path: Path
    dagster_home: Path
    as_of: date = field(default_factory=date.today)

    @property
    def reports_dir(self) -> Path:
        return self.warehouse_path.parent / "reports"

    @property
    def quality_dir(self) -> Path:
        return self.reports_dir / "quality"


def load_settings(environ: os._Environ | dict | None = None) -> Settings:
    env = os.environ if environ is None else environ
    return Settings(
        raw_dir=Path(env.get("DXW_RAW_DIR") or PROJECT_ROOT / "data" / "raw").resolve(),
        warehouse_path=Path(env.get("DXW_WAREHOUSE") or PROJECT_ROOT / "data" / "warehouse" / "dx.duckdb").resolve(),
        dagster_home=Path(env.get("DAGSTER_HOME") or PROJECT_ROOT / ".dagster_home").resolve(),
        as_of=as_of(env),
    )


def as_of(environ: os._Environ | dict | None = None) -> date:
    """The day the data is judged on: DXW_AS_OF, or today when it is not set."""
    env = os.environ if environ is None else environ
    text = env.get("DXW_AS_OF")
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"DXW_AS_OF={text!r} is not a date (YYYY-MM-DD)") from None


def sensor_interval(default_seconds: int, environ: os._Environ | dict | None = None) -> int:
    """How often the daemon evaluates the project's sensors: ``default_seconds``, or DXW_SENSOR_INTERVAL
    seconds when it is set (the test of `dagster dev` sets a few seconds, so that it does not wait minutes
    for ticks; a deployment keeps the defaults)."""
    env = os.environ if environ is None else environ
    text = env.get("DXW_SENSOR_INTERVAL")
    if not text:
        return default_seconds
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"DXW_SENSOR_INTERVAL={text!r} is not a whole number of seconds")
    return int(text)


def ensure_dagster_home(settings: Settings) -> Path:
    """Create DAGSTER_HOME with the project's dagster.yaml (telemetry off) in it."""
    home = settings.dagster_home
    home.mkdir(parents=True, exist_ok=True)
    target = home / "dagster.yaml"
    source = PROJECT_ROOT / "dagster.yaml"
    if source.exists() and (not target.exists() or target.read_bytes() != source.read_bytes()):
        target.write_bytes(source.read_bytes())
    return home
