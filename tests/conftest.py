"""Shared fixtures: a warehouse materialized from the real shipped data into a temporary file."""

from __future__ import annotations

import os

# Results never depend on the day the tests run: every test judges the data as of this day
# (set before the project is imported: the DTI year partitions are defined from it).
AS_OF = "2026-06-30"
os.environ["DXW_AS_OF"] = AS_OF

import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from hypothesis import settings as hypothesis_settings

from pipelines.definitions import build_definitions
from pipelines.refresh import RefreshResult, refresh
from pipelines.resources import RawFiles, Warehouse

PROJECT = Path(__file__).resolve().parents[1]
RAW = PROJECT / "data" / "raw"

# Tests never write into the working tree.
hypothesis_settings.register_profile("dxw", database=None, deadline=None)
hypothesis_settings.load_profile("dxw")


@pytest.fixture(scope="session")
def context():
    """The report extractor's context from the shipped reference data (catalog, lexicon, provinces), read once: the
    report tests extract their sentences with it."""
    from assets.reports.context import ExtractionContext

    return ExtractionContext.from_reference(RAW / "reference")


def materialize(
    raw_dir: Path,
    warehouse_path: Path,
    raise_on_error: bool = True,
    instance: dg.DagsterInstance | None = None,
    full: bool = True,
) -> RefreshResult:
    """A refresh (the runs `dxw run --full`, or `dxw run` with full=False, makes) of every asset and
    check into `warehouse_path`."""
    defs = build_definitions(
        resources={"raw": RawFiles(root=str(raw_dir)), "warehouse": Warehouse(path=str(warehouse_path), as_of=AS_OF)}
    )
    if instance is None:
        # Entered: an instance used as a context sets itself as the current one for Dagster's definitions
        # loading (an earlier test's disposed instance may otherwise still be the current one).
        with dg.DagsterInstance.ephemeral() as fresh:
            result = refresh(defs, fresh, full=full)
    else:
        result = refresh(defs, instance, full=full)
    if raise_on_error and not result.success:
        failures = [
            e.step_failure_data.error.to_string()
            for e in result.all_events
            if e.is_step_failure and e.step_failure_data.error
        ]
        raise AssertionError(f"refresh failed: {result.plan.describe()}\n" + "\n".join(failures))
    return result


@pytest.fixture(scope="session")
def full_refresh(tmp_path_factory) -> tuple[Path, RefreshResult]:
    """The shipped data materialized once per session: the warehouse file and the runs' results."""
    path = tmp_path_factory.mktemp("warehouse") / "dx.duckdb"
    result = materialize(RAW, path)
    assert result.success
    return path, result


@pytest.fixture(scope="session")
def warehouse_path(full_refresh) -> Path:
    return full_refresh[0]


DXW = str(Path(sys.executable).parent / "dxw")


@pytest.fixture(scope="session")
def dxw_run_project(tmp_path_factory) -> tuple[Path, dict, subprocess.CompletedProcess]:
    """`dxw run` as an analyst types it, once per session: a subprocess over a copy of data/raw
    (`raw/`), into a fresh warehouse (`wh/dx.duckdb`) and a fresh Dagster home (`home/`). Returns
    the project's root, the environment that points `dxw` at it, and the finished run. Tests only
    read this project; a test that runs `dxw` again works on its own copy (`copy_dxw_project`)."""
    root = tmp_path_factory.mktemp("dxw_project")
    shutil.copytree(RAW, root / "raw")
    env = {
        **os.environ,
        "DXW_RAW_DIR": str(root / "raw"),
        "DXW_WAREHOUSE": str(root / "wh" / "dx.duckdb"),
        "DAGSTER_HOME": str(root / "home"),
    }
    run = subprocess.run([DXW, "run"], env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    return root, env, run


def copy_dxw_project(project: Path, target: Path) -> dict:
    """A copy of `dxw_run_project`'s project (raw files, published warehouse with its staged store and
    refresh record, Dagster home with the run history and dynamic partitions) at `target`, as if
    `dxw run` had run there; returns the environment that points `dxw` at the copy. Every recorded
    digest is of file contents under relative paths, so the copy is up to date as the original is."""
    shutil.copytree(project, target, symlinks=True)
    return {
        **os.environ,
        "DXW_RAW_DIR": str(target / "raw"),
        "DXW_WAREHOUSE": str(target / "wh" / "dx.duckdb"),
        "DAGSTER_HOME": str(target / "home"),
    }


@pytest.fixture
def con(warehouse_path):
    connection = duckdb.connect(str(warehouse_path), read_only=True)
    yield connection
    connection.close()


def warehouse_with_files(root: Path, files: dict[str, str | bytes]) -> duckdb.DuckDBPyConnection:
    """Copy data/raw under `root`, drop `files` (path relative to raw -> content) into it, run
    a full materialization, and return a read-only connection to the resulting warehouse."""
    raw = root / "raw"
    shutil.copytree(RAW, raw)
    for relative, content in files.items():
        target = raw / relative
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    warehouse = root / "dx.duckdb"
    assert materialize(raw, warehouse).success
    return duckdb.connect(str(warehouse), read_only=True)


def drop_a_ranked_unit(raw: Path) -> dict[Path, bytes]:
    """Take one province's 2022 DTI rank out of both official sources (the ranking page and the
    facts table), so that the blocking `expected_coverage` check fails; returns the files' former
    bytes, to put back."""
    page = raw / "dti" / "dti.gov.vn_xep-hang-2022.txt"
    facts = raw / "dti" / "dti_facts_2020_2024.csv"
    saved = {page: page.read_bytes(), facts: facts.read_bytes()}
    page.write_text(page.read_text(encoding="utf-8").replace("57 Hà Giang\n", ""), encoding="utf-8")
    facts.write_text(
        "".join(
            line
            for line in facts.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith("2022,Hà Giang,overall_rank,57,")
        ),
        encoding="utf-8",
    )
    return saved
