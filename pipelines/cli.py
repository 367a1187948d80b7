"""dxw: the analysts' entry point.

    dxw run [--full]              stage what changed in data/raw since the last published refresh (--full:
                                  everything), build, check, publish, then print what was built
    dxw sql "<query>" [--format table|csv|json]
                                  query the published warehouse, read-only
    dxw tables                    every table and view with its description (and a table's row count)
    dxw quality                   checks passed and failed, rows quarantined by source and reason,
                                  and where the data-quality report (Data Docs) is
    dxw bench [--rows N ...] [--repeat 3]
                                  generate submissions of N rows, time dxw run against DuckDB's own load,
                                  write docs/benchmarks.md
    dxw bench-reports [--size N ...] [--repeat 3] [--output FILE]
                                  time report extraction on long generated pages (figures per page length)
    dxw extract FILE [--province NAME] [--date YYYY-MM-DD] [--format table|json] [--unclaimed]
                                  the facts of one report, without touching the warehouse (figures
                                  without a period are listed with the reason; --unclaimed lists the
                                  numbers no indicator claims)
    dxw eval [--region R] [--misses] [--corpus DIR]
                                  score the report extractor on the labelled corpus
    dxw rank --year Y [--grouping 63|34] [--top N] [--indicator CODE]
    dxw trend --province NAME [--indicator CODE]
    dxw compare --indicator CODE [--year Y] [--grouping 63|34] [--provinces NAME ... | all]
    dxw explain --province NAME --indicator CODE --period YEAR
                                  answers from the marts; any spelling the province resolver accepts
    dxw export TABLE --format csv|parquet|xlsx [--out PATH]
                                  any table, view or mart, safe to open in a spreadsheet
    dxw report [--year Y] [--provinces NAME ...]
                                  the comparison report, one offline HTML file with charts

Query commands import only DuckDB, so they answer fast; Dagster is imported by `run` alone.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys

from storage.settings import DUCKDB_CONFIG, PROJECT_ROOT, Settings, ensure_dagster_home, load_settings


class UserError(Exception):
    """An error the user can fix; printed without a traceback."""


def _connect_read_only(settings: Settings):
    import duckdb

    path = settings.warehouse_path
    if not path.exists():
        raise UserError(f"no warehouse at {path}: run `make run` (or `dxw run`) first")
    # The same memory bound as the runs: counting a view over millions of facts (dxw run's summary)
    # spills to disk instead of taking gigabytes.
    return duckdb.connect(str(path), read_only=True, config=DUCKDB_CONFIG)


def _offline_environment(settings: Settings) -> None:
    """No telemetry, no analytics, run history inside the project."""
    os.environ["DAGSTER_HOME"] = str(ensure_dagster_home(settings))
    os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    _offline_environment(settings)
    from pipelines.resources import WarehouseBusy, hold_run_lock

    lock = settings.warehouse_path.parent / ".run.lock"
    try:
        with hold_run_lock(lock, "dxw run", wait=False):
            return _refresh(args, settings)
    except WarehouseBusy as busy:
        if not args.wait:
            raise UserError(str(busy)) from None
        print(f"waiting: {busy}", file=sys.stderr)
        with hold_run_lock(lock, "dxw run", wait=True):
            return _refresh(args, settings)


def _refresh(args: argparse.Namespace, settings: Settings) -> int:
    """A refresh in this process; the caller holds the warehouse lock for all its runs."""
    import dagster as dg

    from pipelines.analysis.progress import Progress
    from pipelines.definitions import defs
    from pipelines.refresh import refresh

    progress = Progress("dxw run")
    result = refresh(
        defs,
        dg.DagsterInstance.get(),
        full=args.full,
        tags={"dxw/trigger": "dxw run --full" if args.full else "dxw run"},
        run_config={"loggers": {"console": {"config": {"log_level": args.log_level}}}},
        on_step=lambda i, n, step: progress.step(f"run {i} of {n}: {step.describe()}"),
    )
    print(f"plan: {result.plan.describe()}")
    if not result.plan.steps:
        print(
            f"nothing to stage or build: the published warehouse {settings.warehouse_path} is up to date "
            "(dxw run --full restages and rebuilds everything)"
        )
        return 0
    blocking = [
        e for e in result.get_asset_check_evaluations() if not e.passed and e.severity == dg.AssetCheckSeverity.ERROR
    ]
    published = any(
        e.asset_key.to_user_string() == "publish_warehouse" for e in result.get_asset_materialization_events()
    )
    runs = ", ".join(f"{step.describe()} {run.run_id[:8]}" for step, run in zip(result.plan.steps, result.results))
    if not result.success or blocking or not published:
        failed = [e.step_key for e in result.all_events if e.is_step_failure]
        print(
            f"refresh did NOT publish: the published warehouse {settings.warehouse_path} is unchanged.", file=sys.stderr
        )
        print(f"  runs: {runs}", file=sys.stderr)
        not_run = [s.describe() for s in result.plan.steps[len(result.results) :]]
        if not_run:
            print(f"  not run (an earlier run failed): {', '.join(not_run)}", file=sys.stderr)
        for check in blocking:
            offending = check.metadata.get("offending_rows")
            print(
                f"  blocking check failed: {check.asset_key.to_user_string()}.{check.check_name} "
                f"({offending.value if offending else '?'} offending rows): {check.description}",
                file=sys.stderr,
            )
        for event in result.all_events:
            if event.is_step_failure and event.step_failure_data.error:
                print(
                    f"  step {event.step_key} failed: {event.step_failure_data.error.message.strip()}", file=sys.stderr
                )
        if failed or blocking:
            print("  details: dxw quality; Dagster UI (make dev)", file=sys.stderr)
        return 1
    print(f"refresh succeeded and published; runs: {runs} (Dagster history in {os.environ['DAGSTER_HOME']})")
    build = next(
        (e for e in result.get_asset_materialization_events() if e.asset_key.to_user_string() == "warehouse_build"),
        None,
    )
    if build is not None:
        meta = build.materialization.metadata
        print(f"build: {meta['build_mode'].value} ({meta['build_reason'].value})")
    print(f"warehouse: {settings.warehouse_path}")
    with _connect_read_only(settings) as con:
        _print_tables(con)
        quarantined = con.execute("select count(*) from quarantine").fetchone()[0]
        conflicts = con.execute("select count(*) from fact_conflict").fetchone()[0]
    print(
        f'{quarantined} rows quarantined (dxw sql "select * from quarantine"), '
        f'{conflicts} source conflicts (dxw sql "select * from fact_conflict")'
    )
    print(f"data-quality report: {settings.quality_dir / 'index.html'} (summary: dxw quality)")
    print(f"comparison report: {settings.reports_dir / 'comparison.html'} (answers: dxw rank, trend, compare, explain)")
    print(f"open the warehouse: .venv/bin/duckdb -readonly {settings.warehouse_path}")
    return 0


def _print_tables(con) -> None:
    rows = con.execute(
        """
        select table_name, 'table' as kind, comment from duckdb_tables() where database_name = current_database()
        union all
        select view_name, 'view', comment from duckdb_views() where database_name = current_database() and not internal
        order by 1
        """
    ).fetchall()
    width = max((len(name) for name, _, _ in rows), default=10)
    for name, kind, comment in rows:
        # A table's count is read from its storage; a view's would run the whole view (mart_province_profile:
        # every preferred fact twice, windowed and sorted: 25 s and 1 GB at 10M facts), so it is not counted.
        if kind == "view":
            count = "not counted"
        else:
            rows_in_table = con.execute(f'select count(*) from "{name}"').fetchone()[0]
            count = f"{rows_in_table:>7} rows"
        print(f"  {name:<{width}}  {kind:<5} {count:>12}  {comment or '(no description)'}")


def cmd_tables(args: argparse.Namespace, settings: Settings) -> int:
    with _connect_read_only(settings) as con:
        print(f"warehouse: {settings.warehouse_path}")
        _print_tables(con)
    return 0


def cmd_sql(args: argparse.Namespace, settings: Settings) -> int:
    import duckdb

    with _connect_read_only(settings) as con:
        try:
            cursor = con.execute(args.query)
        except duckdb.Error as error:
            raise UserError(f"query failed: {error}") from None
        if cursor.description is None:
            return 0
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    out = sys.stdout
    if args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    elif args.format == "json":
        for row in rows:
            out.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str) + "\n")
    else:
        out.write(render_table(columns, rows))
    return 0


def _latest_check_results() -> list[tuple[str, str, str, str, int | None]]:
    """(asset, check, severity, outcome, offending rows) of each rule's latest execution in Dagster's history."""
    import dagster as dg

    from checks.rule_catalog import RULES

    instance = dg.DagsterInstance.get()
    rows = []
    for rule in RULES:
        key = dg.AssetCheckKey(dg.AssetKey(rule.asset), rule.name)
        history = instance.event_log_storage.get_asset_check_execution_history(key, limit=1)
        if not history or history[0].event is None or history[0].event.dagster_event is None:
            rows.append((rule.asset, rule.name, rule.severity, "not run yet", None))
            continue
        evaluation = history[0].event.dagster_event.event_specific_data
        offending = evaluation.metadata.get("offending_rows")
        outcome = "passed" if evaluation.passed else ("FAILED" if rule.severity == "ERROR" else "warning")
        rows.append((rule.asset, rule.name, rule.severity, outcome, offending.value if offending else None))
    return rows


def _rows_validated(suite: dict) -> str:
    if suite.get("scope"):  # an incremental build validated the rows it inserted (checks.gx.report)
        return suite["scope"]
    if suite.get("rows_validated", 0) >= suite.get("rows_in_table", 0):
        return "all"
    return f"sample of {suite['rows_validated']} of {suite['rows_in_table']}"


def cmd_quality(args: argparse.Namespace, settings: Settings) -> int:
    _offline_environment(settings)
    checks = _latest_check_results()
    print("Business rules (Dagster asset checks, latest run):")
    print(render_table(["asset", "check", "severity", "outcome", "offending_rows"], checks), end="")
    summary_path = settings.quality_dir / "summary.json"
    if summary_path.exists():
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
        suites = [
            (
                s["suite"],
                s["table"],
                "passed" if s["success"] else "FAILED",
                f"{s['successful']}/{s['evaluated']}",
                ", ".join(s["failed_expectations"]) or "",
                _rows_validated(s),
            )
            for s in summary["suites"]
        ]
        print(f"\nGreat Expectations suites (built {summary['built_at']}):")
        print(
            render_table(["suite", "table", "outcome", "expectations met", "failed", "rows validated"], suites), end=""
        )
        if any(row[-1] != "all" for row in suites):
            print("(a sampled table's full-table rules run in SQL as the business-rule checks above)")
    else:
        print("\nNo data-quality report yet: run `dxw run`.")
    with _connect_read_only(settings) as con:
        quarantined = con.execute(
            "select source_file, rule, count(*) as rows, any_value(message) as example from quarantine "
            "group by all order by source_file, rows desc"
        ).fetchall()
        audit = con.execute(
            "select sum(rows_read), sum(rows_loaded), sum(rows_quarantined), sum(rows_skipped), "
            "count(*) filter (where not balanced) from load_audit"
        ).fetchone()
    print(
        f"\nRows: {audit[0]} read, {audit[1]} loaded, {audit[2]} quarantined, {audit[3]} skipped on purpose"
        + (
            f'; {audit[4]} files DO NOT BALANCE (dxw sql "select * from load_audit where not balanced")'
            if audit[4]
            else "; every file balances"
        )
    )
    print('Quarantined rows by source and reason (dxw sql "select * from quarantine"):')
    print(
        render_table(["source_file", "rule", "rows", "example"], [(f, r, n, m[:100]) for f, r, n, m in quarantined]),
        end="",
    )
    print(f"\nData Docs: {settings.quality_dir / 'index.html'}")
    failed = any(outcome == "FAILED" for *_, outcome, _ in checks)
    return 1 if failed else 0


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from pipelines.bench import run_bench

    _offline_environment(settings)
    run_bench(
        args.rows or [100_000, 1_000_000, 10_000_000],
        args.repeat,
        Path(args.output),
        log=lambda text: print(text, flush=True),
    )
    return 0


def cmd_bench_reports(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from pipelines.bench_reports import run_report_bench

    run_report_bench(
        args.size or [100, 200, 400],
        args.repeat,
        settings.raw_dir / "reference",
        Path(args.output) if args.output else None,
        log=lambda text: print(text, flush=True),
    )
    return 0


EXTRACT_KEYS = [
    "province_code",
    "province_name",
    "indicator_code",
    "value",
    "unit",
    "denominator",
    "qualifier",
    "period_start",
    "period_end",
    "is_target",
    "quote",
    "char_start",
    "char_end",
    "confidence",
    "period_basis",
    "status",
    "reason",
]
UNCLAIMED_KEYS = [
    "value",
    "denominator",
    "unit",
    "mention_kind",
    "noun",
    "quote",
    "char_start",
    "char_end",
    "reason",
    # a measure outside the catalog is attributed and dated (null for the other unclaimed numbers)
    "province_code",
    "period_start",
    "period_end",
    "is_target",
]


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    import shlex
    from datetime import date
    from pathlib import Path

    from assets.reports.context import ExtractionContext
    from assets.reports.documents import ReportError
    from assets.reports.extract import OUTSIDE_CATALOG

    path = Path(args.file)
    if not path.is_file():
        raise UserError(f"{path}: no such file")
    try:
        document_date = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise UserError(f"--date {args.date!r} is not YYYY-MM-DD") from None
    context = ExtractionContext.from_reference(settings.raw_dir / "reference")
    try:
        doc, extraction = context.extract_file(path, province=args.province, document_date=document_date)
    except ReportError as error:
        raise UserError(f"{path}: {error}") from None
    if args.unclaimed:
        rows = [
            {key: row[key].isoformat() if isinstance(row[key], date) else row[key] for key in UNCLAIMED_KEYS}
            for row in extraction.unclaimed_rows(doc.province_code)
        ]
        return _print_rows(
            args.format, UNCLAIMED_KEYS, rows, f"{path}: {len(rows)} numbers no catalog indicator claims"
        )
    rows = []
    found = extraction.facts + extraction.undated + extraction.uncatalogued
    if any(not fact.period_end for fact in found):
        # The reason the staging asset gives; its module imports Dagster and Pandera (seconds), so only
        # when a figure has no period.
        from assets.reports.assets import NO_PERIOD
    for fact in found:
        place = fact.province_code or doc.province_code
        rows.append(
            {
                "province_code": place,
                "province_name": context.names.get(place),
                "indicator_code": fact.indicator_code,
                "value": fact.value,
                "unit": fact.unit,
                "denominator": fact.denominator,
                "qualifier": fact.qualifier,
                "period_start": fact.period_start.isoformat() if fact.period_start else None,
                "period_end": fact.period_end.isoformat() if fact.period_end else None,
                "is_target": fact.is_target,
                "quote": fact.quote,
                "char_start": fact.char_start,
                "char_end": fact.char_end,
                "confidence": fact.confidence,
                "period_basis": fact.period_basis,
                # uncatalogued: a measure no catalog indicator states (indicator_code null), kept with the
                # unclaimed mentions, never loaded as a fact
                "status": "uncatalogued"
                if fact.indicator_code is None
                else "fact"
                if fact.period_end
                else "quarantined",
                "reason": (fact.outside_reason or OUTSIDE_CATALOG)
                if fact.indicator_code is None
                else None
                if fact.period_end
                else NO_PERIOD,
            }
        )
    if args.format == "json":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    inferred = [what for what, flag in (("province", doc.province_inferred), ("date", doc.date_inferred)) if flag]
    print(
        f"{path}: {context.names.get(doc.province_code)} ({doc.province_code}), dated {doc.document_date or 'unknown'}, "
        f"period {doc.period_start}..{doc.period_end}" + (f" [inferred: {', '.join(inferred)}]" if inferred else "")
    )
    columns = [
        "province_code",
        "indicator_code",
        "value",
        "unit",
        "qualifier",
        "period_start",
        "period_end",
        "period_basis",
        "is_target",
        "confidence",
        "quote",
    ]
    facts = [r for r in rows if r["status"] == "fact"]
    print(render_table(columns, [tuple(r[c] for c in columns) for r in facts]), end="")
    for row in (r for r in rows if r["status"] == "quarantined"):
        print(f"quarantined: {row['indicator_code']} = {row['value']:g} {row['quote']!r}: {row['reason']}")
    if extraction.unclaimed or extraction.uncatalogued:
        print(
            f"{len(extraction.uncatalogued)} measures outside the catalog and {len(extraction.unclaimed)} other numbers "
            f"no catalog indicator claims: dxw extract {path}"
            + (f" --province {shlex.quote(args.province)}" if args.province else "")
            + (f" --date {args.date}" if args.date else "")
            + " --unclaimed"
        )
    return 0


def _print_rows(fmt: str, keys: list[str], rows: list[dict], heading: str) -> int:
    if fmt == "json":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        print(heading)
        print(render_table(keys, [tuple(r[k] for k in keys) for r in rows]), end="")
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from assets.reports.context import ExtractionContext
    from assets.reports.evaluation import (
        CorpusError,
        evaluate,
        format_report,
        load_corpus,
        own_code_map,
        read_code_map,
    )

    reference = settings.raw_dir / "reference"
    shipped = Path(__file__).resolve().parents[1] / "tests" / "data" / "report_corpus"
    folders = [Path(folder) for folder in args.corpus] if args.corpus else [shipped]
    for folder in folders:
        if not (folder / "facts.csv").exists():
            raise UserError(f"{folder}: no labelled corpus here (documents.csv, facts.csv, negatives.csv)")
    context = ExtractionContext.from_reference(reference)
    mapping, families = read_code_map(reference)
    # The shipped corpus must map every code (a test holds it); another labelled set may use codes
    # the catalog does not cover yet: they are listed, and their labels are never found exactly.
    unmapped: set[str] | None = None if [f.resolve() for f in folders] == [shipped.resolve()] else set()
    for folder in folders:
        unknown = sorted(set(own_code_map(folder).values()) - set(families))
        if unknown:
            raise UserError(f"{folder / 'indicator_code_map.csv'}: no catalog indicator {', '.join(unknown)}")
    try:
        corpus = [
            doc
            for folder in folders
            # catalog codes stand for themselves; a held-out set may also map its own codes
            for doc in load_corpus(
                folder,
                {**{code: code for code in families}, **mapping, **own_code_map(folder)},
                families,
                unmapped=unmapped,
            )
        ]
    except CorpusError as error:
        raise UserError(str(error)) from None
    regions = set(args.region) if args.region else None
    report = evaluate(corpus, context, regions=regions, details=args.misses)
    print(format_report(report))
    if unmapped:
        print(f"codes the reviewed mapping lacks (their labels cannot be found exactly): {', '.join(sorted(unmapped))}")
    if args.misses:
        print("\nlabelled figures not found exactly (document | label | why):")
        for doc, label, why in report.misses:
            print(f"  {doc} | {label} | {why}")
        print("\nextracted figures that match no label (document | figure):")
        for doc, figure in report.extras:
            print(f"  {doc} | {figure}")
    return 0


def _analysis(args: argparse.Namespace, settings: Settings, answer) -> int:
    """Run one analysis command on the published warehouse; its errors are one line."""
    import duckdb

    from pipelines.analysis.errors import AnalysisError
    from pipelines.analysis.warehouse import connect

    try:
        with connect(settings.warehouse_path) as con:
            text = answer(con)
    except AnalysisError as error:
        raise UserError(str(error)) from None
    except duckdb.Error as error:
        first_line = str(error).strip().splitlines()[0]
        raise UserError(
            f"the warehouse could not answer ({type(error).__name__}: {first_line}); "
            "is it built by this version? run `dxw run`"
        ) from None
    except OSError as error:
        raise UserError(f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")) from None
    sys.stdout.write(text)
    return 0


def cmd_rank(args: argparse.Namespace, settings: Settings) -> int:
    from pipelines.analysis.questions import rank

    return _analysis(args, settings, lambda con: rank(con, args.year, args.grouping, args.top, args.indicator))


def cmd_trend(args: argparse.Namespace, settings: Settings) -> int:
    from pipelines.analysis.questions import trend

    return _analysis(args, settings, lambda con: trend(con, args.province, args.indicator))


def cmd_compare(args: argparse.Namespace, settings: Settings) -> int:
    from pipelines.analysis.questions import compare

    return _analysis(args, settings, lambda con: compare(con, args.indicator, args.year, args.provinces, args.grouping))


def cmd_explain(args: argparse.Namespace, settings: Settings) -> int:
    from pipelines.analysis.explain import explain

    return _analysis(args, settings, lambda con: explain(con, args.province, args.indicator, args.period))


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from pipelines.analysis.export import export

    def answer(con) -> str:
        return f"wrote {export(con, args.table, args.format, Path(args.out) if args.out else None)}\n"

    return _analysis(args, settings, answer)


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from assets.comparison.report import ReportOptions, write_report

    def answer(con) -> str:
        from pipelines.analysis.warehouse import resolve_province

        focus = [resolve_province(con, p, 63) for p in args.provinces] if args.provinces else None
        path, _ = write_report(
            con, settings.reports_dir / "comparison.html", ReportOptions(year=args.year, focus=focus)
        )
        return f"wrote {path}\n"

    return _analysis(args, settings, answer)


def render_table(columns: list[str], rows: list[tuple]) -> str:
    cells = [["NULL" if v is None else str(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    body = [line(columns), line(["-" * w for w in widths]), *(line(r) for r in cells)]
    return "\n".join(body) + f"\n({len(rows)} rows)\n"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dxw", description="dx-warehouse: Vietnamese provinces' digital transformation"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="stage what changed (or everything with --full), build, check and publish")
    run.add_argument("--log-level", default="WARNING", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    run.add_argument("--wait", action="store_true", help="if another run is rebuilding the warehouse, wait for it")
    run.add_argument(
        "--full",
        action="store_true",
        help="restage every partition and rebuild, whatever changed (default: only what changed)",
    )
    run.set_defaults(handler=cmd_run)
    sql = sub.add_parser("sql", help="run a read-only SQL query against the published warehouse")
    sql.add_argument("query")
    sql.add_argument(
        "--format",
        choices=["table", "csv", "json"],
        default="table",
        help="json prints one JSON object per row and line",
    )
    sql.set_defaults(handler=cmd_sql)
    tables = sub.add_parser("tables", help="every table and view with its description and row count")
    tables.set_defaults(handler=cmd_tables)
    quality = sub.add_parser(
        "quality", help="checks passed/failed, quarantined rows by source and reason, Data Docs path"
    )
    quality.set_defaults(handler=cmd_quality)
    bench = sub.add_parser("bench", help="time dxw run against DuckDB's own CSV load (writes docs/benchmarks.md)")
    bench.add_argument(
        "--rows", type=int, action="append", help="submitted rows (repeatable; default: 100000, 1000000 and 10000000)"
    )
    bench.add_argument("--repeat", type=int, default=3, help="rounds per size (medians are reported)")
    bench.add_argument("--output", default=str(PROJECT_ROOT / "docs" / "benchmarks.md"))
    bench.set_defaults(handler=cmd_bench)
    bench_reports = sub.add_parser(
        "bench-reports", help="time report extraction on long generated pages (a table by year, a long paragraph)"
    )
    bench_reports.add_argument(
        "--size", type=int, action="append", help="table rows or sentences (repeatable; default: 100, 200 and 400)"
    )
    bench_reports.add_argument("--repeat", type=int, default=3, help="rounds per page (medians are reported)")
    bench_reports.add_argument("--output", help="also write the figures as Markdown to this file")
    bench_reports.set_defaults(handler=cmd_bench_reports)
    extract = sub.add_parser(
        "extract", help="print the facts of one report (.txt, .md, .html) without touching the warehouse"
    )
    extract.add_argument("file")
    extract.add_argument("--province", help="the report's province, if its sidecar or text does not say")
    extract.add_argument("--date", help="the report's date (YYYY-MM-DD), if its sidecar or text does not say")
    extract.add_argument(
        "--format", choices=["table", "json"], default="table", help="json prints one object per fact and line"
    )
    extract.add_argument(
        "--unclaimed",
        action="store_true",
        help="list the numbers of the report that no catalog indicator claims, and why",
    )
    extract.set_defaults(handler=cmd_extract)
    evaluation = sub.add_parser(
        "eval", help="score the report extractor on the labelled corpus (precision, recall, negatives)"
    )
    evaluation.add_argument(
        "--region",
        action="append",
        choices=["north", "central", "highlands_southeast", "mekong"],
        help="only documents of this region (repeatable)",
    )
    evaluation.add_argument(
        "--misses", action="store_true", help="also list every labelled figure not found exactly, and extras"
    )
    evaluation.add_argument(
        "--corpus",
        action="append",
        help="folder of a labelled corpus, in the shipped corpus's format; texts/<doc_id>.txt, where present, "
        "is the whole document (repeatable; default: tests/data/report_corpus)",
    )
    evaluation.set_defaults(handler=cmd_eval)
    rank = sub.add_parser(
        "rank", help="units ranked for a DTI edition (or by any indicator, among the units reporting it)"
    )
    rank.add_argument("--year", type=int, required=True)
    rank.add_argument("--grouping", type=int, choices=[63, 34], default=63)
    rank.add_argument("--top", type=int, help="only the first N")
    rank.add_argument("--indicator", help="an indicator code (default: the overall DTI)")
    rank.set_defaults(handler=cmd_rank)
    trend = sub.add_parser("trend", help="a unit's DTI rank and score (or any indicator) over the editions")
    trend.add_argument("--province", required=True, help="any spelling: 'Thái Bình', 'Thai Binh', 'TT Huế', '34'")
    trend.add_argument("--indicator", help="an indicator code (default: the overall DTI)")
    trend.set_defaults(handler=cmd_trend)
    compare = sub.add_parser("compare", help="units compared on one indicator: rank among those reporting, gaps")
    compare.add_argument("--indicator", required=True)
    compare.add_argument("--year", type=int, help="default: the latest year with values")
    compare.add_argument("--grouping", type=int, choices=[63, 34], default=63)
    compare.add_argument("--provinces", nargs="+", help="units to show (default: the focus set; 'all' for every unit)")
    compare.set_defaults(handler=cmd_compare)
    explain = sub.add_parser("explain", help="where a value comes from: sources, quotes, conflicts, checks")
    explain.add_argument("--province", required=True)
    explain.add_argument("--indicator", required=True)
    explain.add_argument("--period", type=int, required=True, help="the year of the period (DTI edition)")
    explain.set_defaults(handler=cmd_explain)
    export = sub.add_parser("export", help="a table, view or mart as CSV, Parquet or XLSX")
    export.add_argument("table")
    export.add_argument("--format", choices=["csv", "parquet", "xlsx"], required=True)
    export.add_argument("--out", help="output file (default: TABLE.FORMAT in the current folder)")
    export.set_defaults(handler=cmd_export)
    report = sub.add_parser("report", help="write the comparison report (data/warehouse/reports/comparison.html)")
    report.add_argument(
        "--year", type=int, help="edition for the pillars and indices (default: the latest with detail)"
    )
    report.add_argument("--provinces", nargs="+", help="provinces to follow (default: the focus set)")
    report.set_defaults(handler=cmd_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args, load_settings())
    except UserError as error:
        print(f"dxw: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
