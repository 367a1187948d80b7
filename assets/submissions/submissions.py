"""Stage analysts' long-format submissions (data/raw/submissions/*.csv|*.xlsx).

The template and the column rules are in data/raw/submissions/README.md. A file is read into
DuckDB (assets.ingest) and turned into raw facts with set-based SQL: numbers must be finite and
plainly written, periods are parsed once per distinct spelling, the grouping follows the period.
Each row keeps its file and physical line (spreadsheet row for XLSX); a row that breaks a rule is
quarantined with the reason, and the other rows load. A file that cannot be read at all is
quarantined whole (line 1), and the other files load.
"""

from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
from dagster import AssetExecutionContext

from assets.fact_staging import STAGED_FACT_SCHEMA, StagedFacts, connect, raw_fact_frame, stage_facts
from assets.ingest.csv_table import CsvStructureError, load_csv
from assets.ingest.text_file import open_text_file
from assets.ingest.xlsx_table import load_xlsx
from assets.partitions import SUBMISSION_SUFFIXES, SUBMISSIONS, document_key
from assets.periods import PeriodError, parse_period
from assets.raw_text import TextDecodeError
from assets.reference.resolver import ProvinceResolver
from assets.staging import StagedBatch, document_frame, partition_output, staged_asset
from checks.validation import empty_quarantine
from storage.memory import release_freed_memory
from storage.raw_files import RawFiles
from storage.sql_text import sql_string
from storage.staged_store import scratch_dir

REQUIRED = ("province", "indicator_code", "period", "value", "source")
OPTIONAL = ("unit", "note", "grouping", "is_target")
TRUE_WORDS = ("true", "1", "yes", "x", "có")
EXTRACTOR_VERSION = "submission_csv/1"
README = "see data/raw/submissions/README.md"


def number_sql(column: str, decimal_comma: bool) -> tuple[str, str]:
    """(the value as DOUBLE or NULL, whether the text is a number) for a VARCHAR column. Strict:
    an optional minus, digits, and decimals after the file's decimal mark; nothing else (no
    exponent, no thousands separator, no `inf`/`nan`, no `1_000`, all of which float() accepts)."""
    mark = "," if decimal_comma else "."
    pattern = r"-?[0-9]+(\,[0-9]+)?" if decimal_comma else r"-?[0-9]+(\.[0-9]+)?"
    text = f"trim({column})"
    valid = f"regexp_full_match({text}, {sql_string(pattern)})"
    value = f"CASE WHEN {valid} THEN replace({text}, {sql_string(mark)}, '.')::DOUBLE END"
    return value, valid


def _period_table(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """`_periods`: each distinct period spelling of `table` parsed once by assets.periods (the one
    grammar of periods, shared with report sidecars), to be joined back."""
    parsed = []
    # Joined with `=` on coalesce(period, '') (an empty period is an error too): a hash join, where
    # IS NOT DISTINCT FROM would compare every row with every spelling.
    for (text,) in con.execute(f"""SELECT DISTINCT coalesce("period", '') FROM {table}""").fetchall():
        try:
            start, end = parse_period(text)
            parsed.append((text, start, end, None))
        except PeriodError as error:
            parsed.append((text, None, None, str(error)))
    frame = pl.DataFrame(
        parsed,
        schema={"period_text": pl.String, "period_start": pl.Date, "period_end": pl.Date, "error": pl.String},
        orient="row",
    )
    con.register("_periods_frame", frame.to_arrow())
    con.execute("CREATE OR REPLACE TEMP TABLE _periods AS SELECT * FROM _periods_frame")
    con.unregister("_periods_frame")


def raw_facts_sql(
    table: str,
    problems: str | None,
    header: list[str],
    *,
    source_file: str,
    merger_day: date,
    decimal_comma: bool,
    needs_nfc: bool,
) -> str:
    """The raw facts (assets.fact_staging.RAW_FACT_SCHEMA) of a submission table. Text is
    NFC-normalised (joins on NFC and NFD forms fail silently), only in files that hold NFD text
    and there only in the fields that do: nfc_normalize costs more than everything else on a row."""

    def nfc(expression: str) -> str:
        if not needs_nfc:
            return expression
        marks = "'[\\x{0300}-\\x{036F}]'"
        return f"CASE WHEN regexp_matches({expression}, {marks}) THEN nfc_normalize({expression}) ELSE {expression} END"

    def col(name: str) -> str:
        return f'"{name}"' if name in header else "NULL::VARCHAR"

    file = sql_string(source_file)
    value, is_number = number_sql('"value"', decimal_comma)
    mark = "','" if decimal_comma else "'.'"
    quote_parts = ", ".join(
        f"""CASE WHEN "{h}" <> '' THEN {sql_string(h + "=")} || "{h}" END"""
        for h in header
        if h and header.count(h) == 1
    )
    province = nfc("""trim(coalesce("province", ''))""")
    quote = nfc(f"concat_ws(',', {quote_parts})")
    note = nfc(f"nullif(trim({col('note')}), '')")
    true_words = ", ".join(sql_string(w) for w in TRUE_WORDS)
    grouping = col("grouping")
    rows = f"""
        SELECT {file} || ':' || source_line || ':1' AS row_key, {file} AS source_file, source_line,
               nullif(trim("source"), '') AS source_url,
               {province} AS province_as_written,
               NULL::VARCHAR AS province_code,
               CASE WHEN trim({grouping}) IN ('63', '34') THEN trim({grouping})::SMALLINT
                    WHEN coalesce(trim({grouping}), '') = '' AND p.period_end IS NOT NULL
                    THEN CASE WHEN p.period_end < DATE '{merger_day.isoformat()}' THEN 63 ELSE 34 END END::SMALLINT
                    AS grouping,
               trim("indicator_code") AS indicator_code, p.period_start, p.period_end, {value} AS value,
               nullif(trim({col("unit")}), '') AS unit, NULL::VARCHAR AS qualifier,
               coalesce(lower(trim({col("is_target")})) IN ({true_words}), false) AS is_target,
               {quote} AS quote,
               {note} AS note,
               NULL::DOUBLE AS denominator, NULL::BIGINT AS char_start, NULL::BIGINT AS char_end,
               1.0::DOUBLE AS confidence, '{EXTRACTOR_VERSION}' AS extractor_version, NULL::VARCHAR AS document_id,
               NULL::VARCHAR AS period_basis,
               CASE WHEN p.error IS NOT NULL THEN 'bad_period'
                    WHEN coalesce(trim({grouping}), '') NOT IN ('', '63', '34') THEN 'bad_grouping'
                    WHEN NOT coalesce({is_number}, false) THEN 'bad_value'
                    WHEN coalesce(trim("source"), '') = '' THEN 'missing_source' END AS reject_rule,
               CASE WHEN p.error IS NOT NULL THEN p.error
                    WHEN coalesce(trim({grouping}), '') NOT IN ('', '63', '34')
                    THEN format('grouping ''{{}}'' is neither 63 nor 34', trim({grouping}))
                    WHEN NOT coalesce({is_number}, false)
                    THEN format('value ''{{}}'' is not a plain number with ''{{}}'' as decimal mark (digits, an optional '
                                'minus and decimals; no exponent, thousands separator, inf or nan)',
                                coalesce("value", ''), {mark})
                    WHEN coalesce(trim("source"), '') = ''
                    THEN 'the source column is empty: every figure needs its source' END AS reject_reason
        FROM {table} AS s LEFT JOIN _periods AS p ON p.period_text = coalesce(s."period", '')"""
    if problems is None:
        return rows
    return (
        rows
        + f"""
        UNION ALL
        SELECT {file} || ':' || source_line || ':1', {file}, source_line, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL,
               NULL, NULL, false, '', NULL, NULL, NULL, NULL, 1.0, '{EXTRACTOR_VERSION}', NULL, NULL, rule,
               {file} || ':' || source_line || ': ' || reason
        FROM {problems}"""
    )


def _whole_file(source_file: str, rule: str, reason: str) -> pl.DataFrame:
    return raw_fact_frame(
        [
            {
                "source_file": source_file,
                "source_line": 1,
                "province_as_written": "",
                "quote": "",
                "reject_rule": rule,
                "reject_reason": f"{source_file}:1: {reason}",
            }
        ],
        EXTRACTOR_VERSION,
    )


def _read(con: duckdb.DuckDBPyConnection, path: Path, source_file: str, workdir: Path):
    """(table, problems table, header, decimal comma, needs NFC) or a frame rejecting the whole file."""
    if path.suffix.lower() == ".xlsx":
        header, problems = load_xlsx(con, path, "sub")
        if problems and problems[0].line == 1:
            return _whole_file(source_file, problems[0].rule, problems[0].reason)
        frame = pl.DataFrame(
            [(p.line, p.rule, p.reason) for p in problems],
            schema={"source_line": pl.Int64, "rule": pl.String, "reason": pl.String},
            orient="row",
        )
        con.register("_xlsx_problems", frame.to_arrow())
        con.execute("CREATE OR REPLACE TEMP TABLE sub_problems AS SELECT * FROM _xlsx_problems")
        con.unregister("_xlsx_problems")
        decimal_comma, needs_nfc = False, False  # cells are normalised as they are read
    else:
        try:
            text = open_text_file(path, workdir)
        except TextDecodeError as error:
            return _whole_file(source_file, "empty_file" if "empty" in str(error) else "unreadable_file", str(error))
        header, decimal_comma, needs_nfc = text.header, text.decimal_comma, text.needs_nfc
        if not any(header):
            return _whole_file(source_file, "empty_file", "no header row")
        if missing := [c for c in REQUIRED if c not in header]:
            return _whole_file(
                source_file,
                "missing_columns",
                f"missing columns {', '.join(missing)} ({README}; read with {text.delimiter!r} between fields)",
            )
        try:
            load_csv(con, text, "sub")
        except CsvStructureError as error:
            return _whole_file(source_file, "malformed_csv", str(error))
    if missing := [c for c in REQUIRED if c not in header]:
        return _whole_file(source_file, "missing_columns", f"missing columns {', '.join(missing)} ({README})")
    return "sub", "sub_problems", header, decimal_comma, needs_nfc


def stage_submission(
    path: Path, *, source_file: str, resolver: ProvinceResolver, catalog: pl.DataFrame, merger_day: date, workdir: Path
) -> StagedFacts:
    with connect(workdir) as con:
        read = _read(con, path, source_file, workdir)
        if isinstance(read, pl.DataFrame):
            con.register("_rejected", read.to_arrow())
            con.execute("CREATE TEMP TABLE raw_facts AS SELECT * FROM _rejected")
        else:
            table, problems, header, decimal_comma, needs_nfc = read
            _period_table(con, table)
            # A view: staging reads it once into its checked table (no wide copy in between).
            sql = raw_facts_sql(
                table,
                problems,
                header,
                source_file=source_file,
                merger_day=merger_day,
                decimal_comma=decimal_comma,
                needs_nfc=needs_nfc,
            )
            con.execute("CREATE TEMP VIEW raw_facts AS " + sql)
        staged = stage_facts(con, "raw_facts", resolver=resolver, catalog=catalog, stage="submissions", workdir=workdir)
    release_freed_memory()  # what DuckDB and the validation batches used, before the next file or the build
    return staged


@staged_asset(
    "Analysts' long-format submissions (data/raw/submissions/*.csv|*.xlsx: province, indicator_code, "
    "period, value, unit, source, note), read by DuckDB (CSV: `,` or Excel's Vietnamese `;` with decimal commas; "
    "XLSX: values as shown, percentages included), names resolved, periods as start/end dates, grouping 63 "
    "before 2025-07-01 and 34 after. Pandera-validated; bad rows quarantined with file, line and reason. "
    "One partition per submitted file, keyed by its file name.",
    raw_folder="submissions",
    partitions_def=SUBMISSIONS,
)
def staged_submissions(
    context: AssetExecutionContext,
    raw: RawFiles,
    staged_provinces: pl.DataFrame,
    staged_indicators: pl.DataFrame,
    staged_province_aliases: pl.DataFrame,
) -> dg.Output[dict[str, StagedBatch]]:
    resolver = ProvinceResolver.from_aliases(staged_province_aliases)
    merger_day = staged_provinces.filter(pl.col("grouping") == 34)["valid_from"].min()
    files = {document_key("submission", path): path for path in raw.files("submissions", SUBMISSION_SUFFIXES)}
    batches = {}
    for key in context.partition_keys:
        if key not in files:  # a deleted file's partition stages nothing
            batches[key] = StagedBatch.of(
                facts=pl.DataFrame(schema=STAGED_FACT_SCHEMA),
                quarantine=empty_quarantine(),
                documents=document_frame([]),
                rows_read={},
            )
            continue
        rel = raw.relative(files[key])
        staged = stage_submission(
            files[key],
            source_file=rel,
            resolver=resolver,
            catalog=staged_indicators,
            merger_day=merger_day,
            workdir=scratch_dir(),
        )
        documents = [
            {
                "source_url": url,
                "raw_file": rel,
                "raw_sha256": raw.sha256(files[key]),
                "source_kind": "analyst_submission",
            }
            for url in staged.source_urls
        ]
        batches[key] = StagedBatch.of(
            facts=staged, quarantine=staged.quarantine, documents=document_frame(documents), rows_read=staged.rows_read
        )
    return partition_output(context, batches)
