"""The incremental build starts from the published file of the generation before (data/warehouse/.base/), moved into
place, instead of copying the published file (2.4 GB at 10M submitted rows): the publish keeps the file it replaces
under a second name. Its tables by source file are caught up with the published file's (their rows keep the run that
loaded them), its keyed tables recomputed for every file changed since it was published; the result is what a full
build gives. A base a reader still holds, or one that is the published file under a second name, is not used."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from assets.warehouse.incremental import (
    base_unusable,
    keep_as_base,
    read_published_checksums,
    write_published_checksums,
)
from pipelines.bench_data import generate_submissions
from storage.file_copy import file_identity
from tests.conftest import RAW, materialize
from tests.test_incremental_build import (
    assert_checksums_follow_the_delta,
    assert_same_as_full,
    build_metadata,
    build_mode,
    materialization_metadata,
)

FROM_BASE = "the published file of the generation before"
FROM_COPY = "copy of the published file"


def base_of(warehouse: Path) -> Path:
    return warehouse.parent / ".base" / warehouse.name


def quarantined(warehouse: Path, source_file: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            "SELECT source_line, rule, run_id, recorded_at FROM quarantine WHERE source_file = ? ORDER BY 1",
            [source_file],
        ).fetchall()


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("build_base")
    raw = root / "raw"
    shutil.copytree(RAW, raw)
    generate_submissions(raw / "submissions" / "bench_a.csv", 2_000, reference_dir=raw / "reference", seed=31)
    warehouse = root / "wh" / "dx.duckdb"
    with dg.instance_for_test() as instance:
        assert build_mode(materialize(raw, warehouse, instance=instance, full=True)) == "full"
        yield raw, warehouse, instance, read_published_checksums(warehouse)


def test_builds_start_from_the_generation_before_and_give_what_a_full_build_gives(project, tmp_path):
    raw, warehouse, instance, first_checksums = project
    reference = raw / "reference"
    # The first publish had no file to replace: no base; the next build copies the published file.
    assert not base_of(warehouse).exists()
    b = generate_submissions(raw / "submissions" / "bench_b.csv", 600, reference_dir=reference, seed=37)
    assert b.bad_rows > 0
    second = materialize(raw, warehouse, instance=instance, full=False)
    assert build_mode(second) == "incremental"
    assert build_metadata(second, "build_start").startswith(FROM_COPY)
    # Its publish kept the file it replaced (the first generation): a file of its own, with its record.
    base = base_of(warehouse)
    assert base.exists() and not os.path.samefile(base, warehouse)
    assert read_published_checksums(base) == first_checksums
    assert materialization_metadata(second, "publish_warehouse")["previous_file_kept_as_base"] == "kept"
    b_rejected = quarantined(warehouse, "submissions/bench_b.csv")
    assert len(b_rejected) == b.bad_rows

    c = generate_submissions(raw / "submissions" / "bench_c.csv", 300, reference_dir=reference, seed=41)
    base_before = file_identity(base)
    third = materialize(raw, warehouse, instance=instance, full=False)
    assert build_mode(third) == "incremental"
    assert build_metadata(third, "build_start").startswith(FROM_BASE)
    # The base became the published file: no copy was made (the same file, now under the published name).
    assert file_identity(warehouse)[:2] == base_before[:2]
    # The build's own delta is what changed since the last publish: the added file only ...
    facts = materialization_metadata(third, "fact_indicator_value")
    assert (facts["rows_deleted"], facts["rows_inserted"]) == (0, c.rows - c.bad_rows)
    # ... and the rows of the file the last publish added, caught up from it, keep the run that loaded them.
    assert quarantined(warehouse, "submissions/bench_b.csv") == b_rejected
    assert_checksums_follow_the_delta(third, warehouse)
    assert_same_as_full(raw, warehouse, tmp_path / "full_third")

    # A changed file and a removed one, from the base again (the generation of the second run).
    generate_submissions(raw / "submissions" / "bench_b.csv", 500, reference_dir=reference, seed=43)
    (raw / "submissions" / "bench_c.csv").unlink()
    fourth = materialize(raw, warehouse, instance=instance, full=False)
    assert build_metadata(fourth, "build_start").startswith(FROM_BASE)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert not con.execute(
            "SELECT count(*) FROM fact_indicator_value WHERE source_file = 'submissions/bench_c.csv'"
        ).fetchone()[0]
    assert_checksums_follow_the_delta(fourth, warehouse)
    assert_same_as_full(raw, warehouse, tmp_path / "full_fourth")


def test_a_base_a_reader_still_holds_is_not_changed(project, tmp_path):
    """An analyst's read-only connection opened before the last publish holds the file that became the base:
    DuckDB refuses to write it, and the build copies the published file instead."""
    raw, warehouse, instance, _ = project
    if not base_of(warehouse).exists():  # this test alone: one more publish keeps a base
        generate_submissions(raw / "submissions" / "bench_r.csv", 200, reference_dir=raw / "reference", seed=47)
        materialize(raw, warehouse, instance=instance, full=False)
    base = base_of(warehouse)
    held = os.open(base, os.O_RDONLY)  # the file itself, whatever name it has later
    before = os.pread(held, os.fstat(held).st_size, 0)
    reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time\n"
            f"con = duckdb.connect({str(base)!r}, read_only=True)\n"
            "con.execute('SELECT count(*) FROM fact_indicator_value').fetchone()\n"
            "print('open', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout.readline().strip() == "open"
        generate_submissions(raw / "submissions" / "bench_d.csv", 250, reference_dir=raw / "reference", seed=53)
        result = materialize(raw, warehouse, instance=instance, full=False)
        assert build_metadata(result, "build_start").startswith(FROM_COPY)
        assert_same_as_full(raw, warehouse, tmp_path / "full")
        # The reader's file was never written; the publish kept the file it replaced as the new base.
        assert os.pread(held, os.fstat(held).st_size + 1, 0) == before
        assert base.exists() and not os.path.samefile(base, warehouse)
        assert os.fstat(held).st_ino != base.stat().st_ino
    finally:
        os.close(held)
        reader.stdin.close()
        reader.wait(timeout=30)


def test_the_published_file_under_a_second_name_is_no_base(tmp_path):
    """A publish stopped between keeping the base and the rename leaves one file under both names: a build must
    never change it in place."""
    published = tmp_path / "dx.duckdb"
    with duckdb.connect(str(published)) as con:
        con.execute("CREATE TABLE fact_indicator_value AS SELECT 1 AS x")
    record = {t: "1:1" for t in ("fact_indicator_value", "load_audit", "quarantine")}
    write_published_checksums(published, record, [])
    base = tmp_path / ".base" / "dx.duckdb"
    assert keep_as_base(published, base) == "kept"
    assert base_unusable(base, published) == "the base is the published file"
    # Once the published name leads to another file, the base is a file of its own.
    replacement = tmp_path / "new.duckdb"
    shutil.copyfile(published, replacement)
    os.replace(replacement, published)
    write_published_checksums(published, record, [])
    assert base_unusable(base, published) is None
    # A base without its record (written to since, or its record lost) is not used.
    (base.parent / ".checksums.json").unlink()
    assert base_unusable(base, published) == "the base has no valid record of its checksums"
