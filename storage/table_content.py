"""What a warehouse table holds, apart from when and by which run its rows were written: the one
definition the publish checksums and the quality report's reuse of unchanged results share."""

from __future__ import annotations

import duckdb

VOLATILE_COLUMNS = ("run_id", "recorded_at")  # when or by which run a row was written: not content


def content_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "select column_name from duckdb_columns() where database_name = current_database() and table_name = ? "
            "order by column_index",
            [table],
        ).fetchall()
        if r[0] not in VOLATILE_COLUMNS
    ]


def rows_hash(
    con: duckdb.DuckDBPyConnection, rows_from: str, columns: list[str], where: str = "true"
) -> tuple[int, int]:
    """The row count and the sum of DuckDB's 64-bit hash of `columns` of every row of `rows_from`
    for which `where` holds."""
    projection = ", ".join(f'"{c}"' for c in columns)
    rows, total = con.execute(
        f"select count(*), coalesce(sum(hash({projection})::HUGEINT), 0) from {rows_from} where {where}"
    ).fetchone()
    return rows, int(total)


def content_hash(con: duckdb.DuckDBPyConnection, table: str) -> tuple[list[str], int, int]:
    """The table's content columns, its row count and the sum of DuckDB's 64-bit hash of every row
    (order-independent, one pass, no sort; stable within the pinned DuckDB version). Being a sum, it
    follows a change in place: minus the deleted rows' hashes, plus the inserted ones'."""
    columns = content_columns(con, table)
    rows, total = rows_hash(con, f'"{table}"', columns)
    return columns, rows, total
