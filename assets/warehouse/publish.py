"""Write-audit-publish: the run's first warehouse step starts an empty build file, the last one
publishes it atomically. Between them every table is written and checked in the build file."""

import hashlib
import json
import os

import dagster as dg
import duckdb
from dagster import AssetExecutionContext

from assets.provenance import git_commit
from assets.warehouse.dictionary import dictionary
from storage.raw_files import RawFiles
from storage.settings import SCAN_DUCKDB_CONFIG
from storage.table_content import content_hash
from storage.warehouse import DUCKDB_CONFIG, Warehouse, fsync_directory


def table_checksums(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """A checksum of each table's content, independent of row order and of run ids and times: the row
    count and the sum of DuckDB's 64-bit hash of every row (one pass, no sort: millions of rows are
    summed in a second; DuckDB's hash is stable within the pinned DuckDB version)."""
    sums = {}
    tables = [
        r[0]
        for r in con.execute(
            "select table_name from duckdb_tables() where database_name = current_database() order by 1"
        ).fetchall()
    ]
    for table in tables:
        _, rows, total = content_hash(con, table)
        sums[table] = f"{rows}:{total}"
    return sums


@dg.asset(
    group_name="warehouse",
    kinds={"duckdb"},
    # After the union of the staged partitions: a build starts when the staged data it reads changed.
    deps=["staged_sources"],
    description=(
        "Start of write-audit-publish: removes a stale build file left by a failed or killed run, then starts an "
        "EMPTY build file in data/warehouse/.build/. Every warehouse asset and check of the run writes there, from "
        "the staged store; so a table that no asset writes any more is not in the next published warehouse."
    ),
)
def warehouse_build(warehouse: Warehouse) -> dg.MaterializeResult:
    build = warehouse.build_path
    stale = [p for p in build.parent.glob("*") if p.is_file()] if build.parent.exists() else []
    for path in stale:
        path.unlink()
    build.parent.mkdir(parents=True, exist_ok=True)
    duckdb.connect(str(build), config=DUCKDB_CONFIG).close()
    return dg.MaterializeResult(
        metadata={"build_file": dg.MetadataValue.path(str(build)), "stale_files_removed": len(stale)}
    )


PUBLISHED_AFTER = [name for name in dictionary()] + ["quality_report", "comparison_report"]


@dg.asset(
    group_name="publish",
    kinds={"duckdb"},
    deps=PUBLISHED_AFTER,
    description=(
        "End of write-audit-publish: once every table, mart, blocking check and the quality report of the run "
        "succeeded, replaces the published data/warehouse/dx.duckdb with the build copy in one atomic rename. "
        "Records the run id, git commit, raw file hashes, row counts and a content checksum per table."
    ),
)
def publish_warehouse(context: AssetExecutionContext, warehouse: Warehouse, raw: RawFiles) -> dg.MaterializeResult:
    build, published = warehouse.build_path, warehouse.published_path
    with duckdb.connect(str(build), config=SCAN_DUCKDB_CONFIG) as con:
        con.execute("CHECKPOINT")
        checksums = table_checksums(con)
        counts = {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in checksums}
    with open(build, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(build, published)
    fsync_directory(published.parent)
    raw_hashes = raw.state()
    return dg.MaterializeResult(
        metadata={
            "published": dg.MetadataValue.path(str(published)),
            "run_id": context.run.run_id,
            "git_commit": git_commit(),
            "row_counts": dg.MetadataValue.json(counts),
            "table_checksums": dg.MetadataValue.json(checksums),
            "raw_file_sha256": dg.MetadataValue.json(raw_hashes),
            "warehouse_checksum": hashlib.sha256(json.dumps(checksums, sort_keys=True).encode()).hexdigest(),
        }
    )
