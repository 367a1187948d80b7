"""The incremental build starts from the base the last publish kept (data/warehouse/.base/), moved into place,
instead of copying the published file (2.4 GB at 10M submitted rows): the publish keeps the file it replaces under a
second name (after a full build, a copy of the new one). Its tables by source file are caught up with the published file's (their rows keep the run that
loaded them), its keyed tables recomputed for every file changed since it was published; the result is what a full
build gives. A base a reader still holds, or one that is the published file under a second name, is not used."""

from __future__ import annotations

import json
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

FROM_BASE = "the base (data/warehouse/.base/)"
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
    generate_submissions(raw / "submissions" / "bench_a.csv", 20_000, reference_dir=raw / "reference", seed=31)
    warehouse = root / "wh" / "dx.duckdb"
    with dg.instance_for_test() as instance:
        assert build_mode(materialize(raw, warehouse, instance=instance, full=True)) == "full"
        yield raw, warehouse, instance, read_published_checksums(warehouse)


def test_builds_start_from_the_generation_before_and_give_what_a_full_build_gives(project, tmp_path):
    raw, warehouse, instance, first_checksums = project
    reference = raw / "reference"
    # A full build shares no partition with the file it replaced: its publish kept a copy of itself as the base, a
    # file of its own with its record.
    base = base_of(warehouse)
    assert base.exists() and not os.path.samefile(base, warehouse)
    assert read_published_checksums(base) == first_checksums
    b = generate_submissions(raw / "submissions" / "bench_b.csv", 120, reference_dir=reference, seed=37)
    assert b.bad_rows > 0
    second = materialize(raw, warehouse, instance=instance, full=False)
    assert build_mode(second) == "incremental"
    assert build_metadata(second, "build_start").startswith(FROM_BASE)
    # An incremental build's publish keeps the file it replaced (the first generation), with its record.
    assert materialization_metadata(second, "publish_warehouse")["base_for_the_next_build"] == "kept"
    assert read_published_checksums(base) == first_checksums
    b_rejected = quarantined(warehouse, "submissions/bench_b.csv")
    assert len(b_rejected) == b.bad_rows

    c = generate_submissions(raw / "submissions" / "bench_c.csv", 100, reference_dir=reference, seed=41)
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
    generate_submissions(raw / "submissions" / "bench_b.csv", 100, reference_dir=reference, seed=43)
    (raw / "submissions" / "bench_c.csv").unlink()
    fourth = materialize(raw, warehouse, instance=instance, full=False)
    assert build_metadata(fourth, "build_start").startswith(FROM_BASE)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert not con.execute(
            "SELECT count(*) FROM fact_indicator_value WHERE source_file = 'submissions/bench_c.csv'"
        ).fetchone()[0]
    assert_checksums_follow_the_delta(fourth, warehouse)
    assert_same_as_full(raw, warehouse, tmp_path / "full_fourth")

    # One more file, from the base of the third run: it still holds bench_b as it was before the fourth run changed
    # it, and bench_c, which that run removed. Their facts' keys are found in what the base was before this build
    # changed it (start_state.duckdb), the only place they still are.
    generate_submissions(raw / "submissions" / "bench_g.csv", 100, reference_dir=reference, seed=71)
    fifth = materialize(raw, warehouse, instance=instance, full=False)
    assert build_metadata(fifth, "build_start").startswith(FROM_BASE)
    assert_checksums_follow_the_delta(fifth, warehouse)
    assert_same_as_full(raw, warehouse, tmp_path / "full_fifth")


def test_after_a_full_build_the_base_is_a_copy_of_it(project):
    """The file a full build replaced must not come back: the next build starts from a copy of the full build, whose
    rows keep the run that loaded them in the full build (not the run before it)."""
    raw, warehouse, instance, _ = project
    full = materialize(raw, warehouse, instance=instance, full=True)
    assert materialization_metadata(full, "publish_warehouse")["base_for_the_next_build"] == "a copy of this full build"
    base = base_of(warehouse)
    assert not os.path.samefile(base, warehouse)
    assert read_published_checksums(base) == read_published_checksums(warehouse)
    rejected = quarantined(warehouse, "submissions/bench_a.csv")
    assert rejected and {r[2] for r in rejected} == {full.run_ids[-1]}
    generate_submissions(raw / "submissions" / "bench_after_full.csv", 80, reference_dir=raw / "reference", seed=73)
    result = materialize(raw, warehouse, instance=instance, full=False)
    assert build_metadata(result, "build_start").startswith(FROM_BASE)
    assert quarantined(warehouse, "submissions/bench_a.csv") == rejected


def test_a_build_killed_while_changing_the_base_leaves_no_base_its_record_vouches_for(project, tmp_path, monkeypatch):
    """The base's record goes before its first change: a build that dies after catching the base up (its changes in
    DuckDB's write-ahead log, the file's size and time as recorded) leaves a base the next build does not use."""
    import assets.warehouse.publish as publish

    raw, warehouse, instance, _ = project
    base = base_of(warehouse)
    caught_up = publish.catch_up_by_source_file

    def dies_after_catching_up(con, published):
        caught_up(con, published)
        raise RuntimeError("killed after the catch-up")

    monkeypatch.setattr(publish, "catch_up_by_source_file", dies_after_catching_up)
    generate_submissions(raw / "submissions" / "bench_k.csv", 90, reference_dir=raw / "reference", seed=79)
    assert not materialize(raw, warehouse, instance=instance, full=False, raise_on_error=False).success
    assert base.exists() and base_unusable(base, warehouse) == "the base has no valid record of its checksums"
    monkeypatch.undo()
    result = materialize(raw, warehouse, instance=instance, full=False)
    assert build_metadata(result, "build_start").startswith(FROM_COPY)
    assert_same_as_full(raw, warehouse, tmp_path / "full")


def test_a_base_far_behind_is_not_caught_up(project):
    """After a build that added a large file, the base (the generation before it) lacks that file: catching it up
    would load a good part of the warehouse again, slower than the copy. The build copies the published file, and
    says why; the build after it starts from the base again."""
    raw, warehouse, instance, _ = project
    reference = raw / "reference"
    generate_submissions(raw / "submissions" / "bench_large.csv", 4_000, reference_dir=reference, seed=59)
    assert build_mode(materialize(raw, warehouse, instance=instance, full=False)) == "incremental"
    generate_submissions(raw / "submissions" / "bench_small.csv", 60, reference_dir=reference, seed=61)
    result = materialize(raw, warehouse, instance=instance, full=False)
    assert build_mode(result) == "incremental"
    assert build_metadata(result, "build_start").startswith(FROM_COPY)
    assert build_metadata(result, "base_not_used").startswith("the base is too far behind: ")
    # The next one starts from the base again: the generation the small file's build replaced holds the large file.
    generate_submissions(raw / "submissions" / "bench_small2.csv", 60, reference_dir=reference, seed=67)
    result = materialize(raw, warehouse, instance=instance, full=False)
    assert build_metadata(result, "build_start").startswith(FROM_BASE)
    assert build_metadata(result, "base_not_used") == ""


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
    # A base a build changed without finishing (DuckDB's write-ahead log beside it) is not used, whatever its record.
    wal = base.with_name(base.name + ".wal")
    wal.write_bytes(b"")
    assert base_unusable(base, published) == "the base has a write-ahead log beside it"
    wal.unlink()
    # Nor one without its record (written to since, or its record lost).
    (base.parent / ".checksums.json").unlink()
    assert base_unusable(base, published) == "the base has no valid record of its checksums"


def test_after_a_full_build_the_next_report_validates_the_inserted_rows_of_a_large_table(project, monkeypatch):
    """A full build's quality report cannot fingerprint a table too large to hash there (FINGERPRINT_MAX_ROWS: the
    facts at 10M rows); the publish fingerprints it from the checksum it computes anyway, so the next incremental
    build validates the rows it inserted instead of the whole table again (2.4 s at 10M facts)."""
    import checks.gx.report as report

    raw, warehouse, instance, _ = project
    monkeypatch.setattr(report, "FINGERPRINT_MAX_ROWS", 1_000)  # the full build's report runs in this process
    full = materialize(raw, warehouse, instance=instance, full=True)
    fingerprinted = materialization_metadata(full, "publish_warehouse")["quality_suites_fingerprinted"]
    assert "fact_indicator_value_suite" in fingerprinted
    summary = json.loads((warehouse.parent / "reports" / "quality" / "summary.json").read_text(encoding="utf-8"))
    assert all(s["fingerprint"] for s in summary["suites"])
    monkeypatch.undo()
    added = generate_submissions(raw / "submissions" / "bench_q.csv", 90, reference_dir=raw / "reference", seed=83)
    result = materialize(raw, warehouse, instance=instance, full=False)
    scope = materialization_metadata(result, "quality_report")["suites_on_changed_rows"]
    assert scope["fact_indicator_value_suite"].startswith(f"the {added.rows - added.bad_rows} rows this build inserted")
