"""Build the comparison report from a warehouse connection and write it atomically.

The page is made in two parts: the rows every section draws (`collect`, a few queries) and the page drawn
from them (`render`: the charts, through Altair). The page records a digest of the rows and of what draws
them (`<meta name="dxw-rows-digest">`), so that a refresh whose rows did not change keeps the page as it
is (`write_report(..., keep_unchanged=True)`) instead of importing Altair and drawing the same page again."""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from assets.comparison import data
from assets.comparison.page import chart_div, heading, page, table
from assets.warehouse.dictionary import LABELS_FILE, vietnamese_labels

DIGEST_META = "dxw-rows-digest"
_DIGEST = re.compile(rf'<meta name="{DIGEST_META}" content="([0-9a-f]{{64}})">')
# What draws the page besides its rows: this package's code, the Vietnamese labels, Altair and vl-convert.
_DRAWN_BY = [*sorted(Path(__file__).parent.glob("*.py")), LABELS_FILE]


@dataclass(frozen=True)
class ReportOptions:
    year: int | None = None  # edition for the pillars and indices; default: the latest with detail
    focus: list[str] | None = None  # province codes; default: the reviewed focus set


def _rows_block(section: data.Section, columns: list[str]) -> str:
    notes = "".join(f"<p class='note'>{html.escape(n)}</p>" for n in section.notes)
    return (
        notes + f"<details><summary>Dữ liệu ({len(section.rows)} dòng) / Data ({len(section.rows)} rows) — "
        f"{html.escape(section.source)}</summary>{table(section.rows, columns, vietnamese_labels())}</details>"
    )


@dataclass(frozen=True)
class ReportData:
    """The rows of every section, and what the page says around them."""

    codes: list[str]
    year: int | None
    names: str
    sections: dict[str, data.Section]

    def digest(self) -> str:
        """A digest of the rows the page draws and of what draws them (the code, labels, chart versions)."""
        content = {
            "codes": self.codes,
            "year": self.year,
            "names": self.names,
            "sections": {k: [s.rows, s.source, s.notes] for k, s in self.sections.items()},
            "drawn_by": [hashlib.sha256(p.read_bytes()).hexdigest() for p in _DRAWN_BY],
            "versions": [metadata.version(n) for n in ("altair", "vl-convert-python")],
        }
        return hashlib.sha256(json.dumps(content, sort_keys=True, default=repr).encode("utf-8")).hexdigest()


def collect(con, options: ReportOptions = ReportOptions()) -> ReportData:
    """The rows of every section, read from the warehouse (no chart drawn)."""
    codes = options.focus or data.focus_codes(con)
    year = options.year or data.detail_year(con)
    names = ", ".join(f"{name} ({code})" for code, name in data.focus_names(con, codes))
    sections = {
        "rank_history": data.rank_history(con, codes),
        "score_trends": data.score_trends(con, codes),
        "pillars": data.pillars(con, year, codes),
        "units_2025": data.units_2025(con),
        "targets": data.targets(con),
        "conflicts": data.conflicts(con),
        "coverage": data.coverage(con),
    }
    return ReportData(codes, year, names, sections)


def build_html(con, options: ReportOptions = ReportOptions(), cache_dir: Path | None = None) -> str:
    """`cache_dir`: where the Vega bundle is kept between runs (page.vega_bundle)."""
    return render(collect(con, options), cache_dir)


def render(report: ReportData, cache_dir: Path | None = None) -> str:
    """The page of `report`'s rows; `cache_dir`: where the Vega bundle is kept between runs (page.vega_bundle)."""
    from assets.comparison import charts  # Altair: imported only when a page is drawn

    year, names = report.year, report.names
    body: list[str] = []
    specs: dict[str, dict] = {}

    def section(key, vi, en, spec, sec, columns, extra=""):
        body.append(heading(vi, en) + extra)
        if spec is not None and sec.rows:
            specs[key] = spec
            body.append(chart_div(key))
        elif not sec.rows:
            body.append("<p class='note'>Không có dữ liệu / nothing is known for this section.</p>")
        body.append(_rows_block(sec, columns))

    ranks = report.sections["rank_history"]
    section(
        "rank_history",
        "Xếp hạng DTI qua các năm",
        "DTI rank over the editions (63 provinces)",
        charts.rank_bump(ranks),
        ranks,
        ["year", "province_code", "province_name", "dti_rank", "sharing_rank", "dti_score", "rank_source"],
        "<p>Đường đứt đoạn khi thiếu thứ hạng; đồng hạng cùng một vị trí. / A line breaks where a rank is unknown; "
        "tied units share a position.</p>",
    )
    scores = report.sections["score_trends"]
    section(
        "score_trends",
        "Xu hướng điểm DTI",
        "DTI score trends",
        charts.score_lines(scores),
        scores,
        ["year", "province_code", "series", "value", "kind"],
    )
    detail = report.sections["pillars"]
    section(
        "pillars",
        f"Trụ cột và chỉ số chính năm {year}",
        f"Pillars and main indices, {year} edition",
        charts.pillar_heatmap(detail, year) if detail.rows else None,
        detail,
        [
            "year",
            "province_code",
            "province_name",
            "dti_rank",
            "indicator_code",
            "indicator_name_vi",
            "indicator_name_en",
            "value",
        ],
    )
    units = report.sections["units_2025"]
    section(
        "units_2025",
        "DTI theo 34 đơn vị sau sáp nhập",
        "DTI by the 34 units formed on 2025-07-01",
        charts.units_2025_chart(units) if units.rows else None,
        units,
        [
            "unit_code",
            "unit_name",
            "year",
            "published_value",
            "recomputed_value",
            "recomputation",
            "difference",
            "members",
            "members_known",
            "missing_members",
            "statement",
        ],
        "<p>Giá trị tính lại = bình quân các tỉnh hợp nhất, chỉ khi biết đủ mọi tỉnh. / Recomputed = average of the "
        "merged provinces, only when every member's value is known; otherwise the missing members are named.</p>",
    )
    goals = report.sections["targets"]
    section(
        "targets",
        "Mục tiêu và kết quả thực hiện",
        "Target attainment",
        charts.targets_chart(goals) if goals.rows else None,
        goals,
        [
            "province_name",
            "indicator_code",
            "indicator_name_vi",
            "period_start",
            "period_end",
            "target_value",
            "achieved_value",
            "status",
            "status_reason",
            "target_quote",
            "achieved_quote",
            "target_fact_id",
        ],
    )
    disputes = report.sections["conflicts"]
    section(
        "conflicts",
        "Mâu thuẫn giữa các nguồn",
        "Source conflicts",
        None,
        disputes,
        [
            "conflict_kind",
            "province_code",
            "province_name",
            "indicator_code",
            "grouping",
            "year",
            "conflicting_values",
            "detail",
        ],
    )
    cover = report.sections["coverage"]
    section(
        "coverage",
        "Dữ liệu còn thiếu",
        "What is missing (coverage)",
        charts.coverage_chart(cover),
        cover,
        [
            "year",
            "grouping",
            "units",
            "ranks_known",
            "scores_known",
            "pillar_scores_known",
            "index_scores_known",
            "missing_ranks",
        ],
    )
    built = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    intro = (
        f"<p>Tỉnh theo dõi / focus provinces: {html.escape(names)}. Lập lúc / built {built} từ kho dữ liệu / from the "
        "warehouse. Mỗi con số lấy từ một dòng của kho (bảng và khóa ghi dưới mỗi phần; tra bằng <code>dxw sql</code> "
        "hoặc <code>dxw explain</code>). / Every number comes from a warehouse row (table and keys under each section; "
        "look it up with <code>dxw sql</code> or <code>dxw explain</code>).</p>"
    )
    return page(
        "So sánh chuyển đổi số cấp tỉnh",
        "Provincial digital transformation: comparison report",
        intro,
        body,
        specs,
        cache_dir=cache_dir,
        head=f'<meta name="{DIGEST_META}" content="{report.digest()}">',
    )


def page_digest(path: Path) -> str | None:
    """The rows digest recorded in the page at `path` (in its head, before the inlined scripts)."""
    try:
        with open(path, encoding="utf-8") as page_file:
            found = _DIGEST.search(page_file.read(4096))
    except OSError:
        return None
    return found.group(1) if found else None


def write_report(
    con, path: Path, options: ReportOptions = ReportOptions(), *, keep_unchanged: bool = False, draw=None
) -> tuple[Path, bool]:
    """The report at `path`, and whether it was written; the Vega bundle it inlines is kept beside it between
    runs (a hidden file). With `keep_unchanged`, a page whose recorded digest is that of the rows it would
    draw now is kept as it is (with the time it was built): nothing it shows changed. `draw(report, cache_dir)`:
    what draws the page (render, by default here; the asset may have it drawn in another process)."""
    path = Path(path)
    report = collect(con, options)
    if keep_unchanged and page_digest(path) == report.digest():
        return path, False
    text = (draw or render)(report, path.parent)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
    return path, True
