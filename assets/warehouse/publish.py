"""Write-audit-publish: the run's first warehouse step starts the build file (empty, or for an
incremental build the previous generation's file or a copy of the published one, with only the delta
tables left), the last one publishes it atomically and keeps the file it replaced as the next base.
Between them every table is written and checked in the build file."""

import hashlib
import json
import os
import time
from pathlib import Path

import dagster as dg
import duckdb
from dagster import AssetExecutionContext

from assets.provenance import code_digest, git_commit
from assets.staging import StagedSources
from assets.warehouse.dictionary import create_table, describe, dictionary
from assets.warehouse.incremental import (
    BY_SOURCE_FILE,
    CHECKSUMS_FILE,
    DELTA_TABLES,
    FULL_BUILD_TAG,
    KEYS_FILE,
    PARTITIONS_TABLE,
    REPORT_TABLES,
    START_CHECKSUMS_FILE,
    START_STATE_FILE,
    BuildPlan,
    base_behind,
    base_unusable,
    catch_up_by_source_file,
    checksum_after_delta,
    copy_as_base,
    copy_from_published,
    decide,
    drop_base,
    keep_as_base,
    plan_path,
    published_partitions,
    read_published_checksums,
    read_start_checksums,
    register_delta_files,
    report_tables_unchanged,
    rules_passed,
    save_start_state,
    start_from_published,
    unfiled_rows,
    write_published_checksums,
    write_start_checksums,
)
from assets.warehouse.table_metadata import table_metadata
from checks.gx.report import fingerprint_from_checksums
from checks.gx.worker import start_quality_worker, stop_quality_worker
from storage.file_copy import copy_file
from storage.raw_files import RawFiles
from storage.settings import SCAN_DUCKDB_CONFIG
from storage.sql_text import sql_string, sql_strings
from storage.table_content import content_hash
from storage.warehouse import DUCKDB_CONFIG, Warehouse, fsync_directory


def table_checksums(con: duckdb.DuckDBPyConnection, known: dict[str, str] | None = None) -> dict[str, str]:
    """A checksum of each table's content, independent of row order and of run ids and times: the row
    count and the sum of DuckDB's 64-bit hash of every row (one pass, no sort: millions of rows are
    summed in a second; DuckDB's hash is stable within the pinned DuckDB version). `known`: checksums
    already derived (a delta table's, from its checksum in the start file and its delta), not computed again."""
    sums = {}
    tables = [
        r[0]
        for r in con.execute(
            "select table_name from duckdb_tables() where database_name = current_database() order by 1"
        ).fetchall()
    ]
    for table in tables:
        if known and table in known:
            sums[table] = known[table]
            continue
        _, rows, total = content_hash(con, table)
        sums[table] = f"{rows}:{total}"
    return sums


def _source_files(batch) -> list[str]:
    """The source files of a staged partition: those it read, and those its facts and quarantined rows
    name (what the incremental build deletes by when the partition changes)."""
    files = set(batch.rows_read) | set(batch.skipped)
    paths = [str(p) for p in (batch.path("facts"), batch.path("quarantine")) if p is not None]
    if paths:
        listed = sql_strings(paths)
        with duckdb.connect() as con:
            files |= {
                r[0]
                for r in con.execute(
                    f"SELECT DISTINCT source_file FROM read_parquet([{listed}], union_by_name = true) "
                    "WHERE source_file IS NOT NULL"
                ).fetchall()
            }
    return sorted(files)


def left_out_tables(context) -> tuple[str, ...]:
    """The tables of REPORT_TABLES whose assets this run does not materialize (a run of a subset of its job's
    assets: `dxw run` leaves them out when no report partition changed, pipelines.refresh)."""
    selected = context.run.asset_selection
    if not selected:  # None or empty: the job's every asset
        return ()
    return tuple(t for t in REPORT_TABLES if dg.AssetKey(t) not in selected)


def carried_tables(context, warehouse: Warehouse, plan: BuildPlan, published: list[dict], why_not) -> tuple:
    """The tables the run leaves out, which the build carries from the published file; fails the build when
    it cannot prove them unchanged (assets.warehouse.incremental.report_tables_unchanged): a table the run
    neither writes nor carries would be missing from the published warehouse."""
    left_out = left_out_tables(context)
    if not left_out:
        return ()
    current = {p["partition_key"]: p["run_id"] for p in plan.partitions if p["source"] == "staged_report_facts"}
    reason = report_tables_unchanged(context.instance, current, published, why_not, code_digest())
    if reason is not None:
        raise dg.Failure(
            f"this run does not write {', '.join(left_out)}, and the build cannot carry them from the published "
            f"file: {reason}. Run the whole build (job build_warehouse, or dxw run --full)."
        )
    return left_out


def _planned(
    context, warehouse: Warehouse, staged: list[dict], start: Path, source_files
) -> tuple[BuildPlan, list, str | None]:
    """The plan of a build starting from the file `start` (the published one, or the base), from the record of the
    partitions it was built from; with that record and why there is none."""
    recorded, why_not = published_partitions(start)
    before = {(p["source"], p["partition_key"]): p["run_id"] for p in recorded}
    full = context.run.tags.get(FULL_BUILD_TAG) == "true"
    current = [{**p, "source_files": None} for p in staged]
    for p in current:  # the files of a changed partition are read now; an unchanged one's were recorded
        if full or why_not or p["run_id"] is None or before.get((p["source"], p["partition_key"])) != p["run_id"]:
            p["source_files"] = source_files(p)
    plan = decide(current, recorded, why_not, full=full, code=code_digest(), as_of=warehouse.as_of_date.isoformat())
    for p in plan.partitions:
        if p["source_files"] is None:
            p["source_files"] = source_files(p)
    return plan, recorded, why_not


def plan_build(
    context, warehouse: Warehouse, staged_sources: StagedSources
) -> tuple[BuildPlan, tuple[str, ...], str | None]:
    """Full or incremental, the delta (assets.warehouse.incremental), the tables carried unwritten, and why the
    build does not start from the base (the generation before: Warehouse.base_path), None when it does, instead
    of a copy of the published file: when the base is usable, the plan from its own record is incremental too,
    and it is not too far behind (base_behind: catching it up would cost more than the copy). The plan is the one
    from the published file's record either way; from the base, its key_delta_files are the files changed since
    the base was published (the base plan's delta) and those of the plan."""
    staged, batches = [], {}
    for name, batch_list in staged_sources.batches().items():
        for key, batch in zip(sorted(staged_sources.meta["partitions"][name]), batch_list, strict=True):
            staged.append({"source": name, "partition_key": key, "run_id": batch.run_id})
            batches[(name, key)] = batch
    files: dict[tuple[str, str], list[str]] = {}

    def source_files(p: dict) -> list[str]:  # each partition's files read once, whichever plans need them
        key = (p["source"], p["partition_key"])
        if key not in files:
            files[key] = _source_files(batches[key])
        return list(files[key])

    plan, published, why_not = _planned(context, warehouse, staged, warehouse.published_path, source_files)
    carried = carried_tables(context, warehouse, plan, published, why_not)
    if not plan.incremental:
        return plan, carried, "a full build"
    if why_not_base := base_unusable(warehouse.base_path, warehouse.published_path):
        return plan, carried, why_not_base
    base_plan, _, _ = _planned(context, warehouse, staged, warehouse.base_path, source_files)
    if not base_plan.incremental:
        return plan, carried, f"from the base the build would be full: {base_plan.reason}"
    behind = set(base_plan.delta_files) - set(plan.delta_files)  # what the catch-up replaces
    if why_not_base := base_behind(warehouse.base_path, warehouse.published_path, sorted(behind)):
        return plan, carried, f"the base is too far behind: {why_not_base}"
    plan.key_delta_files = sorted(set(base_plan.delta_files) | set(plan.delta_files))
    return plan, carried, None


def start_from_base(warehouse: Warehouse, plan: BuildPlan, carried: tuple[str, ...]) -> list[str] | None:
    """Turn the base (the generation before) into the build file, in place: save what the keyed deltas read of it
    as it was (save_start_state), catch its tables by source file up with the published file's
    (catch_up_by_source_file), drop what the build writes anew (start_from_published), take the carried tables
    from the published file, and move it to the build file's place. Returns the relations dropped; None, the base
    untouched, when it cannot be used: a reader still has it open (it was the published file: DuckDB refuses the
    write lock), or a table by source file has rows without a file."""
    base, build, published = warehouse.base_path, warehouse.build_path, warehouse.published_path
    # The checksums it starts with: the keyed tables' are the base's, the by-file tables' the published ones'.
    published_checksums = read_published_checksums(published)
    start = {**read_published_checksums(base), **{t: published_checksums[t] for t in BY_SOURCE_FILE}}
    try:
        con = duckdb.connect(str(base), config=warehouse.duckdb_config())
    except duckdb.Error:  # held by a reader (DuckDB's lock), or not a file DuckDB opens: copy instead
        return None
    with con:
        con.execute(f"ATTACH {sql_string(published)} AS _published_check (READ_ONLY)")
        unfiled = unfiled_rows(con) + unfiled_rows(con, "_published_check")
        con.execute("DETACH _published_check")
        if unfiled:
            return None
        # From here on the base changes: its record goes first, so that a build killed on the way never leaves a
        # changed base that its record still vouches for (DuckDB's write-ahead log leaves the file as it was).
        (base.parent / CHECKSUMS_FILE).unlink(missing_ok=True)
        fsync_directory(base.parent)
        register_delta_files(con, plan, for_keys=True)
        save_start_state(con, build)
        catch_up_by_source_file(con, published)
        dropped = start_from_published(con)
        if carried:
            copy_from_published(con, published, carried)
        con.execute("CHECKPOINT")
    os.replace(base, build)
    write_start_checksums(build, start)
    return dropped


@dg.asset(
    group_name="warehouse",
    kinds={"duckdb"},
    # After the union of the staged partitions: a build starts when the staged data it reads changed.
    description=(
        "Start of write-audit-publish: removes a stale build file left by a failed or killed run, decides whether "
        "the run builds incrementally (only the staged partitions changed since the last publish) or fully "
        "(assets.warehouse.incremental), and starts the build file in data/warehouse/.build/: EMPTY for a full "
        "build; for an incremental one, the base the last publish kept in data/warehouse/.base/ (the file it "
        "replaced, or a copy of a full build), moved there with its tables by source file caught up with the "
        "published ones (its keyed tables are then recomputed for every file changed since it), or, when it cannot "
        "be used (metadata base_not_used says why), a file copy of the published warehouse; either with every relation but the "
        "tables that take a delta dropped. Every warehouse asset and check of the run writes there, from the "
        "staged store; so a table that no asset writes any more is not in the next published warehouse. A run that "
        "leaves out the tables made of the reports alone (dim_document, report_unclaimed_mention: `dxw run` when no "
        "report changed) has them carried from the published file, once proved unchanged, or fails."
    ),
)
def warehouse_build(context: AssetExecutionContext, warehouse: Warehouse, staged_sources: StagedSources):
    build = warehouse.build_path
    warehouse.release_build_file(forget=True)  # a file held by an earlier run of this process is stale too
    stale = [p for p in build.parent.glob("*") if p.is_file()] if build.parent.exists() else []
    for path in stale:
        path.unlink()
    build.parent.mkdir(parents=True, exist_ok=True)
    plan, carried, why_not_base = plan_build(context, warehouse, staged_sources)
    if plan.incremental:  # it validates the inserted rows: Great Expectations is imported meanwhile (checks.gx.worker)
        # unless one is held: `dxw run` starts it when it plans an incremental build
        start_quality_worker(prepare_for=(warehouse.gx_context_dir, warehouse.quality_dir, DELTA_TABLES))
    else:  # a full build validates in this process (a worker started for a build planned incremental, or one
        stop_quality_worker()  # left by an earlier run of this process that did not reach its quality report)
    started = time.perf_counter()
    start, dropped = "empty file", []
    if why_not_base is None:
        dropped = start_from_base(warehouse, plan, carried)
        if dropped is None:  # the base cannot be used: a copy of the published file
            why_not_base = "a reader still has it open, or a table by source file has rows without a file"
            plan.key_delta_files = []
        else:
            start = "the base (data/warehouse/.base/), brought up to date in place (no copy)"
    if not build.exists():  # a full build, or a copy: the base would only take disk space meanwhile
        drop_base(warehouse.base_path)
        if plan.incremental:
            start = f"copy of the published file ({copy_file(warehouse.published_path, build)})"
            write_start_checksums(build, read_published_checksums(warehouse.published_path))
        with duckdb.connect(str(build), config=DUCKDB_CONFIG) as con:
            if plan.incremental:
                dropped = start_from_published(con, carried)
            elif carried:  # a full build into an empty file: the tables the run does not write, as published
                copy_from_published(con, warehouse.published_path, carried)
    plan.write(plan_path(build))
    if plan.incremental:  # its steps write little each: the file stays open from one to the next
        warehouse.hold_build_file()
    context.log.info(f"{plan.mode} build: {plan.reason}")
    return dg.MaterializeResult(
        metadata={
            "build_file": dg.MetadataValue.path(str(build)),
            "stale_files_removed": len(stale),
            "build_mode": plan.mode,
            "build_reason": plan.reason,
            "build_start": start,
            "base_not_used": why_not_base or "",
            "build_start_seconds": round(time.perf_counter() - started, 3),
            "relations_dropped": len(dropped),
            # not materialized by this run: kept as published, proved unchanged (report_tables_unchanged)
            "carried_from_published": dg.MetadataValue.json(list(carried)),
            "delta_files": len(plan.delta_files),
            "changed_partitions": dg.MetadataValue.json(plan.changed),
            "removed_partitions": dg.MetadataValue.json(plan.removed),
        }
    )


@dg.asset(
    name=PARTITIONS_TABLE,
    group_name="warehouse",
    kinds={"duckdb"},
    description=describe(PARTITIONS_TABLE),
    deps=["warehouse_build"],
)
def warehouse_partitions(warehouse: Warehouse) -> dg.MaterializeResult:
    plan = BuildPlan.read(plan_path(warehouse.build_path))
    rows = [
        (p["source"], p["partition_key"], p["run_id"], p["source_files"], plan.code, plan.as_of)
        for p in plan.partitions
    ]
    with warehouse.connect() as con:
        con.execute(
            "CREATE TEMP TABLE _partitions (source VARCHAR, partition_key VARCHAR, run_id VARCHAR, "
            "source_files VARCHAR[], code_digest VARCHAR, as_of VARCHAR)"
        )
        if rows:
            con.executemany("INSERT INTO _partitions VALUES (?, ?, ?, ?, ?, ?)", rows)
        create_table(con, PARTITIONS_TABLE, "SELECT * FROM _partitions ORDER BY source, partition_key")
        return dg.MaterializeResult(metadata={**table_metadata(con, PARTITIONS_TABLE), "build_mode": plan.mode})


PUBLISHED_AFTER = [name for name in dictionary()] + ["quality_report", "comparison_report"]


@dg.asset(
    group_name="publish",
    kinds={"duckdb"},
    deps=PUBLISHED_AFTER,
    description=(
        "End of write-audit-publish: once every table, mart, blocking check and the quality report of the run "
        "succeeded, replaces the published data/warehouse/dx.duckdb with the build file in one atomic rename. "
        "Records the run id, git commit, raw file hashes, row counts and a content checksum per table. Keeps the "
        "base the next incremental build starts from in data/warehouse/.base/: the file it replaced (a second "
        "name, no copy), or after a full build a copy of the new one."
    ),
)
def publish_warehouse(context: AssetExecutionContext, warehouse: Warehouse, raw: RawFiles) -> dg.MaterializeResult:
    stop_quality_worker()  # the reports are done: the worker that drew them is no longer needed
    build, published = warehouse.build_path, warehouse.published_path
    # A table that took a delta in place: its checksum in the start file, minus the rows deleted, plus those
    # inserted (the sums of their hashes, recorded by the delta); every other table is read whole.
    incremental = BuildPlan.read(plan_path(build)).incremental
    start = read_start_checksums(build) if incremental else {}
    derived = {t: c for t in DELTA_TABLES if (c := checksum_after_delta(build, t, start)) is not None}
    warehouse.release_build_file(forget=True)  # held open by the run's writing steps (Warehouse.hold_build_file)
    with duckdb.connect(str(build), config=SCAN_DUCKDB_CONFIG) as con:
        con.execute("CHECKPOINT")
        checksums = table_checksums(con, derived)
        counts = {t: int(c.split(":")[0]) for t, c in checksums.items()}
        fingerprinted = fingerprint_from_checksums(warehouse.quality_dir, con, checksums)
    with open(build, "rb") as handle:
        os.fsync(handle.fileno())
    # The base the next incremental build starts from (warehouse_build), so that it copies nothing: the file this
    # publish replaces, or, after a full build (which must not come back from the file it replaced), a copy of it.
    base = keep_as_base(published, warehouse.base_path) if incremental else ""
    os.replace(build, published)
    fsync_directory(published.parent)
    write_published_checksums(published, checksums, rules_passed(build, forget=True))
    if not incremental:
        base = copy_as_base(published, warehouse.base_path)
    for served in (KEYS_FILE, START_CHECKSUMS_FILE, START_STATE_FILE):  # these served this build only
        (build.parent / served).unlink(missing_ok=True)
    plan_path(build).unlink(missing_ok=True)
    raw_hashes = raw.state()
    return dg.MaterializeResult(
        metadata={
            "published": dg.MetadataValue.path(str(published)),
            "run_id": context.run.run_id,
            "git_commit": git_commit(),
            "row_counts": dg.MetadataValue.json(counts),
            "table_checksums": dg.MetadataValue.json(checksums),
            "checksums_from_delta": dg.MetadataValue.json(sorted(derived)),
            "base_for_the_next_build": base,
            # the quality report's suites of tables too large to fingerprint there (checks.gx.report)
            "quality_suites_fingerprinted": dg.MetadataValue.json(fingerprinted),
            "raw_file_sha256": dg.MetadataValue.json(raw_hashes),
            "warehouse_checksum": hashlib.sha256(json.dumps(checksums, sort_keys=True).encode()).hexdigest(),
        }
    )
