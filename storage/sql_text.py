"""Text written into SQL statements that DuckDB cannot take as a parameter (ATTACH, COPY, COMMENT ON,
file lists of read_csv/read_parquet)."""

from __future__ import annotations

from pathlib import Path


def sql_string(text: str | Path) -> str:
    """A SQL string literal: quoted, with its quotes doubled."""
    return "'" + str(text).replace("'", "''") + "'"


def sql_strings(texts) -> str:
    """A comma-separated list of SQL string literals ('NULL' for none, so that `IN (...)` matches nothing)."""
    return ", ".join(sql_string(t) for t in texts) or "NULL"
