"""What the Dagster UI shows for a warehouse table after it is written: row count, column schema
(name, DuckDB type, description from the data dictionary, applied as comments) and a Markdown
preview of the first rows. One helper for every table-writing asset (loaders, SQL files)."""

from __future__ import annotations

import dagster as dg
import duckdb

PREVIEW_ROWS = 5
CELL_CHARS = 60


def _cell(value) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ").replace("\r", " ")
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


def table_metadata(con: duckdb.DuckDBPyConnection, table: str, *, view: bool = False) -> dict:
    """A view gets its column schema only: its rows are computed when read, and counting or
    previewing them would compute it whole at every build."""
    columns = con.execute(
        "select column_name, data_type, comment from duckdb_columns() "
        "where database_name = current_database() and table_name = ? order by column_index",
        [table],
    ).fetchall()
    schema = dg.TableSchema(
        columns=[dg.TableColumn(name=name, type=data_type, description=comment) for name, data_type, comment in columns]
    )
    if view:
        return {"dagster/column_schema": schema, "table": table}
    rows = con.execute(f'select count(*) from "{table}"').fetchone()[0]
    cursor = con.execute(f'select * from "{table}" limit {PREVIEW_ROWS}')
    names = [d[0] for d in cursor.description]
    preview = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    preview += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in cursor.fetchall()]
    return {
        "dagster/row_count": rows,
        "dagster/column_schema": schema,
        "preview": dg.MetadataValue.md("\n".join(preview)),
        "table": table,
    }
