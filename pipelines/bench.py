"""`dxw bench`: how the pipeline scales with submitted rows, measured side by side with DuckDB's own
CSV load, in one run (the machine is noisy; the ratio measured in the same run is what counts).

For each size: a submission file in the project's template (pipelines.bench_data) dropped into a copy
of data/raw, in a temporary project (its own warehouse and Dagster home), then, `repeat` times each:
1. the physical limit: DuckDB's `CREATE TABLE AS SELECT * FROM read_csv(...)` into a fresh DuckDB file;
2. `dxw run --full` with the file, and without it (the difference is what the rows cost);
3. `dxw run` after adding a 100-row file (an incremental run);
4. mart queries at this size: a ranking and a trend of one indicator and year, p50 and p95 of 20 runs
   (and, for comparison, the former ranking query over every preferred fact of the year);
5. peak RSS of each `dxw run` process, from the OS (its VmHWM, read while it runs).
Every run's counts are checked: all good rows loaded, every bad row quarantined with its line.
Then a profile (pyinstrument) of staging the largest file, the slowest step.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import duckdb

from pipelines.bench_data import generate_submissions
from storage.settings import PROJECT_ROOT

DXW = str(Path(sys.executable).parent / "dxw")
# The ranking question an analyst asks: the provinces ranked on one indicator for one year, each by its figure
# for the year (mart_annual_ranking: 63 rows for this indicator and year; the rank is computed here).
RANKING = """SELECT province_code, value, rank() OVER (ORDER BY value DESC) AS rank FROM mart_annual_ranking
             WHERE indicator_code = 'online_dossier_rate_pct' AND year = 2005 AND grouping = 63
             ORDER BY rank, province_code"""
# The query measured as "ranking" before mart_annual_ranking, kept for comparison: every preferred fact of the
# year ranked against every other (22,903 daily facts at 10M rows; most of its time is fetching them into Python).
RANKING_FACTS = """SELECT province_code, value, rank() OVER (ORDER BY value DESC) AS rank FROM fact_indicator_preferred
                   WHERE indicator_code = 'online_dossier_rate_pct' AND year = 2005 AND NOT is_target
                   ORDER BY rank"""
TREND = """SELECT year, count(*) AS facts, avg(value) AS mean, max(value) AS best FROM fact_indicator_value
           WHERE indicator_code = 'online_dossier_rate_pct' AND province_code = '40' GROUP BY year ORDER BY year"""


@dataclass
class Measured:
    rows: int
    bad_rows: int
    file_mb: float
    duckdb_s: list[float] = field(default_factory=list)
    with_s: list[float] = field(default_factory=list)
    without_s: list[float] = field(default_factory=list)
    added_s: list[float] = field(default_factory=list)
    unchanged_s: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)
    ranking_ms: list[float] = field(default_factory=list)
    ranking_facts_ms: list[float] = field(default_factory=list)
    trend_ms: list[float] = field(default_factory=list)
    loaded: int = 0
    quarantined: int = 0

    @property
    def ratio(self) -> float:
        return (statistics.median(self.with_s) - statistics.median(self.without_s)) / statistics.median(self.duckdb_s)


def _high_water_kb(pid: int) -> int:
    """The process's peak resident set since it started its program (VmHWM), 0 when it cannot be read."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), 0)
    except OSError:
        return 0


def _timed_run(env: dict, *args: str) -> tuple[float, float]:
    """(wall seconds, peak RSS MB) of one `dxw run`; fails loudly when the run fails.

    The peak is the child's VmHWM, read every 0.2 s while it runs, not wait4's ru_maxrss: a child forked
    from this process starts with ru_maxrss at this process's own size (Linux keeps the high-water mark of
    the image it replaced at exec), and this process holds the generated submissions (3.4 GB at 10M rows)."""
    start = time.perf_counter()
    process = subprocess.Popen([DXW, "run", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_kb = 0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        peak_kb = max(peak_kb, _high_water_kb(process.pid))
        time.sleep(0.2)
    wall = time.perf_counter() - start
    out, err = process.stdout.read(), process.stderr.read()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"dxw run {' '.join(args)} failed ({process.returncode}):\n{out[-2000:]}\n{err[-4000:]}")
    return wall, (peak_kb or usage.ru_maxrss) / 1024


def _duckdb_limit(csv: Path, workdir: Path) -> float:
    target = workdir / "limit.duckdb"
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    with duckdb.connect(str(target)) as con:
        con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{csv}')")
    elapsed = time.perf_counter() - start
    target.unlink(missing_ok=True)
    return elapsed


def _queries(warehouse: Path, measured: Measured) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        queries = (
            (RANKING, measured.ranking_ms),
            (RANKING_FACTS, measured.ranking_facts_ms),
            (TREND, measured.trend_ms),
        )
        for sql, into in queries:
            con.execute(sql).fetchall()  # warm
            for _ in range(20):
                start = time.perf_counter()
                con.execute(sql).fetchall()
                into.append((time.perf_counter() - start) * 1000)


def _counts(warehouse: Path, name: str) -> tuple[int, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            "SELECT (SELECT count(*) FROM fact_indicator_value WHERE source_file = ?), "
            "(SELECT count(*) FROM quarantine WHERE source_file = ?)",
            [f"submissions/{name}", f"submissions/{name}"],
        ).fetchone()


def measure(rows: int, repeat: int, root: Path, log=print) -> Measured:
    project = root / f"rows_{rows}"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(PROJECT_ROOT / "data" / "raw", project / "raw")
    env = {
        **os.environ,
        "DXW_RAW_DIR": str(project / "raw"),
        "DXW_WAREHOUSE": str(project / "wh" / "dx.duckdb"),
        "DAGSTER_HOME": str(project / "home"),
    }
    name = f"bench_{rows}.csv"
    staged_csv = project / name
    generated = generate_submissions(staged_csv, rows, reference_dir=project / "raw" / "reference")
    result = Measured(rows=rows, bad_rows=generated.bad_rows, file_mb=staged_csv.stat().st_size / 1e6)
    target = project / "raw" / "submissions" / name
    small = project / "raw" / "submissions" / "added_100.csv"
    generate_submissions(project / "added_100.csv", 100, reference_dir=project / "raw" / "reference", seed=7)
    for attempt in range(repeat):
        log(f"  {rows:>10,} rows, round {attempt + 1}/{repeat}")
        result.duckdb_s.append(_duckdb_limit(staged_csv, project))
        target.unlink(missing_ok=True)
        small.unlink(missing_ok=True)
        wall, _ = _timed_run(env, "--full")
        result.without_s.append(wall)
        shutil.copyfile(staged_csv, target)
        wall, rss = _timed_run(env, "--full")
        result.with_s.append(wall)
        result.rss_mb.append(rss)
        result.loaded, result.quarantined = _counts(project / "wh" / "dx.duckdb", name)
        if (result.loaded, result.quarantined) != (rows - generated.bad_rows, generated.bad_rows):
            raise RuntimeError(
                f"{name}: {result.loaded} loaded and {result.quarantined} quarantined; expected "
                f"{rows - generated.bad_rows} and {generated.bad_rows}"
            )
        result.unchanged_s.append(_timed_run(env)[0])  # nothing changed: what any `dxw run` costs
        shutil.copyfile(project / "added_100.csv", small)
        wall, rss = _timed_run(env)
        result.added_s.append(wall)
        result.rss_mb.append(rss)
    _queries(project / "wh" / "dx.duckdb", result)
    return result


def profile_staging(csv: Path, workdir: Path) -> str:
    """pyinstrument's summary of staging one submission file in this process (the slowest step)."""
    from datetime import date

    from pyinstrument import Profiler

    from assets.reference.catalog import read_indicator_catalog
    from assets.reference.provinces import build_alias_table, read_provinces
    from assets.reference.resolver import ProvinceResolver
    from assets.submissions.submissions import stage_submission

    reference = PROJECT_ROOT / "data" / "raw" / "reference"
    resolver = ProvinceResolver.from_aliases(build_alias_table(read_provinces(reference), reference))
    catalog = read_indicator_catalog(reference)
    profiler = Profiler(interval=0.01)
    profiler.start()
    stage_submission(
        csv,
        source_file=f"submissions/{csv.name}",
        resolver=resolver,
        catalog=catalog,
        merger_day=date(2025, 7, 1),
        workdir=workdir,
    )
    profiler.stop()
    return profiler.output_text(unicode=False, color=False, show_all=False)


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _versions() -> str:
    names = ["dagster", "duckdb", "polars", "pandera", "pyarrow", "great-expectations"]
    return ", ".join(f"{n} {metadata.version(n)}" for n in names) + f", Python {platform.python_version()}"


def _machine() -> str:
    memory = next(
        (line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), "0"
    )
    return f"{os.cpu_count()} cores, {int(memory) / 1024 / 1024:.1f} GiB memory, {platform.platform()}"


def report(results: list[Measured], profile: str, profiled_rows: int) -> str:
    med = statistics.median
    lines = [
        "# Benchmarks",
        "",
        f"Written by `dxw bench` ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC). Machine: {_machine()}. Versions: {_versions()}.",
        "",
        "Each figure is the median of the rounds shown; every round checks that all good rows loaded and every bad "
        "row (0.5 %) was quarantined. `with`/`without`: `dxw run --full` with and without the submitted file (the "
        "whole refresh: ingest, resolve, validate, quarantine, load, marts, checks, quality report, publish); "
        "`rows cost` = with − without; `DuckDB limit`: `CREATE TABLE AS SELECT * FROM read_csv(...)` of the same "
        "file into a fresh DuckDB file, measured in the same rounds; `+100 rows`: `dxw run` (incremental) after "
        "adding a 100-row file next to the big one, and `+100 cost` = that minus a `dxw run` with nothing changed "
        "(imports, raw-file digests, plan). Peak RSS: the largest `dxw run` process of the rounds (its VmHWM, "
        "read from /proc while it runs). `ranking`: the provinces ranked on one indicator for one year from mart_annual_ranking; "
        "`ranking, every fact`: the former ranking query, every preferred fact of the year ranked (for comparison).",
        "",
        "| rows | file | rounds | DuckDB limit | without | with | rows cost | ratio | +100 rows | +100 cost | peak RSS | "
        "ranking p50/p95 | ranking, every fact p50/p95 | trend p50/p95 |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.rows:,} | {r.file_mb:.0f} MB | {len(r.with_s)} | {med(r.duckdb_s):.2f} s | {med(r.without_s):.1f} s | "
            f"{med(r.with_s):.1f} s | {med(r.with_s) - med(r.without_s):.1f} s | {r.ratio:.1f}× | "
            f"{med(r.added_s):.1f} s | {med(r.added_s) - med(r.unchanged_s):.1f} s | {max(r.rss_mb) / 1024:.2f} GB | "
            f"{_p(r.ranking_ms, 0.5):.1f}/{_p(r.ranking_ms, 0.95):.1f} ms | "
            f"{_p(r.ranking_facts_ms, 0.5):.1f}/{_p(r.ranking_facts_ms, 0.95):.1f} ms | "
            f"{_p(r.trend_ms, 0.5):.1f}/{_p(r.trend_ms, 0.95):.1f} ms |"
        )
    lines += ["", "## Against the targets (issue 10)", "", *targets(results)]
    lines += ["", "Raw timings (seconds, per round):", ""]
    for r in results:
        lines.append(
            f"- {r.rows:,} rows: DuckDB {[round(x, 2) for x in r.duckdb_s]}, without "
            f"{[round(x, 1) for x in r.without_s]}, with {[round(x, 1) for x in r.with_s]}, +100 rows "
            f"{[round(x, 1) for x in r.added_s]}; loaded {r.loaded:,}, quarantined {r.quarantined:,}"
        )
    lines += [
        "",
        f"## Profile: staging the {profiled_rows:,}-row file (pyinstrument)",
        "",
        "```",
        *profile.strip().splitlines()[:60],
        "```",
        "",
    ]
    return "\n".join(lines)


def targets(results: list[Measured]) -> list[str]:
    """Each target of the issue with the figure that answers it, met or not."""
    med = statistics.median
    largest = max(results, key=lambda r: r.rows)
    smallest = min(results, key=lambda r: r.rows)

    def line(met: bool, text: str) -> str:
        return f"- {'met' if met else 'NOT met'}: {text}"

    return [
        line(largest.ratio <= 2, f"{largest.rows:,} rows within 2x of DuckDB's load: {largest.ratio:.1f}x"),
        line(
            max(largest.rss_mb) <= 1536,
            f"peak RSS at {largest.rows:,} rows <= 1.5 GB: {max(largest.rss_mb) / 1024:.2f} GB",
        ),
        line(
            (largest.loaded, largest.quarantined) == (largest.rows - largest.bad_rows, largest.bad_rows),
            f"every good row loaded ({largest.loaded:,}), every bad row quarantined with its line ({largest.quarantined:,})",
        ),
        line(
            med(smallest.added_s) - med(smallest.unchanged_s) <= 5,
            f"one added 100-row file next to {smallest.rows:,} rows: {med(smallest.added_s) - med(smallest.unchanged_s):.1f} s "
            f"beyond a run with nothing changed ({med(smallest.added_s):.1f} s in all)",
        ),
        line(
            _p(largest.ranking_ms, 0.5) <= 20 and _p(largest.trend_ms, 0.5) <= 20,
            f"mart queries at {largest.rows:,} rows p50 <= 20 ms: ranking {_p(largest.ranking_ms, 0.5):.1f} ms, "
            f"trend {_p(largest.trend_ms, 0.5):.1f} ms",
        ),
        line(
            med(smallest.without_s) <= 60,
            f"`dxw run --full` on the shipped data <= 60 s: {med(smallest.without_s):.1f} s",
        ),
    ]


def run_bench(sizes: list[int], repeat: int, output: Path, log=print) -> list[Measured]:
    root = Path(tempfile.mkdtemp(prefix="dxw-bench-"))
    try:
        results = []
        output.parent.mkdir(parents=True, exist_ok=True)
        for rows in sizes:
            log(f"benchmark: {rows:,} rows")
            results.append(measure(rows, repeat, root, log))
            output.write_text(report(results, "(written when every size is done)", rows), encoding="utf-8")
        largest = max(sizes)
        profile = profile_staging(root / f"rows_{largest}" / f"bench_{largest}.csv", root / "profile")
        output.write_text(report(results, profile, largest), encoding="utf-8")
        output.with_suffix(".json").write_text(json.dumps([asdict(r) for r in results], indent=1), encoding="utf-8")
        log(f"written: {output}")
        return results
    finally:
        shutil.rmtree(root, ignore_errors=True)
