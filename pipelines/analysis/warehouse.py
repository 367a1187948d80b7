"""The published warehouse, opened read-only, and names resolved the way every loader resolves them."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.analysis.errors import AnalysisError


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    if not path.exists():
        raise AnalysisError(f"no warehouse at {path}: run `make run` (or `dxw run`) first")
    # DuckDB draws its own progress bar on stdout for queries slower than 2 s: not in answers.
    con = duckdb.connect(str(path), read_only=True)
    con.execute("SET enable_progress_bar = false")
    return con


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | tuple = ()) -> list[dict]:
    cursor = con.execute(sql, list(params))
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def resolve_province(con: duckdb.DuckDBPyConnection, name: str, grouping: int | None = None) -> str:
    """The unit `name` means, through the warehouse's alias table and the loaders' resolver.

    Without a grouping a name is tried among the 63 provinces, then among the 34 units; the
    resolver's own message explains a failure."""
    from assets.reference.resolver import ProvinceResolutionError, ProvinceResolver

    aliases = con.sql("select alias_key, alias_ascii_key, grouping, province_code from dim_province_alias").pl()
    resolver = ProvinceResolver.from_aliases(aliases)
    codes = {r[0] for r in con.execute("select province_code from dim_province").fetchall()}
    if name.strip() in codes:  # a code as the warehouse writes it ('34', 'N33')
        return name.strip()
    first_error = None
    for candidate in [grouping] if grouping else [63, 34]:
        try:
            return resolver.resolve(name, candidate)
        except ProvinceResolutionError as error:
            first_error = first_error or error
    raise AnalysisError(str(first_error)) from None


def indicator(con: duckdb.DuckDBPyConnection, code: str) -> dict:
    found = rows(con, "select * from dim_indicator where indicator_code = ?", [code])
    if not found:
        close = [
            r[0]
            for r in con.execute(
                "select indicator_code from dim_indicator order by jaro_winkler_similarity(indicator_code, ?) desc limit 3",
                [code],
            ).fetchall()
        ]
        raise AnalysisError(
            f'unknown indicator {code!r}; closest in the catalog: {", ".join(close)} (dxw sql "select indicator_code, name_en from dim_indicator")'
        )
    return found[0]


def province_name(con: duckdb.DuckDBPyConnection, code: str) -> str:
    found = con.execute("select name_vi from dim_province where province_code = ?", [code]).fetchone()
    return found[0] if found else code
