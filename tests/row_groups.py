"""Storage facts of a DuckDB table, for tests of how a table is laid out on disk."""

import re


def zone_maps(con, table: str) -> dict[int, dict[str, tuple[str, str]]]:
    """Per row group, the min and max DuckDB keeps for ``indicator_code`` and ``year`` of ``table``."""
    rows = con.execute(
        f"SELECT row_group_id, column_name, stats FROM pragma_storage_info('{table}') "
        "WHERE column_name IN ('indicator_code', 'year') AND segment_type <> 'VALIDITY'"
    ).fetchall()
    maps: dict[int, dict[str, tuple[str, str]]] = {}
    for group, column, stats in rows:
        low, high = re.search(r"Min: ([^,]*), Max: ([^,\]]*)", stats).groups()
        maps.setdefault(group, {})[column] = (low, high)
    return maps


def groups_holding(maps: dict[int, dict[str, tuple[str, str]]], indicator_code: str, year: int) -> list[int]:
    """The row groups whose zone maps may hold ``indicator_code`` in ``year`` (string zone maps keep an 8-byte
    prefix, so the code is cut to it)."""
    code = indicator_code[:8]
    return [
        group
        for group, bounds in maps.items()
        if bounds["indicator_code"][0] <= code <= bounds["indicator_code"][1]
        and int(bounds["year"][0]) <= year <= int(bounds["year"][1])
    ]


def fact_keys(indicators: int, years: int, per_year: int) -> str:
    """The SELECT of ``indicators`` x ``years`` x ``per_year`` fact keys in fact_indicator_value's order (indicator,
    year, then 50 units a day): indicator_code ``ind_NN_rate``, year from 2000, province_code, day and row number i."""
    return f"""
        SELECT 'ind_' || lpad((i // ({years} * {per_year}))::VARCHAR, 2, '0') || '_rate' AS indicator_code,
               (2000 + (i // {per_year}) % {years})::SMALLINT AS year,
               lpad((i % {per_year} % 50)::VARCHAR, 2, '0') AS province_code,
               (i % {per_year}) // 50 AS day, i
        FROM range({indicators * years * per_year}) t(i)"""
