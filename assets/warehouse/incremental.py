"""The incremental build: bring the published warehouse up to date with the staged partitions that
changed since it was published, instead of rebuilding every table from every partition.

warehouse_build decides, once per run, how the run builds (a BuildPlan, kept beside the build file):

- FULL (every table from every staged partition, into an empty build file) when asked (`dxw run
  --full`, a full refresh: the run tag FULL_BUILD_TAG), when there is no published warehouse or it
  has no record of the partitions it was built from (warehouse_partitions), when the code or the
  as-of day it was built with differ, when no partition is unchanged, or when a source file belongs
  to a changed and an unchanged partition at once (deleting by file would then be wrong);
- INCREMENTAL otherwise. The delta is the source files of the partitions whose staging run differs
  from the one recorded at the last publish (changed, added or removed partitions). The build starts
  from the base the last publish kept: the file it replaced (keep_as_base: a second name of it, no copy),
  the published file of the generation before, moved into place: its tables by source file caught up with the
  published file's rows of every file changed since it was published (catch_up_by_source_file), and its
  keyed tables recomputed for the keys of those files' facts too (BuildPlan.key_delta_files). When there
  is none, or it cannot be used (base_unusable: no valid record, a second name of the published file, a
  write-ahead log left beside it; a reader in another process still has it open; its plan is full;
  catching it up would cost more than the copy: base_behind), the build starts from a file copy of the
  published one (2.4 GB at 10M submitted rows: 1.8 s of one core, in every run that added one small
  file). After a full build the base is a copy of it (copy_as_base). A reader in the run's own process
  is not seen (DuckDB's lock is per process): nothing in `dxw run` keeps the published file open. From
  the start file every relation but the tables that take a delta (DELTA_TABLES) is dropped at once
  (start_from_published), so every other asset writes its table into a file that does not have it, as in
  a full build, and a table no asset writes is never carried. The delta tables are changed in place (apply_delta: DELETE, then INSERT, in one transaction):
  * fact_indicator_value, load_audit and quarantine (BY_SOURCE_FILE): the rows of the delta's files are
    deleted, and the rows of the changed partitions' staged Parquet files inserted;
  * fact_indicator_preferred: the rows of the keys a deleted or inserted fact touches (or a source whose
    priority, kind or domain changed) are deleted, and those keys recomputed by the same SQL file over their
    facts only;
  * fact_conflict (by indicator, grouping and period; every DTI level and change when one is touched),
    mart_province_comparison (by indicator and period, widened through ref_national_average),
    mart_annual_ranking (by indicator, year and grouping) and mart_target_attainment (by unit and indicator,
    those with a target) likewise, unless a reference table they read changed (then rebuilt whole, in place);
    the touched keys, and whether those reference tables changed, are found once per build (delta_keys,
    references_changed);
  * every other table is rebuilt whole, as in a full build (they are small, or read whole tables).
The start file as it was is still read for what the keyed deltas deleted (the keys of its facts) and
for the reference tables the delta's size depends on: the published file, attached read-only, when the
build copied it; those tables saved before the start file changed (save_start_state), when it is the
generation before. Rows kept from the published file keep their
run ids and times (load_audit's and quarantine's run_id, recorded_at; caught up from the published file
when the build starts from the generation before). Kept rows stay where they were and the recomputed
ones follow: `--full` sorts again.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import dagster as dg
import duckdb

from assets.warehouse.dictionary import described_table
from storage.file_copy import copy_file, file_identity
from storage.sql_text import sql_string, sql_strings
from storage.table_content import content_columns, rows_hash

FULL_BUILD_TAG = "dxw/full_build"
PARTITIONS_TABLE = "warehouse_partitions"
PLAN_FILE = "build_plan.json"
DELTA_CHECKSUM_FILE = "delta_checksum.{table}.json"  # beside the build file: what a table's delta did
PUB = "_published"
# fact_indicator_value's order in a full build (the delta's facts are inserted in this order too).
FACT_ORDER = "indicator_code, year, grouping, province_code, source_id, source_file, source_line"
KEY_COLUMNS = ("province_code", "indicator_code", "grouping", "period_start", "period_end", "is_target")


@dataclass
class BuildPlan:
    mode: str  # "full" or "incremental"
    reason: str
    # One row per staged partition the build loads: source asset, partition key, the run that staged it,
    # its source files (what warehouse_partitions records).
    partitions: list[dict] = field(default_factory=list)
    delta_files: list[str] = field(default_factory=list)  # source files whose rows are replaced
    # When the build starts from the generation before (keep_as_base): the files changed since it was published
    # (a superset of delta_files), whose facts' keys the keyed tables recompute; empty: delta_files.
    key_delta_files: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)  # source asset -> partition keys restaged or added
    removed: dict[str, list[str]] = field(default_factory=dict)
    code: str = ""
    as_of: str = ""

    @property
    def incremental(self) -> bool:
        return self.mode == "incremental"

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), ensure_ascii=False, sort_keys=True), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> BuildPlan:
        if not path.exists():
            return cls("full", "no build plan")
        return cls(**json.loads(path.read_text(encoding="utf-8")))


def plan_path(build_path: Path) -> Path:
    return build_path.parent / PLAN_FILE


def published_partitions(published: Path) -> tuple[list[dict], str | None]:
    """The partitions the published warehouse was built from, or why there is no usable record."""
    if not published.exists():
        return [], "no published warehouse"
    with duckdb.connect(str(published), read_only=True) as con:
        exists = con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND database_name = current_database()",
            [PARTITIONS_TABLE],
        ).fetchone()[0]
        if not exists:
            return [], f"the published warehouse has no {PARTITIONS_TABLE}"
        cursor = con.execute(f"SELECT * FROM {PARTITIONS_TABLE}")
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()], None


def decide(
    current: list[dict], published: list[dict], why_not: str | None, *, full: bool, code: str, as_of: str
) -> BuildPlan:
    """`current`: the partitions staged now (source, partition_key, run_id, source_files: None
    when not yet read); `published`: warehouse_partitions of the published file."""

    def plan(mode: str, reason: str, **kwargs) -> BuildPlan:
        return BuildPlan(mode, reason, partitions=current, code=code, as_of=as_of, **kwargs)

    if full:
        return plan("full", "asked for (--full, or a full refresh)")
    if why_not:
        return plan("full", why_not)
    if any(p["code_digest"] != code for p in published):
        return plan("full", "the code changed since the last publish")
    if any(str(p["as_of"]) != as_of for p in published):
        return plan("full", "the as-of day changed since the last publish")
    before = {(p["source"], p["partition_key"]): p for p in published}
    now = {(p["source"], p["partition_key"]): p for p in current}
    changed = [k for k, p in now.items() if p["run_id"] is None or before.get(k, {}).get("run_id") != p["run_id"]]
    removed = [k for k in before if k not in now]
    unchanged = [k for k in now if k not in changed]
    if not unchanged and (changed or removed):
        return plan("full", "every partition changed")
    for key in unchanged:  # the files of an unchanged partition are those recorded when it was published
        now[key]["source_files"] = list(before[key]["source_files"])
    delta = {f for k in changed + removed for f in before.get(k, {}).get("source_files") or []}
    delta |= {f for k in changed for f in now[k]["source_files"]}
    kept = {f for k in unchanged for f in now[k]["source_files"]}
    if delta & kept:
        return plan("full", f"a source file is in a changed and an unchanged partition: {sorted(delta & kept)[:3]}")

    def by_source(keys):
        out: dict[str, list[str]] = {}
        for source, key in sorted(keys):
            out.setdefault(source, []).append(key)
        return out

    words = [f"{len(changed)} partition(s) changed or added", f"{len(removed)} removed", f"{len(delta)} file(s)"]
    return plan(
        "incremental",
        ", ".join(words),
        delta_files=sorted(delta),
        changed=by_source(changed),
        removed=by_source(removed),
    )


# Tables a build can carry from the published file, unwritten, when its run leaves their assets out (`dxw run`
# does when no report partition changed: pipelines.refresh), and why each is then what the build would write:
# the same code (the code digest of the publish) over the same staged input.
REPORT_TABLES = {
    "dim_document": "report_documents of every report partition (assets.warehouse.loaders.dim_document)",
    "report_unclaimed_mention": "the unclaimed numbers of staged_report_facts, every report partition's",
}


def report_tables_unchanged(
    instance, current: dict[str, str | None], published: list[dict], why_not: str | None, code: str
) -> str | None:
    """None when the published file's REPORT_TABLES are the tables this build would write; else why not.

    `current`: report partition -> the run that staged its facts (the staged store's record); `published`:
    warehouse_partitions of the published file (`why_not`: why there is none). The tables are made of the
    report partitions' staged outputs only (REPORT_TABLES), by code whose digest the publish recorded. So
    they cannot differ when the code is the same, the report partitions are those the published file was
    built from, each staged by the run recorded there (staged_report_facts, the unclaimed numbers), and no
    report_documents partition was materialized after that run's staged_report_facts (the stage_reports job
    materializes report_documents first, then staged_report_facts from it, in one run; Dagster's event log
    orders them)."""
    if why_not:
        return why_not
    if any(p["code_digest"] != code for p in published):
        return "the code changed since the last publish"
    recorded = {p["partition_key"]: p["run_id"] for p in published if p["source"] == "staged_report_facts"}
    if current != recorded:
        return "a report partition was staged, added or removed since the last publish"
    keys = set(current)
    if not keys:
        return None
    latest = {
        name: instance.get_latest_storage_id_by_partition(
            dg.AssetKey(name), dg.DagsterEventType.ASSET_MATERIALIZATION, keys
        )
        for name in ("staged_report_facts", "report_documents")
    }
    facts, documents = latest["staged_report_facts"], latest["report_documents"]
    later = sorted(k for k in keys if k not in facts or documents.get(k, -1) > facts[k])
    if later:
        return f"report_documents materialized after the facts staged from it: {', '.join(later[:3])}"
    return None


def attach_published(con: duckdb.DuckDBPyConnection, published: Path) -> None:
    con.execute(f"ATTACH {sql_string(published)} AS {PUB} (READ_ONLY)")


def register_delta_files(con: duckdb.DuckDBPyConnection, plan: BuildPlan, *, for_keys: bool = False) -> None:
    """TEMP _delta_files: the files whose rows the delta replaces; `for_keys`: those whose facts' keys the keyed
    tables recompute (key_delta_files, when the build started from the generation before)."""
    files = (plan.key_delta_files or plan.delta_files) if for_keys else plan.delta_files
    con.execute("CREATE OR REPLACE TEMP TABLE _delta_files (source_file VARCHAR)")
    if files:
        con.executemany("INSERT INTO _delta_files VALUES (?)", [[f] for f in files])


def start_from_published(con: duckdb.DuckDBPyConnection, carried: tuple[str, ...] = ()) -> list[str]:
    """In the file an incremental build starts from (a copy of the published one, or the generation before): drop
    every view and every table but DELTA_TABLES
    and `carried` (tables the run does not write, proved unchanged: REPORT_TABLES), so each other asset
    writes its table into a file without it, as in a full build. Returns what was dropped."""
    relations = con.execute(
        "SELECT view_name, 'VIEW' FROM duckdb_views() WHERE database_name = current_database() AND NOT internal "
        "UNION ALL SELECT table_name, 'TABLE' FROM duckdb_tables() WHERE database_name = current_database() "
        "ORDER BY 2 DESC, 1"  # views first: a view may read a table
    ).fetchall()
    kept = (*DELTA_TABLES, *carried)
    dropped = [(name, kind) for name, kind in relations if kind == "VIEW" or name not in kept]
    con.execute("BEGIN TRANSACTION")
    for name, kind in dropped:
        con.execute(f'DROP {kind} "{name}"')
    con.execute("COMMIT")
    return [name for name, _ in dropped]


def copy_from_published(con: duckdb.DuckDBPyConnection, published: Path, tables: tuple[str, ...]) -> None:
    """Into a build file that does not have them (a full build): `tables` as the published file holds them,
    with their comments (tables a run leaves out, proved unchanged: REPORT_TABLES)."""
    attach_published(con, published)
    try:
        for table in tables:
            with described_table(con, table):
                con.execute(f'CREATE TABLE "{table}" AS FROM {PUB}."{table}"')
    finally:
        con.execute(f"DETACH {PUB}")


# Up to this many deleted rows are hashed from what DELETE ... RETURNING hands back (fetched into Arrow);
# more are hashed by a scan of the table before the DELETE (their memory would otherwise grow with the delta).
RETURNED_ROWS_MAX = 200_000


def _deleted_rows_hash(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], deleted: str) -> tuple[int, int]:
    """DELETE the rows of `table` for which `deleted` holds; returns their count and hash sum (rows_hash).

    Hashing them with a scan reads every column of every row of the table to find the few deleted ones (DuckDB
    does not fetch the other columns of the matching rows only): 1.5 s on the 10M bench's preferred facts for
    100 rows. The DELETE finds them by the condition's columns and hands back just those rows (RETURNING),
    which are hashed as the table's own types (cast back from Arrow): 0.2 s with the delete itself."""
    doomed = con.execute(f'SELECT count(*) FROM "{table}" WHERE {deleted}').fetchone()[0]
    if doomed > RETURNED_ROWS_MAX:
        gone = rows_hash(con, f'"{table}"', columns, deleted)
        con.execute(f'DELETE FROM "{table}" WHERE {deleted}')
        return gone
    projection = ", ".join(f'"{c}"' for c in columns)
    returned = con.execute(f'DELETE FROM "{table}" WHERE {deleted} RETURNING {projection}').to_arrow_table()
    types = dict(
        con.execute(
            "SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = current_database() "
            "AND table_name = ?",
            [table],
        ).fetchall()
    )
    con.register("_returned", returned)
    try:
        typed = ", ".join(f'CAST("{c}" AS {types[c]}) AS "{c}"' for c in columns)
        return rows_hash(con, f"(SELECT {typed} FROM _returned)", columns)
    finally:
        con.unregister("_returned")


def apply_delta(con: duckdb.DuckDBPyConnection, table: str, deleted: str, added: str) -> dict:
    """In place: delete the rows of `table` for which the condition `deleted` holds, insert the rows of
    the SELECT `added`; one transaction. Returns the rows and the sum of content hashes
    (storage.table_content) deleted and inserted, from which the publish derives the table's checksum
    without reading the table whole (record_delta_checksum).

    The table keeps its comments: it is the published file's, whose comments the same code wrote (an
    incremental build needs the code digest of the publish, which covers the dictionary, tables.yaml), and
    DELETE and INSERT leave them. Writing them again cost a COMMENT statement per column, 0.015-0.03 s per
    table, eight tables per build."""
    columns = content_columns(con, table)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _added AS {added}")
        new = rows_hash(con, "_added", columns)
        gone = _deleted_rows_hash(con, table, columns, deleted)
        con.execute(f'INSERT INTO "{table}" SELECT * FROM _added')
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    con.execute("DROP TABLE _added")
    return {"rows_deleted": gone[0], "rows_inserted": new[0], "hash_deleted": gone[1], "hash_inserted": new[1]}


CHECKSUMS_FILE = ".checksums.json"  # beside the published file: its table checksums, and which file they are of


def _published_record(published: Path) -> dict:
    """What the publish recorded of `published`; nothing when the record is missing or is of another file
    (replaced, or written to, since)."""
    try:
        record = json.loads((published.parent / CHECKSUMS_FILE).read_text(encoding="utf-8"))
        return record if record["file"] == file_identity(published) else {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


# The file an incremental build starts from (assets.warehouse.publish.warehouse_build) is a copy of the published
# file, or the published file of the generation before (Warehouse.base_path, kept by keep_as_base), changed in
# place: its tables by source file caught up with the published file's (catch_up_by_source_file), its keyed tables
# recomputed, later, for the keys of every file changed since it was published (BuildPlan.key_delta_files). The
# deltas work against the start file as it was: its checksums (START_CHECKSUMS_FILE, from which the publish derives
# a delta table's), and, from the generation before (which cannot be attached as it was once changed), the tables
# the keyed deltas read of it (START_STATE_FILE: save_start_state).
START_CHECKSUMS_FILE = "start_checksums.json"  # beside the build file
START_STATE_FILE = "start_state.duckdb"  # beside the build file


def drop_base(base: Path) -> None:
    """Remove the base and its record: before another is kept, and when a build does not start from it (a full
    build, or one that copies), where it would only take disk space while the build writes its own file."""
    base.parent.mkdir(parents=True, exist_ok=True)
    for old in (base, base.with_name(base.name + ".wal"), base.parent / CHECKSUMS_FILE):
        old.unlink(missing_ok=True)


def keep_as_base(published: Path, base: Path) -> str:
    """Before an incremental build's publish replaces `published`: keep that file as `base` (a second name of it,
    no copy) with its record, for the next incremental build to start from; any older base is removed. Returns
    what it did."""
    partial = base.with_name(base.name + ".partial")
    try:  # never a reason to fail the publish: without a base, the next build copies
        drop_base(base)
        record = _published_record(published) if published.exists() else {}
        if not record.get("tables"):
            return "no base kept: the published file has no record of its checksums"
        partial.unlink(missing_ok=True)
        os.link(published, partial)  # a filesystem without hard links: no base
        os.replace(partial, base)
        record_partial = base.parent / (CHECKSUMS_FILE + ".partial")
        record_partial.write_text(json.dumps(record), encoding="utf-8")  # the same file: the same identity
        os.replace(record_partial, base.parent / CHECKSUMS_FILE)
        return "kept"
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
            drop_base(base)
        return f"no base kept: {error}"


def copy_as_base(published: Path, base: Path) -> str:
    """After a full build's publish: a copy of the published file as the base, with its record. The file a full
    build replaced must not be the base: its rows would come back in the next build wherever nothing changed
    since (whatever `--full` was run to rebuild, the run ids of the rows it reloaded, the facts' sorted order); and
    a full refresh restages every partition, so the plan from it is full anyway. The copy, made once here, spares
    the next incremental build its own (1.8 s of a 120 s full build at 10M submitted rows). It is written to disk
    before its record, which a torn copy could otherwise match."""
    partial = base.with_name(base.name + ".partial")
    try:  # never a reason to fail the publish: without a base, the next build copies
        drop_base(base)
        record = _published_record(published)
        if not record.get("tables"):
            return "no base kept: the published file has no record of its checksums"
        copy_file(published, partial)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, base)
        write_published_checksums(base, record["tables"], record.get("rules_passed", []))
        return "a copy of this full build"
    except OSError as error:  # a disk too full for a second copy, say
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
            drop_base(base)
        return f"no base kept: {error}"


def base_unusable(base: Path, published: Path) -> str | None:
    """Why the build cannot start from `base`, or None. Both files need a valid record, and the base must be a
    file of its own: never the published file under a second name (a publish stopped between keep_as_base and the
    rename leaves both names on one file), nor a file another name still leads to."""
    if not base.exists():
        return "no base"
    if base.with_name(base.name + ".wal").exists():  # changed by a build that did not finish: not what its record says
        return "the base has a write-ahead log beside it"
    if not read_published_checksums(base):
        return "the base has no valid record of its checksums"
    if not set(BY_SOURCE_FILE) <= set(read_published_checksums(published)):  # the by-file tables start as published
        return "the published file has no valid record of its checksums"
    if published.exists() and os.path.samefile(base, published):
        return "the base is the published file"
    if base.stat().st_nlink != 1:
        return "another name leads to the base file"
    return None


# The generation before is used while catching it up costs less than the copy it saves: at most this share of the
# published rows (read) belongs to the files changed since it was published. A base further behind (say, the file
# of a full build without a large submission, when the next publish added it) would have most of the warehouse
# caught up and recomputed, slower than the copy (at 10M submitted rows: 8.2 s against 1.8 s for the copy).
BASE_CATCH_UP_MAX_SHARE = 0.02


def base_behind(base: Path, published: Path, files: list[str]) -> str | None:
    """Why the base is too far behind the published file to start from (BASE_CATCH_UP_MAX_SHARE), or None: the
    rows read from `files` (the files changed since the base was published), in both files' load_audit, against
    every row read into the published file."""
    if not files:
        return None
    with duckdb.connect(str(published), read_only=True) as con:
        con.execute(f"ATTACH {sql_string(base)} AS _base (READ_ONLY)")
        listed = sql_strings(files)
        changed, total = con.execute(
            f"SELECT (SELECT coalesce(sum(rows_read), 0) FROM load_audit WHERE source_file IN ({listed})) "
            f"+ (SELECT coalesce(sum(rows_read), 0) FROM _base.load_audit WHERE source_file IN ({listed})), "
            "(SELECT coalesce(sum(rows_read), 0) FROM load_audit)"
        ).fetchone()
    if changed > BASE_CATCH_UP_MAX_SHARE * max(total, 1):
        return f"{changed:,} rows of files changed since it, more than {BASE_CATCH_UP_MAX_SHARE:.0%} of {total:,}"
    return None


def save_start_state(con: duckdb.DuckDBPyConnection, build_path: Path) -> None:
    """In the start file, before the build changes it (the key delta's files registered: register_delta_files
    with for_keys), into START_STATE_FILE: the tables the keyed deltas read of the start file (affected_fact_keys,
    references_changed): dim_source, the reference tables of the keyed tables, and the facts of those files (the
    only start facts read: a fact of a changed source outside them is the build's too, unchanged)."""
    state = build_path.parent / START_STATE_FILE
    state.unlink(missing_ok=True)
    tables = {"dim_source", *(t for _, references in KEYED_TABLES.values() for t in references)}
    present = {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
        ).fetchall()
    }
    con.execute(f"ATTACH {sql_string(state)} AS _start_state")
    try:
        for table in sorted(tables & present):
            con.execute(f'CREATE TABLE _start_state."{table}" AS FROM "{table}"')
        con.execute(
            f"CREATE TABLE _start_state.fact_indicator_value AS FROM fact_indicator_value WHERE {IN_DELTA_FILES}"
        )
    finally:
        con.execute("DETACH _start_state")


def catch_up_by_source_file(con: duckdb.DuckDBPyConnection, published: Path) -> None:
    """In the generation before, the key delta's files registered (register_delta_files with for_keys): the rows
    of those files in BY_SOURCE_FILE tables replaced by the published file's, in one transaction, so those tables
    are the published ones (every other file's rows did not change since) and the build's own delta replaces what
    changed since the publish, as from a copy; the rows keep the run ids and times they were published with."""
    con.execute(f"ATTACH {sql_string(published)} AS _published_now (READ_ONLY)")
    con.execute("BEGIN TRANSACTION")
    try:
        for table in BY_SOURCE_FILE:
            con.execute(f'DELETE FROM "{table}" WHERE {IN_DELTA_FILES}')
            con.execute(f'INSERT INTO "{table}" SELECT * FROM _published_now."{table}" WHERE {IN_DELTA_FILES}')
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute("DETACH _published_now")


def unfiled_rows(con: duckdb.DuckDBPyConnection, database: str = "") -> int:
    """Rows of BY_SOURCE_FILE tables without a source file (none is staged so today): they cannot be caught up
    or replaced by file."""
    prefix = f'"{database}".' if database else ""
    return sum(
        con.execute(f'SELECT count(*) FROM {prefix}"{table}" WHERE source_file IS NULL').fetchone()[0]
        for table in BY_SOURCE_FILE
    )


def start_state_path(build_path: Path, published: Path, plan: BuildPlan) -> Path:
    """What the deltas attach as the start file as it was: START_STATE_FILE when the build started from the
    generation before (key_delta_files set: it must be there), else the published file (which it copied)."""
    if not plan.key_delta_files:
        return published
    state = build_path.parent / START_STATE_FILE
    if not state.exists():
        raise FileNotFoundError(f"{state}: the build started from the generation before, but what it was is not saved")
    return state


def write_start_checksums(build_path: Path, checksums: dict[str, str]) -> None:
    (build_path.parent / START_CHECKSUMS_FILE).write_text(json.dumps(checksums), encoding="utf-8")


def read_start_checksums(build_path: Path) -> dict[str, str]:
    """The table checksums of the file the build started from (none: a full build, or none recorded)."""
    try:
        return json.loads((build_path.parent / START_CHECKSUMS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def read_published_checksums(published: Path) -> dict[str, str]:
    """The table checksums recorded when `published` was published (none: see _published_record)."""
    return _published_record(published).get("tables", {})


def write_published_checksums(published: Path, checksums: dict[str, str], rules_passed: list[str]) -> None:
    """With the checksums, the rules the build run checked and passed (record_rule_passed)."""
    partial = published.parent / (CHECKSUMS_FILE + ".partial")
    record = {"file": file_identity(published), "tables": checksums, "rules_passed": sorted(rules_passed)}
    partial.write_text(json.dumps(record), encoding="utf-8")
    os.replace(partial, published.parent / CHECKSUMS_FILE)


RULE_PASSED_FILE = "rule_passed.{rule}"  # beside the build file: a rule the run checked, and passed


def record_rule_passed(build_path: Path, rule: str) -> None:
    (build_path.parent / RULE_PASSED_FILE.format(rule=rule)).touch()


def rules_passed(build_path: Path, *, forget: bool = False) -> list[str]:
    """The rules recorded as passed in this build; with `forget`, the records are removed (the publish)."""
    prefix = RULE_PASSED_FILE.format(rule="")
    records = sorted(build_path.parent.glob(prefix + "*"))
    if forget:
        for record in records:
            record.unlink()
    return [record.name.removeprefix(prefix) for record in records]


def delta_checksum_path(build_path: Path, table: str) -> Path:
    return build_path.parent / DELTA_CHECKSUM_FILE.format(table=table)


def record_delta_checksum(build_path: Path, table: str, delta: dict) -> None:
    """Written after the delta's transaction committed; warehouse_build removes it with the build file."""
    delta_checksum_path(build_path, table).write_text(json.dumps(delta), encoding="utf-8")


def checksum_after_delta(build_path: Path, table: str, start: dict[str, str]) -> str | None:
    """`table`'s checksum ("rows:sum") in the build file: its checksum in the file the build started from
    (`start`: read_start_checksums), minus what its delta deleted, plus what it inserted; None when the table
    took no delta (rebuilt whole) or has no start checksum."""
    path = delta_checksum_path(build_path, table)
    if table not in start or not path.exists():
        return None
    delta = json.loads(path.read_text(encoding="utf-8"))
    rows, total = (int(part) for part in start[table].split(":"))
    rows += delta["rows_inserted"] - delta["rows_deleted"]
    total += delta["hash_inserted"] - delta["hash_deleted"]
    return f"{rows}:{total}"


IN_DELTA_FILES = "source_file IN (SELECT source_file FROM _delta_files)"


def _matches(left: str, right: str, columns: tuple[str, ...], nullable: set[str] | None = None) -> str:
    """`left`'s `columns` equal to `right`'s, NULL matching NULL (IS NOT DISTINCT FROM). A column in which
    `right` holds no NULL (not in `nullable`; every column when None) is compared with `=`, which matches
    the same rows there (a NULL on the left equals no key that is not NULL) and lets DuckDB filter the scan
    of `left` by the keys it joins on (see _key_match)."""
    nullable = set(columns) if nullable is None else nullable
    return " AND ".join(f"{left}.{c} {'IS NOT DISTINCT FROM' if c in nullable else '='} {right}.{c}" for c in columns)


def _key_match(con: duckdb.DuckDBPyConnection, left: str, keys: str, columns: tuple[str, ...]) -> str:
    """The condition on `left` (an alias) matching a row of the table `keys` (alias k) on `columns`
    (_matches, `=` wherever the keys hold no NULL). A join on IS NOT DISTINCT FROM only has DuckDB read every
    row of the table, every column; on `=` its hash join hands the keys' range down to the scan, which then
    skips the row groups outside it (the facts are clustered by indicator and year): on the 1M bench's
    fact_indicator_value, 100 keys, 0.05 s against 0.003 s."""
    flags = con.execute("SELECT " + ", ".join(f"bool_or({c} IS NULL)" for c in columns) + f" FROM {keys}").fetchone()
    return _matches(left, "k", columns, {c for c, null in zip(columns, flags, strict=True) if null is not False})


KEYS_FILE = "delta_keys.parquet"  # beside the build file: the keys the delta touches, found once per build


def affected_fact_keys(con: duckdb.DuckDBPyConnection) -> None:
    """TEMP _keys: the keys (and year) of every fact deleted or inserted by the delta, and of every fact
    of a source whose priority, kind or domain is not what it was (the choice of preferred facts depends
    on the first two, the conflicts' text on the domain; a domain comes from the source's URL, as does its
    id, so it cannot change alone today: compared in case that changes)."""
    columns = ", ".join([*KEY_COLUMNS, "year"])
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _changed_sources AS
        SELECT source_id FROM (
            (SELECT source_id, priority, source_kind, domain FROM dim_source
             EXCEPT SELECT source_id, priority, source_kind, domain FROM {PUB}.dim_source)
            UNION ALL
            (SELECT source_id, priority, source_kind, domain FROM {PUB}.dim_source
             EXCEPT SELECT source_id, priority, source_kind, domain FROM dim_source))""")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _keys AS
        SELECT DISTINCT {columns} FROM (
            SELECT {columns} FROM {PUB}.fact_indicator_value
            WHERE source_file IN (SELECT source_file FROM _delta_files)
               OR source_id IN (SELECT source_id FROM _changed_sources)
            UNION ALL
            SELECT {columns} FROM fact_indicator_value
            WHERE source_file IN (SELECT source_file FROM _delta_files)
               OR source_id IN (SELECT source_id FROM _changed_sources))""")


def delta_keys(con: duckdb.DuckDBPyConnection, build_path: Path) -> None:
    """TEMP _keys (affected_fact_keys) for a keyed table's delta. Finding them scans both fact tables whole,
    so the first keyed table of the build finds them (after fact_indicator_value and dim_source, which every
    keyed table depends on) and keeps them beside the build file; the others read them back. The runs
    execute their steps one at a time (in_process_executor); warehouse_build removes the file with the
    build file, and fact_indicator_value and dim_source remove it when they write (forget_delta_keys)."""
    path = build_path.parent / KEYS_FILE
    if not path.exists():
        affected_fact_keys(con)
        partial = path.with_name(KEYS_FILE + ".partial")
        con.execute(f"COPY _keys TO {sql_string(partial)} (FORMAT parquet)")
        os.replace(partial, path)
        return
    con.execute(f"CREATE OR REPLACE TEMP TABLE _keys AS FROM read_parquet({sql_string(path)})")


def forget_delta_keys(build_path: Path) -> None:
    """The keys are of the fact table and dim_source as they are now: whoever rewrites either forgets them (and
    the reference tables' comparison: dimension_tables writes those with dim_source)."""
    (build_path.parent / KEYS_FILE).unlink(missing_ok=True)
    (build_path.parent / REFERENCES_FILE).unlink(missing_ok=True)


# Beside the build file: per reference table, whether it differs from its published version, found once per build.
REFERENCES_FILE = "references_changed.json"


def rows_differing_sql(table: str, published: str) -> str:
    """How many rows `table` and its version in the attached database `published` do not share (0: the same rows)."""
    return (
        f"SELECT (SELECT count(*) FROM (FROM {table} EXCEPT ALL FROM {published}.{table})) + "
        f"(SELECT count(*) FROM (FROM {published}.{table} EXCEPT ALL FROM {table}))"
    )


def references_changed(con: duckdb.DuckDBPyConnection, tables: list[str], build_path: Path | None = None) -> bool:
    """Whether any of these (small) tables differs from its published version. With `build_path`, each table is
    compared once per build and the answer kept beside the build file: the keyed tables read the same reference
    tables (dim_province and dim_indicator, four times over), which dimension_tables writes before every one of
    them (and which forgets the answers when it writes: forget_delta_keys)."""
    path = None if build_path is None else build_path.parent / REFERENCES_FILE
    known = json.loads(path.read_text(encoding="utf-8")) if path is not None and path.exists() else {}
    changed = False
    for table in tables:
        if table not in known:
            known[table] = bool(con.execute(rows_differing_sql(table, PUB)).fetchone()[0])
        if known[table]:
            changed = True
            break
    if path is not None:
        partial = path.with_name(REFERENCES_FILE + ".partial")
        partial.write_text(json.dumps(known, sort_keys=True), encoding="utf-8")
        os.replace(partial, path)
    return changed


def _over(select: str, table: str, subset: str) -> str:
    """The SQL file's SELECT reading `subset` wherever it reads `table`."""
    return re.sub(rf"\b{table}\b", subset, select.strip().rstrip(";")) + "\n"


def _subset(con: duckdb.DuckDBPyConnection, name: str, table: str, keys: str, columns: tuple[str, ...]) -> None:
    """TEMP `name`: the rows of `table` whose `columns` match a row of `keys`. A SEMI JOIN, not WHERE EXISTS:
    DuckDB hands the keys' range down to the scan for the first, not for the second (0.003 s against 0.05 s
    above, with the same `=` conditions)."""
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE {name} AS
        SELECT t.* FROM {table} AS t SEMI JOIN {keys} AS k ON {_key_match(con, "t", keys, columns)}""")


def _touched(con: duckdb.DuckDBPyConnection, table: str, keys: str, columns: tuple[str, ...]) -> str:
    """The condition on the rows of `table` whose `columns` match a row of `keys`."""
    return f"EXISTS (SELECT 1 FROM {keys} AS k WHERE {_key_match(con, table, keys, columns)})"


def preferred_delta(con: duckdb.DuckDBPyConnection, name: str, select: str) -> dict:
    _subset(con, "_delta_facts", "fact_indicator_value", "_keys", KEY_COLUMNS)
    delta = apply_delta(
        con, name, _touched(con, name, "_keys", KEY_COLUMNS), _over(select, "fact_indicator_value", "_delta_facts")
    )
    return {"recomputed_keys": con.execute("SELECT count(*) FROM _keys").fetchone()[0], **delta}


COMPARISON_KEY = ("indicator_code", "period_start", "period_end")


def comparison_delta(con: duckdb.DuckDBPyConnection, name: str, select: str) -> dict:
    """By (indicator, period): every grouping of it (groupings_reporting counts them), and the
    indicators whose national average a national fact of the period publishes."""
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _cmp_keys AS
        SELECT DISTINCT indicator_code, period_start, period_end FROM _keys
        UNION
        SELECT a.indicator_code, k.period_start, k.period_end
        FROM _keys AS k JOIN ref_national_average AS a ON a.average_indicator_code = k.indicator_code""")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _cmp_read AS
        SELECT * FROM _cmp_keys
        UNION
        SELECT a.average_indicator_code, k.period_start, k.period_end
        FROM _cmp_keys AS k JOIN ref_national_average AS a ON a.indicator_code = k.indicator_code""")
    _subset(con, "_delta_preferred", "fact_indicator_preferred", "_cmp_read", COMPARISON_KEY)
    added = (
        f"SELECT r.* FROM ({_over(select, 'fact_indicator_preferred', '_delta_preferred')}) AS r "
        f"WHERE EXISTS (SELECT 1 FROM _cmp_keys AS k WHERE {_matches('r', 'k', COMPARISON_KEY)})"
    )
    delta = apply_delta(con, name, _touched(con, name, "_cmp_keys", COMPARISON_KEY), added)
    return {"recomputed_keys": con.execute("SELECT count(*) FROM _cmp_keys").fetchone()[0], **delta}


RANKING_KEY = ("indicator_code", "year", "grouping")


def ranking_delta(con: duckdb.DuckDBPyConnection, name: str, select: str) -> dict:
    con.execute("CREATE OR REPLACE TEMP TABLE _rank_keys AS SELECT DISTINCT indicator_code, year, grouping FROM _keys")
    _subset(con, "_delta_preferred", "fact_indicator_preferred", "_rank_keys", RANKING_KEY)
    added = _over(select, "fact_indicator_preferred", "_delta_preferred")
    delta = apply_delta(con, name, _touched(con, name, "_rank_keys", RANKING_KEY), added)
    return {"recomputed_keys": con.execute("SELECT count(*) FROM _rank_keys").fetchone()[0], **delta}


CONFLICT_KEY = ("indicator_code", "grouping", "period_start", "period_end")
# fact_conflict's rules 3 and 4 read these indicators across periods (a published change against the levels of
# two editions; the first edition of a grouping): when the delta touches one of them, all of them are recomputed.
DTI_LEVELS_AND_CHANGES = ("dti_rank", "dti_score", "dti_rank_change", "dti_score_change")


def conflict_delta(con: duckdb.DuckDBPyConnection, name: str, select: str) -> dict:
    """By (indicator, grouping, period): rules 1 and 2 compare the facts of one such key (the same unit's,
    or other units' with the same score); rules 3 and 4 all the DTI levels and changes (above)."""
    dti = ", ".join(f"'{code}'" for code in DTI_LEVELS_AND_CHANGES)
    columns = ", ".join(CONFLICT_KEY)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _conflict_keys AS
        SELECT DISTINCT {columns} FROM _keys
        UNION
        SELECT {columns} FROM (
            SELECT {columns} FROM fact_indicator_value WHERE indicator_code IN ({dti})
            UNION ALL SELECT {columns} FROM "{name}" WHERE indicator_code IN ({dti}))
        WHERE EXISTS (SELECT 1 FROM _keys WHERE indicator_code IN ({dti}))""")
    _subset(con, "_conflict_facts", "fact_indicator_value", "_conflict_keys", CONFLICT_KEY)
    added = _over(select, "fact_indicator_value", "_conflict_facts")
    delta = apply_delta(con, name, _touched(con, name, "_conflict_keys", CONFLICT_KEY), added)
    return {"recomputed_keys": con.execute("SELECT count(*) FROM _conflict_keys").fetchone()[0], **delta}


TARGET_KEY = ("province_code", "indicator_code")


def target_delta(con: duckdb.DuckDBPyConnection, name: str, select: str) -> dict:
    """By (unit, indicator): a target's row reads the target fact and the preferred achievements of its unit and
    indicator (of its period, and of the other periods it names), which change only where a key the delta touches
    has that unit and indicator. Of those pairs, only the ones with a target now are recomputed, from their targets
    and their achievements: the facts read are the targets' (few), not every fact of the touched units and
    indicators (10M bench facts: 1.9 s to select those)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _target_keys AS SELECT DISTINCT {', '.join(TARGET_KEY)} FROM _keys")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _target_facts AS
        SELECT f.* FROM fact_indicator_value AS f WHERE f.is_target AND {_touched(con, "f", "_target_keys", TARGET_KEY)}""")
    # The achievements of those targets' units and indicators (the mart matches them with `=`, so NULLs never
    # match). The IN filters come first: with the pair test alone DuckDB read every preferred fact (6.5 s on the
    # 10M bench's, for no target at all; 0.02 s with them).
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _target_achieved AS
        SELECT a.* FROM fact_indicator_preferred AS a
        WHERE NOT a.is_target
          AND a.province_code IN (SELECT province_code FROM _target_facts)
          AND a.indicator_code IN (SELECT indicator_code FROM _target_facts)
          AND {_touched(con, "a", "_target_facts", TARGET_KEY)}""")
    added = _over(
        _over(select, "fact_indicator_value", "_target_facts"), "fact_indicator_preferred", "_target_achieved"
    )
    delta = apply_delta(con, name, _touched(con, name, "_target_keys", TARGET_KEY), added)
    return {"recomputed_keys": con.execute("SELECT count(*) FROM _target_keys").fetchone()[0], **delta}


# SQL-file tables that take a delta: the function, and the reference tables that, when changed, make
# the table be rebuilt whole (dim_source's changes are in the keys: affected_fact_keys; a source's URL,
# which mart_target_attainment shows, is its id's: source_id is the hash of the URL).
KEYED_TABLES = {
    "fact_indicator_preferred": (preferred_delta, []),
    "fact_conflict": (conflict_delta, ["dim_indicator"]),
    "mart_province_comparison": (
        comparison_delta,
        ["dim_province", "dim_indicator", "ref_focus_province", "ref_national_average"],
    ),
    "mart_annual_ranking": (ranking_delta, ["dim_province", "dim_indicator"]),
    "mart_target_attainment": (target_delta, ["dim_province", "dim_indicator"]),
}

# The tables an incremental build keeps from the published file and changes in place.
# By source file (the rows of the delta's files replaced): the facts, their accounting, the rejected rows.
BY_SOURCE_FILE = ("fact_indicator_value", "load_audit", "quarantine")
DELTA_TABLES = (*BY_SOURCE_FILE, *KEYED_TABLES)


def inserted_rows(build_path: Path, table: str, published: Path | None = None, rule: str | None = None) -> str | None:
    """On an incremental build, the condition selecting the rows it inserted into `table`, a table that
    takes its delta by source file; None on a full build (every row is new). With `published` and `rule`:
    None also unless the publish recorded that `rule` was checked and passed in the run that published the
    file, and the file was not written to since (the rows kept from it are then the rows that passed)."""
    plan = BuildPlan.read(plan_path(build_path))
    if not plan.incremental or table not in BY_SOURCE_FILE:
        return None
    if published is not None and rule not in _published_record(published).get("rules_passed", []):
        return None
    return f"source_file IN ({sql_strings(plan.delta_files)})"


def changes_for_quality(build_path: Path, published: Path) -> dict[str, dict]:
    """For the quality report of an incremental build: per table that took a delta by source file, its
    checksum before (published) and now, and the condition selecting the rows the delta inserted."""
    plan = BuildPlan.read(plan_path(build_path))
    if not plan.incremental:
        return {}
    # The tables by source file start as published either way (a copy of the published file, or the generation
    # before caught up: catch_up_by_source_file), which the last report validated.
    before = read_published_checksums(published)
    changes = {}
    for table in BY_SOURCE_FILE:  # their inserted rows are those of the delta's files
        after = checksum_after_delta(build_path, table, before)
        if after is not None:
            changes[table] = {"before": before[table], "after": after, "changed_rows": inserted_rows(build_path, table)}
    return changes
