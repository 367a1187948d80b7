"""A CSV file into a DuckDB table, every record with the physical line it starts on, and every
line that could not be read with its reason.

DuckDB parses the records (`read_csv` with `store_rejects`: it keeps reading past a broken line
and records it in a rejects table). Its reject table numbers lines by record (a quoted field that
spans lines counts once) and gives good records no line at all, so a second, cheap scan reads the
file as plain lines: a line starts a record when the quotes before it are balanced. Good records
are matched, in order, with the record-starting lines that are neither blank nor rejected; the two
counts must agree, or the file is rejected whole rather than given wrong line numbers.

A line DuckDB never read (everything after a quote that is never closed) is reported as unread,
so that rows read = rows loaded + rows quarantined still holds for the file.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from assets.ingest.columns import column_name
from assets.ingest.text_file import TextFile
from storage.sql_text import sql_string


class CsvStructureError(ValueError):
    pass


@dataclass(frozen=True)
class CsvTable:
    """`records`: a table or view of the file's good records: `source_line` and one VARCHAR column
    per header name. `problems`: a table (source_line, rule, reason) of lines that could not be read."""

    records: str
    problems: str


_REJECT_RULES = {
    "MISSING COLUMNS": "ragged_row",
    "TOO MANY COLUMNS": "ragged_row",
    "UNQUOTED VALUE": "malformed_csv",
    "INVALID UNICODE": "unreadable_line",
    "LINE SIZE OVER MAXIMUM": "unreadable_line",
}


def load_csv(con: duckdb.DuckDBPyConnection, text: TextFile, name: str) -> CsvTable:
    """`{name}` (the records: a table, or a view over `{name}_parsed`) and the table `{name}_problems`
    in `con`."""
    width = len(text.header)
    path = sql_string(str(text.path))
    columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(width)) + "}"
    rejects, scans = f"{name}_rejects", f"{name}_scans"
    con.execute(f"DROP TABLE IF EXISTS {rejects}; DROP TABLE IF EXISTS {scans}")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE {name}_parsed AS
        SELECT * FROM read_csv({path}, columns = {columns}, header = false, skip = {text.header_lines},
                               auto_detect = false, delim = {sql_string(text.delimiter)}, quote = '"', escape = '"',
                               strict_mode = true, store_rejects = true, rejects_table = '{rejects}',
                               rejects_scan = '{scans}', encoding = 'utf-8')""")
    # The plain-line scan: one row per physical line (record separator U+001E as a delimiter
    # that never occurs, no quoting), in file order; only what the matching needs is kept. Counting
    # characters costs more than reading the line, so each count has a fast path: a line that does not
    # start with a space is blank only when empty, a line without a quote has none, and the delimiters
    # are counted only on a line that ends with one (the one case that needs them, below: a record
    # DuckDB accepted has as many fields as the header, or one empty field more, which ends the line);
    # NULL for the others.
    delimiter = sql_string(text.delimiter)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE {name}_lines AS
        SELECT coalesce(CASE WHEN starts_with(l, ' ') THEN trim(l) = '' ELSE l = '' END, true) AS blank,
               CASE WHEN contains(l, '"') THEN len(string_split(l, '"')) - 1 ELSE 0 END::INTEGER AS quotes,
               CASE WHEN ends_with(l, {delimiter}) OR ends_with(l, {delimiter} || chr(13))
                    THEN len(string_split(l, {delimiter})) - 1 END::INTEGER AS delimiters
        FROM read_csv({path}, columns = {{'l': 'VARCHAR'}}, header = false, auto_detect = false, delim = chr(30),
                      quote = '', escape = '', strict_mode = false, encoding = 'utf-8')""")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE {name}_errors AS
        SELECT line AS unit, any_value(error_type) AS error_type, any_value(error_message) AS message,
               any_value(column_name) AS column_name
        FROM {rejects} GROUP BY line""")
    # A line with an even number of quotes leaves the parity as it was: only a line with an odd number (a
    # field over several lines, or an unclosed quote) needs the running count; most files have none.
    odd_lines = con.execute(f"SELECT count(*) FILTER (WHERE quotes % 2 = 1) FROM {name}_lines").fetchone()[0]
    # units: what DuckDB counts as a line (a record, or a blank line), with the physical line it starts on
    if odd_lines:
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE {name}_units AS
            WITH numbered AS (SELECT rowid + 1 AS line, blank, quotes FROM {name}_lines),
            parity AS (SELECT line, blank, coalesce(sum(quotes) OVER (ORDER BY line ROWS BETWEEN UNBOUNDED PRECEDING
                                                                      AND 1 PRECEDING), 0) % 2 = 0 AS starts
                       FROM numbered)
            SELECT row_number() OVER (ORDER BY line) AS unit, line, blank FROM parity WHERE starts ORDER BY line""")
        units = f"{name}_units"
    else:  # every line is a unit: no table, and the good lines below are read from the lines alone (no join)
        units = f"(SELECT rowid + 1 AS unit, rowid + 1 AS line, blank FROM {name}_lines)"
    stop = con.execute(f"SELECT min(unit) FROM {name}_errors WHERE error_type = 'UNQUOTED VALUE'").fetchone()[0]
    good = f"""
        WHERE unit > {text.header_lines} AND NOT blank AND unit NOT IN (SELECT unit FROM {name}_errors)
          AND unit < {stop or "unit + 1"}
        ORDER BY unit"""
    if odd_lines:
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE {name}_good_lines AS
            SELECT u.line, l.delimiters, coalesce(l.quotes = 0 AND l.delimiters + 1 <> {width}, false) AS ragged
            FROM {units} AS u
            JOIN (SELECT rowid + 1 AS line, quotes, delimiters FROM {name}_lines) AS l USING (line) {good}""")
    else:
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE {name}_good_lines AS
            SELECT unit AS line, delimiters, coalesce(quotes = 0 AND delimiters + 1 <> {width}, false) AS ragged
            FROM (SELECT rowid + 1 AS unit, blank, quotes, delimiters FROM {name}_lines) {good}""")
    parsed, matched, first, last, ragged = con.execute(
        f"SELECT (SELECT count(*) FROM {name}_parsed), count(*), min(line), max(line), count(*) FILTER (WHERE ragged) "
        f"FROM {name}_good_lines"
    ).fetchone()
    if parsed != matched:
        raise CsvStructureError(
            f"the CSV reader found {parsed} records where the line scan finds {matched}: "
            "the file's quoting is inconsistent; check quotes in unquoted fields"
        )
    named = ", ".join(f'p.c{i} AS "{column_name(h, i, text.header)}"' for i, h in enumerate(text.header))
    # The records with their lines, without the ragged ones. When the records are on consecutive lines (no blank
    # line, no field over several lines, no line rejected: most files), a record's line is its row number plus
    # the first record's line, and the records are a view over the parsed table (no copy: 7.6 s at 10M rows).
    # Otherwise a table from the positional join (a view over it made staging's rule checks over every row take
    # 59 s instead of 17-28 s at 10M rows).
    contiguous = matched > 0 and last - first + 1 == matched
    if contiguous:
        not_ragged = (
            f"WHERE p.rowid + {first} NOT IN (SELECT line FROM {name}_good_lines WHERE ragged)" if ragged else ""
        )
        con.execute(f"""
            CREATE OR REPLACE TEMP VIEW {name} AS
            SELECT (p.rowid + {first})::BIGINT AS source_line, {named} FROM {name}_parsed AS p {not_ragged}""")
    else:
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE {name} AS
            SELECT g.line::BIGINT AS source_line, {named}
            FROM {name}_parsed AS p POSITIONAL JOIN {name}_good_lines AS g WHERE NOT g.ragged""")
    rules = " ".join(f"WHEN {sql_string(k)} THEN {sql_string(v)}" for k, v in _REJECT_RULES.items())
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE {name}_problems AS
        SELECT u.line::BIGINT AS source_line,
               CASE e.error_type {rules} ELSE 'malformed_csv' END AS rule,
               CASE WHEN e.error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS')
                    THEN format('has {{}} fields where the header has {width} ({{}}; a stray delimiter, e.g. a decimal '
                                'comma in an unquoted number?)', regexp_extract(e.message, 'Found: (\\d+)', 1), e.message)
                    WHEN e.error_type = 'UNQUOTED VALUE'
                    THEN 'malformed CSV (a quote that is never closed, probably an unbalanced quote); the reader stopped here'
                    ELSE format('unreadable line ({{}}: {{}})', e.error_type, e.message) END AS reason
        FROM {name}_errors AS e JOIN {units} AS u USING (unit)""")
    # DuckDB accepts a line with one empty field too many (a trailing delimiter) and drops it; a
    # line without quotes has exactly (delimiters + 1) fields, so such lines are caught here.
    con.execute(f"""
        INSERT INTO {name}_problems
        SELECT line::BIGINT, 'ragged_row', format('has {{}} fields where the header has {width} (a stray delimiter, e.g. '
                                                  'a decimal comma in an unquoted number?)', delimiters + 1)
        FROM {name}_good_lines WHERE ragged""")
    if stop is not None:
        # Every non-blank physical line after the unclosed quote: none was read.
        con.execute(f"""
            INSERT INTO {name}_problems
            SELECT l.line, 'unread_line',
                   format('not read: the CSV reader stopped at line {{}} (a quote that is never closed)', s.line)
            FROM (SELECT rowid + 1 AS line, blank FROM {name}_lines) AS l,
                 (SELECT line FROM {units} AS u WHERE unit = {stop}) AS s
            WHERE l.line > s.line AND NOT l.blank""")
    kept = (f"{name}_parsed", f"{name}_good_lines") if contiguous else ()  # what the view reads
    for table in (
        f"{name}_parsed",
        f"{name}_lines",
        f"{name}_units",
        f"{name}_good_lines",
        f"{name}_errors",
        rejects,
        scans,
    ):
        if table in kept:
            continue
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return CsvTable(records=name, problems=f"{name}_problems")
