"""Build the comparison report from a warehouse connection and write it atomically."""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assets.comparison import charts, data
from assets.comparison.page import chart_div, heading, page, table
from assets.warehouse.dictionary import vietnamese_labels


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


def build_html(con, options: ReportOptions = ReportOptions(), cache_dir: Path | None = None) -> str:
    """`cache_dir`: where the Vega bundle is kept between runs (page.vega_bundle)."""
    codes = options.focus or data.focus_codes(con)
    year = options.year or data.detail_year(con)
    names = ", ".join(f"{name} ({code})" for code, name in data.focus_names(con, codes))
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

    ranks = data.rank_history(con, codes)
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
    scores = data.score_trends(con, codes)
    section(
        "score_trends",
        "Xu hướng điểm DTI",
        "DTI score trends",
        charts.score_lines(scores),
        scores,
        ["year", "province_code", "series", "value", "kind"],
    )
    detail = data.pillars(con, year, codes)
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
    units = data.units_2025(con)
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
    goals = data.targets(con)
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
    disputes = data.conflicts(con)
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
    cover = data.coverage(con)
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
    )


def write_report(con, path: Path, options: ReportOptions = ReportOptions()) -> Path:
    """The report at `path`; the Vega bundle it inlines is kept beside it between runs (a hidden file)."""
    path = Path(path)
    text = build_html(con, options, cache_dir=path.parent)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
    return path
