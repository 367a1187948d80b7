"""The Great Expectations data-quality report.

Suites live as JSON files in checks/gx/expectations/ (one per warehouse table or mart, with
the table in meta.table). Each run: a file context in a generated folder (never in the repo),
the suites loaded from those files, one checkpoint per table validating a pandas frame read
through a short read-only DuckDB connection (GX's SQL datasource does not work with DuckDB),
Data Docs written to the quality folder, then every CDN reference in the pages rewritten to
the vendored copies (checks/gx/vendor/), so the report renders with no network at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import yaml

from storage.settings import SCAN_DUCKDB_CONFIG
from storage.table_content import content_columns, content_hash

GX_DIR = Path(__file__).parent
SUITES_DIR = GX_DIR / "expectations"
VENDOR_DIR = GX_DIR / "vendor"
SITE = "quality"


@dataclass
class SuiteResult:
    suite: str
    table: str
    success: bool
    evaluated: int
    successful: int
    failed_expectations: list[str]
    rows_in_table: int = 0
    rows_validated: int = 0  # fewer than rows_in_table: a sample was validated (see SAMPLE_ROWS)
    fingerprint: str = ""  # the suite and the table's content (see _fingerprint); empty: not computed
    validated_in_run: str = ""  # the run whose validation this is (an earlier one when reused)
    # When only the rows an incremental build changed were validated: which, and whose result stands for the
    # other rows (empty: the whole table, or a sample of it, as rows_validated says).
    scope: str = ""


# GX validates a pandas frame in memory. A table larger than this is validated on a repeatable random
# sample of this many rows, and the report says so; the rules that must hold for every row
# (unique fact ids, foreign keys, ranges, accounting) run over the whole table in SQL as Dagster
# asset checks (checks/rules.py).
SAMPLE_ROWS = 50_000


def _frame(con: duckdb.DuckDBPyConnection, table: str, where: str = "true") -> tuple[object, int]:
    """(the pandas frame GX validates: the rows for which `where` holds, or a sample of them; their count)."""
    rows = con.execute(f'SELECT count(*) FROM "{table}" WHERE {where}').fetchone()[0]
    sample = f" USING SAMPLE reservoir({SAMPLE_ROWS} ROWS) REPEATABLE (20261201)" if rows > SAMPLE_ROWS else ""
    return con.sql(f'SELECT * FROM (SELECT * FROM "{table}" WHERE {where}){sample}').to_arrow_table().to_pandas(), rows


# A table of at most this many rows gets a content fingerprint; when the suite and the content are those
# of the last report, the last result stands (nothing to validate again). Larger tables are validated
# every time: hashing them costs more than validating their sample.
FINGERPRINT_MAX_ROWS = 1_000_000


def _fingerprint(con: duckdb.DuckDBPyConnection, table: str, rows: int, spec: dict) -> str:
    """The suite and the table's content (row count and the sum of DuckDB's hash of every row,
    order-independent), or "" for a table too large to hash cheaply."""
    if rows > FINGERPRINT_MAX_ROWS:
        return ""
    columns, _, total = content_hash(con, table)
    return _fingerprint_of(spec, f"{rows}:{total}", columns)


def _fingerprint_of(spec: dict, checksum: str, columns: list[str]) -> str:
    """The same fingerprint from a checksum "rows:sum" known without reading the table (an incremental
    build derives it from the published one and the delta)."""
    rows, total = checksum.split(":")
    suite = json.dumps(spec, sort_keys=True)
    return hashlib.sha256(f"{suite}|{rows}|{total}|{','.join(columns)}".encode()).hexdigest()


def _previous(site_dir: Path) -> dict[str, SuiteResult]:
    """The last report's result per suite, for the suites whose table it fingerprinted."""
    try:
        summary = json.loads((site_dir / "summary.json").read_text(encoding="utf-8"))
        results = [SuiteResult(**s) for s in summary["suites"]]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {r.suite: r for r in results if r.fingerprint}


def _suites() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SUITES_DIR.glob("*.json"))]


def _context(context_dir: Path, site_dir: Path):
    os.environ["GX_ANALYTICS_ENABLED"] = "False"
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="file", project_root_dir=str(context_dir))
    context.variables.analytics_enabled = False
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    context.variables.save()
    sites = context.get_site_names()
    for name in sites:
        if name != SITE:
            context.delete_data_docs_site(name)
    if SITE not in sites:
        context.add_data_docs_site(
            SITE,
            {
                "class_name": "SiteBuilder",
                "show_how_to_buttons": False,
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(site_dir)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )
    return gx, context


def _context_and_datasource(context_dir: Path, site_dir: Path) -> tuple:
    gx, context = _context(context_dir, site_dir)
    return gx, context, context.data_sources.add_or_update_pandas("warehouse")


def _checkpoint(gx, context, datasource, spec: dict):
    """The checkpoint validating `spec`'s table (a pandas frame given at run time), with its suite, data asset,
    batch definition and validation definition added or updated in the context."""
    table = spec["meta"]["table"]
    suite = context.suites.add_or_update(gx.ExpectationSuite(**spec))
    asset = next((a for a in datasource.assets if a.name == table), None) or datasource.add_dataframe_asset(table)
    batch = next(
        (b for b in asset.batch_definitions if b.name == "whole_table"), None
    ) or asset.add_batch_definition_whole_dataframe("whole_table")
    definition = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=table, data=batch, suite=suite)
    )
    # No Data Docs action per checkpoint: each would rebuild the site's index; the pages of every
    # result of this run are built once below.
    return context.checkpoints.add_or_update(
        gx.Checkpoint(name=f"quality_{table}", validation_definitions=[definition], actions=[])
    )


# Contexts prepared ahead in this process (prepare_quality_report): (context folder, site folder) ->
# (gx, context, datasource, {suite name: (the suite as prepared, in JSON; its checkpoint)}), taken by the next report.
_PREPARED: dict[tuple[str, str], tuple] = {}


def _prepared_key(context_dir: Path, site_dir: Path) -> tuple[str, str]:
    return str(Path(context_dir).resolve()), str(Path(site_dir).resolve())


def prepare_quality_report(context_dir: Path, site_dir: Path, tables: tuple[str, ...] | None = None) -> int:
    """Ahead of build_quality_report in this process (the quality worker does it right after its import, while
    the run's steps go on): the file context, its Data Docs site and the checkpoints of the suites of `tables`
    (every suite when None), which the report would otherwise set up (about 0.1 s, and 0.03-0.1 s per suite)
    once the tables are built. The callers name the tables an incremental build changes in place
    (assets.warehouse.incremental.DELTA_TABLES: the facts, their accounting, the quarantine, the conflicts),
    whose suites its report validates; the other suites (dimensions, DTI marts) are validated only when their
    table's content changed, and set up by the report then. The report takes them; a suite whose file changed
    since is set up again there. Returns the suites prepared."""
    gx, context, datasource = _context_and_datasource(context_dir, site_dir)
    # each suite as read (Great Expectations changes the dict it is given)
    ready = {
        spec["name"]: (json.dumps(spec, sort_keys=True), _checkpoint(gx, context, datasource, spec))
        for spec in _suites()
        if tables is None or spec["meta"]["table"] in tables
    }
    _PREPARED[_prepared_key(context_dir, site_dir)] = (gx, context, datasource, ready)
    return len(ready)


def build_quality_report(
    warehouse_path: Path, site_dir: Path, context_dir: Path, run_name: str, changes: dict[str, dict] | None = None
) -> list[SuiteResult]:
    """Validate every suite's table, write Data Docs to site_dir, and return the results. A suite whose
    table has the content it had at the last report (see _fingerprint) keeps that report's result.

    `changes` (an incremental build; assets.warehouse.incremental.changes_for_quality): per table, its
    checksum before the build ("before") and now ("after"), and the SQL condition selecting the rows the
    build inserted ("changed_rows"). When the last report's result is of the table as it was before the
    build, only the inserted rows are validated (all of them, or a sample beyond SAMPLE_ROWS), and the
    last result stands for the rows kept: the suite passes when both did, and says so in `scope`. Deleted
    rows need no validation."""
    site_dir.mkdir(parents=True, exist_ok=True)
    gx = context = datasource = None  # Great Expectations is imported only when a suite is validated
    ready: dict = {}
    results = []
    built = []  # the validation results and suites of this run, whose pages Data Docs (re)builds
    previous = _previous(site_dir)
    with duckdb.connect(str(warehouse_path), read_only=True, config=SCAN_DUCKDB_CONFIG) as con:
        for spec in _suites():
            table = spec["meta"]["table"]
            rows = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            change = (changes or {}).get(table)
            if change:
                columns = content_columns(con, table)
                fingerprint = _fingerprint_of(spec, change["after"], columns)
            else:
                fingerprint = _fingerprint(con, table, rows, spec)
            last = previous.get(spec["name"])
            if fingerprint and last is not None and last.fingerprint == fingerprint:
                # Same suite, same rows as when it was last validated: that result (and its Data Docs
                # page) stands; the summary says which run validated it.
                results.append(last)
                continue
            # The last result is of the table before this build: it stands for the kept rows.
            kept = (
                last
                if change and last and last.fingerprint == _fingerprint_of(spec, change["before"], columns)
                else None
            )
            where = change["changed_rows"] if kept else "true"
            if kept and not con.execute(f'SELECT count(*) FROM "{table}" WHERE {where}').fetchone()[0]:
                results.append(
                    replace(
                        kept,
                        fingerprint=fingerprint,
                        rows_in_table=rows,
                        scope=f"rows deleted only, none inserted: the result of run {kept.validated_in_run} stands",
                    )
                )
                continue
            if context is None:
                gx, context, datasource, ready = _PREPARED.pop(_prepared_key(context_dir, site_dir), None) or (
                    *_context_and_datasource(context_dir, site_dir),
                    {},
                )
            from great_expectations.core.run_identifier import RunIdentifier
            from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

            frame, selected = _frame(con, table, where)
            validated = len(frame)
            prepared_as, checkpoint = ready.get(spec["name"], (None, None))
            if prepared_as != json.dumps(spec, sort_keys=True):  # not prepared ahead, or the suite's file changed
                checkpoint = _checkpoint(gx, context, datasource, spec)
            outcome = checkpoint.run(batch_parameters={"dataframe": frame}, run_id=RunIdentifier(run_name=run_name))
            del frame
            for key, run in outcome.run_results.items():
                built.extend([key, ExpectationSuiteIdentifier(name=run.suite_name)])
                stats = run.statistics
                failed = [
                    r.expectation_config.type + "(" + str(r.expectation_config.kwargs.get("column", "")) + ")"
                    for r in run.results
                    if not r.success
                ]
                scope = ""
                if kept:
                    failed += [f for f in kept.failed_expectations if f not in failed]
                    scope = (
                        f"the {selected:,} rows this build inserted ({validated:,} validated); for the other "
                        f"{rows - selected:,} rows the result of run {kept.validated_in_run} stands"
                    )
                results.append(
                    SuiteResult(
                        suite=spec["name"],
                        table=table,
                        success=bool(run.success) and (kept is None or kept.success),
                        evaluated=int(stats["evaluated_expectations"]),
                        successful=int(stats["successful_expectations"]),
                        failed_expectations=failed,
                        rows_in_table=rows,
                        rows_validated=validated,
                        fingerprint=fingerprint,
                        validated_in_run=run_name,
                        scope=scope,
                    )
                )
    if built:
        forget_superseded_validations(context, results)
        context.build_data_docs(site_names=[SITE], resource_identifiers=built)
        for removed_from in (site_dir / "validations", context_dir / "gx" / "uncommitted" / "validations"):
            remove_empty_folders(removed_from)  # Great Expectations removes a result's file, not its folders
    make_offline(site_dir)
    write_summary(site_dir, results)
    return results


def forget_superseded_validations(context, results: list[SuiteResult]) -> int:
    """Remove from the context's validation results every result the report no longer shows: each suite keeps
    the result of the run that validated it last (`validated_in_run`, this run's or an earlier one's that still
    stands). Data Docs then drop the pages of the removed results (the site index builder removes a page whose
    result is gone), so the site holds one validation page per suite instead of one per suite and run: before,
    every run added pages, and the index (which reads every stored result) and make_offline (which rewrites
    every page) took longer with every run. Returns how many results were removed."""
    shown = {(r.suite, r.validated_in_run) for r in results}
    store = context.validation_results_store
    removed = 0
    for key in store.list_keys():
        if (key.expectation_suite_identifier.name, key.run_id.run_name) not in shown:
            store.remove_key(key)
            removed += 1
    return removed


def remove_empty_folders(root: Path) -> None:
    """Remove every empty folder under `root` (not `root`), deepest first."""
    for folder, _, _ in os.walk(root, topdown=False):
        if folder != str(root) and not os.listdir(folder):  # listed now: its empty subfolders are gone already
            os.rmdir(folder)


def make_offline(site_dir: Path) -> int:
    """Point every page at the vendored copies of the files Data Docs load from CDNs."""
    manifest = yaml.safe_load((VENDOR_DIR / "MANIFEST.yml").read_text(encoding="utf-8"))
    target = site_dir / "static" / "vendor"
    shutil.copytree(VENDOR_DIR, target, dirs_exist_ok=True)
    replaced = 0
    for page in site_dir.rglob("*.html"):
        html = original = page.read_text(encoding="utf-8")
        to_root = os.path.relpath(site_dir, page.parent).replace(os.sep, "/")
        for entry in sorted(manifest["files"], key=lambda e: len(e["url"]), reverse=True):
            html, n = _swap(html, entry["url"], f"{to_root}/static/vendor/{entry['file']}")
            replaced += n
        for url, local in manifest["images"].items():
            html, n = _swap(html, url, f"{to_root}/{local}")
            replaced += n
        if html != original:  # a page made offline by an earlier run is left as it is
            page.write_text(html, encoding="utf-8")
    return replaced


def _swap(html: str, url: str, local: str) -> tuple[str, int]:
    count = html.count(url)
    return (html.replace(url, local), count) if count else (html, 0)


def fingerprint_from_checksums(site_dir: Path, con: duckdb.DuckDBPyConnection, checksums: dict[str, str]) -> list[str]:
    """After the report, at the publish of the file it validated (`con`, unchanged since; `checksums`: the publish's
    checksum of each table, table_checksums): the fingerprint of every suite the report left without one (a table
    too large to hash there: FINGERPRINT_MAX_ROWS, as a full build's facts at 10M rows). The next incremental build
    then keeps that result for the rows it does not change and validates the rows it inserted, instead of the whole
    table again (2.4 s at 10M facts, in the first `dxw run` after every full build). Returns the suites
    fingerprinted."""
    path = site_dir / "summary.json"
    try:
        summary = json.loads(path.read_text(encoding="utf-8"))
        suites = summary["suites"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    specs = {spec["name"]: spec for spec in _suites()}
    done = []
    for suite in suites:
        if suite.get("fingerprint") or suite.get("table") not in checksums or suite.get("suite") not in specs:
            continue
        columns = content_columns(con, suite["table"])
        suite["fingerprint"] = _fingerprint_of(specs[suite["suite"]], checksums[suite["table"]], columns)
        done.append(suite["suite"])
    if done:
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)
    return done


def write_summary(site_dir: Path, results: list[SuiteResult]) -> Path:
    path = site_dir / "summary.json"
    path.write_text(
        json.dumps(
            {
                "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "index": str(site_dir / "index.html"),
                "suites": [r.__dict__ for r in results],
            },
            indent=2,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path
