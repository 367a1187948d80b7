"""The warehouse data dictionary (tables.yaml) and writing tables with their comments."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import duckdb
import polars as pl
import yaml

from storage.sql_text import sql_string

DICTIONARY_FILE = Path(__file__).with_name("tables.yaml")


@cache
def dictionary() -> dict[str, dict]:
    return yaml.safe_load(DICTIONARY_FILE.read_text(encoding="utf-8"))


def describe(table: str) -> str:
    return dictionary()[table]["description"]


def apply_comments(con: duckdb.DuckDBPyConnection, table: str, kind: str = "TABLE") -> None:
    """COMMENT ON the table and each column it has; a column missing from the dictionary is an error."""
    entry = dictionary().get(table)
    if entry is None:
        raise KeyError(f"{table} is not described in {DICTIONARY_FILE.name}")
    con.execute(f'COMMENT ON {kind} "{table}" IS {sql_string(entry["description"])}')
    columns = [
        r[0]
        for r in con.execute(
            "select column_name from duckdb_columns() where table_name = ? and database_name = current_database()",
            [table],
        ).fetchall()
    ]
    undocumented = [c for c in columns if c not in entry["columns"]]
    if undocumented:
        raise KeyError(f"{DICTIONARY_FILE.name}: columns of {table} without a description: {undocumented}")
    for column in columns:
        con.execute(f'COMMENT ON COLUMN "{table}"."{column}" IS {sql_string(entry["columns"][column])}')


@contextmanager
def described_table(con: duckdb.DuckDBPyConnection, table: str) -> Iterator[None]:
    """Write `table` inside the block, in one transaction that ends with the dictionary's comments."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        apply_comments(con, table)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def replace_table(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    """Replace a table with a frame's rows, in one transaction, with its comments."""
    with described_table(con, table):
        con.register("_incoming", frame.to_arrow())
        con.execute(f'CREATE OR REPLACE TABLE "{table}" AS SELECT * FROM _incoming')
        con.unregister("_incoming")
    return frame.height


def create_table(con: duckdb.DuckDBPyConnection, table: str, select: str) -> int:
    """Create (or replace) a table from a SELECT, in one transaction, with its comments."""
    with described_table(con, table):
        con.execute(f'CREATE OR REPLACE TABLE "{table}" AS {select}')
    return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def column_descriptions() -> dict[str, str]:
    """Each warehouse column name with its description (the first table that describes it): staged
    tables share their column names with the warehouse's."""
    described: dict[str, str] = {}
    for entry in dictionary().values():
        for column, text in entry.get("columns", {}).items():
            described.setdefault(column, text)
    return described


LABELS_FILE = Path(__file__).with_name("labels_vi.yaml")


@cache
def vietnamese_labels() -> dict[str, str]:
    """Column name -> Vietnamese heading (labels_vi.yaml), shared by every table with the column."""
    return yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))


def column_description(table: str, column: str) -> str | None:
    return dictionary().get(table, {}).get("columns", {}).get(column)
