"""Vega-Lite charts (through Altair) of the report's sections. Titles are Vietnamese with English below.

Missing values stay missing: a line breaks where an edition is unknown instead of joining the
known points, and ties share a position (their tooltips say so)."""

from __future__ import annotations

import datetime as dt

import altair as alt

from assets.comparison.data import Section

WIDTH = 640
BREAK_ON_MISSING = "break-paths-show-domains"  # Vega-Lite: a null value breaks the line


def _values(rows: list[dict]) -> list[dict]:
    def plain(v):
        if isinstance(v, (dt.date, dt.datetime)):
            return v.isoformat()
        if isinstance(v, (list, tuple)):
            return ", ".join("" if x is None else str(x) for x in v)
        return v

    return [{k: plain(v) for k, v in row.items()} for row in rows]


def _title(vi: str, en: str) -> alt.TitleParams:
    return alt.TitleParams(vi, subtitle=en, anchor="start")


def rank_bump(section: Section) -> dict:
    data = alt.Data(values=_values(section.rows))
    base = alt.Chart(data).encode(
        x=alt.X("year:O", title="Năm đánh giá / DTI edition"),
        y=alt.Y(
            "dti_rank:Q",
            title="Hạng DTI (63 tỉnh) / DTI rank (63 provinces)",
            scale=alt.Scale(reverse=True, domain=[1, 63], nice=False),
        ),
        color=alt.Color("province_name:N", title="Tỉnh / Province"),
        tooltip=[
            alt.Tooltip("province_name:N", title="Tỉnh / Province"),
            alt.Tooltip("year:O", title="Năm / Year"),
            alt.Tooltip("dti_rank:Q", title="Hạng / Rank"),
            alt.Tooltip("sharing_rank:Q", title="Số đơn vị cùng hạng / units sharing the rank"),
            alt.Tooltip("dti_score:Q", title="Điểm / Score", format=".4f"),
            alt.Tooltip("rank_source:N", title="Nguồn hạng / rank source"),
        ],
    )
    line = base.mark_line(invalid=BREAK_ON_MISSING, strokeWidth=2)
    points = base.mark_point(filled=True, size=70).transform_filter("datum.dti_rank != null")
    labels = base.mark_text(dy=-10, fontSize=11).encode(text="dti_rank:Q").transform_filter("datum.dti_rank != null")
    return (
        (line + points + labels)
        .properties(
            width=WIDTH,
            height=320,
            title=_title(
                "Xếp hạng DTI qua các năm của các tỉnh theo dõi",
                "DTI rank over the editions, focus provinces (gaps = rank unknown)",
            ),
        )
        .to_dict()
    )


def score_lines(section: Section) -> dict:
    data = alt.Data(values=_values(section.rows))
    base = alt.Chart(data).encode(
        x=alt.X("year:O", title="Năm đánh giá / DTI edition"),
        y=alt.Y("value:Q", title="Điểm DTI / DTI score", scale=alt.Scale(domain=[0, 1])),
        color=alt.Color("series:N", title="Chuỗi / Series"),
        strokeDash=alt.StrokeDash("kind:N", title="Loại / Kind"),
        tooltip=[
            alt.Tooltip("series:N", title="Chuỗi / Series"),
            alt.Tooltip("year:O", title="Năm / Year"),
            alt.Tooltip("value:Q", title="Điểm / Score", format=".4f"),
        ],
    )
    return (
        (base.mark_line(invalid=BREAK_ON_MISSING) + base.mark_point(filled=True, size=60))
        .properties(
            width=WIDTH,
            height=280,
            title=_title(
                "Điểm DTI theo năm",
                "DTI score by edition: focus provinces where known, and the published provincial average",
            ),
        )
        .to_dict()
    )


def pillar_heatmap(section: Section, year: int) -> dict:
    data = alt.Data(values=_values(section.rows))
    base = alt.Chart(data).encode(
        x=alt.X(
            "indicator_name_vi:N",
            title="Trụ cột và chỉ số chính / Pillars and main indices",
            sort=[r["indicator_name_vi"] for r in section.rows],
            axis=alt.Axis(labelAngle=-35, labelLimit=180),
        ),
        y=alt.Y(
            "province_name:N",
            title="Tỉnh (theo hạng DTI) / Province (by DTI rank)",
            sort=alt.EncodingSortField("dti_rank", op="min"),
        ),
        tooltip=[
            alt.Tooltip("province_name:N", title="Tỉnh / Province"),
            alt.Tooltip("indicator_name_vi:N", title="Chỉ số / Index"),
            alt.Tooltip("indicator_name_en:N", title="Index (English)"),
            alt.Tooltip("value:Q", title="Điểm / Score", format=".4f"),
        ],
    )
    rects = base.mark_rect().encode(
        color=alt.Color("value:Q", title="Điểm / Score", scale=alt.Scale(domain=[0, 1], scheme="blues"))
    )
    text = base.mark_text(fontSize=10).encode(
        text=alt.Text("value:Q", format=".4f"),
        color=alt.condition("datum.value > 0.7", alt.value("white"), alt.value("black")),
    )
    return (
        (rects + text)
        .properties(
            width=WIDTH,
            height=36 * max(len({r["province_code"] for r in section.rows}), 1),
            title=_title(
                f"Trụ cột và chỉ số chính năm {year}",
                f"Pillars and main indices, {year} edition (only units with published detail)",
            ),
        )
        .to_dict()
    )


def units_2025_chart(section: Section) -> dict:
    long = []
    for r in section.rows:
        for kind, field_name in (
            ("Công bố / published", "published_value"),
            ("Tính lại / recomputed", "recomputed_value"),
        ):
            long.append(
                {"unit_name": r["unit_name"], "kind": kind, "value": r[field_name], "statement": r["statement"]}
            )
    known = [r for r in long if r["value"] is not None]
    order = [r["unit_name"] for r in section.rows]
    chart = (
        alt.Chart(alt.Data(values=known))
        .mark_point(filled=True, size=90)
        .encode(
            # Every unit on the axis, so a unit with nothing known shows as an empty row.
            y=alt.Y("unit_name:N", sort=order, scale=alt.Scale(domain=order), title="Đơn vị từ 2025 / 2025 unit"),
            x=alt.X("value:Q", title="Điểm DTI / DTI score", scale=alt.Scale(domain=[0, 1])),
            color=alt.Color("kind:N", title="Giá trị / Value"),
            shape=alt.Shape("kind:N", title="Giá trị / Value"),
            tooltip=[
                alt.Tooltip("unit_name:N", title="Đơn vị / Unit"),
                alt.Tooltip("kind:N", title="Giá trị / Value"),
                alt.Tooltip("value:Q", format=".4f", title="Điểm / Score"),
                alt.Tooltip("statement:N", title="Diễn giải / Statement"),
            ],
        )
    )
    year = section.rows[0]["year"] if section.rows else ""
    return chart.properties(
        width=WIDTH,
        height=14 * max(len(order), 1),
        title=_title(
            f"DTI {year} theo 34 đơn vị: công bố và tính lại",
            f"DTI {year} by the 34 units: published and recomputed (average of merged provinces, "
            "only when every member is known)",
        ),
    ).to_dict()


def targets_chart(section: Section) -> dict:
    long = []
    for r in section.rows:
        label = f"{r['province_name']} · {r['indicator_code']} · {r['period_start']}..{r['period_end']}"
        long.append({"label": label, "kind": "Mục tiêu / target", "value": r["target_value"], "status": r["status"]})
        if r["achieved_value"] is not None:
            long.append(
                {"label": label, "kind": "Đạt được / achieved", "value": r["achieved_value"], "status": r["status"]}
            )
    chart = (
        alt.Chart(alt.Data(values=long))
        .mark_point(filled=True, size=90)
        .encode(
            y=alt.Y("label:N", title=None, axis=alt.Axis(labelLimit=420)),
            x=alt.X("value:Q", title="Giá trị (đơn vị của chỉ tiêu) / Value (indicator's unit)"),
            shape=alt.Shape("kind:N", title="Loại / Kind"),
            color=alt.Color(
                "status:N",
                title="Tình trạng / Status",
                scale=alt.Scale(domain=["met", "not_met", "unknown"], range=["#2ca02c", "#d62728", "#7f7f7f"]),
            ),
            tooltip=[
                alt.Tooltip("label:N", title="Mục / Item"),
                alt.Tooltip("kind:N", title="Loại / Kind"),
                alt.Tooltip("value:Q", title="Giá trị / Value"),
                alt.Tooltip("status:N", title="Tình trạng / Status"),
            ],
        )
    )
    return chart.properties(
        width=WIDTH - 200,
        height=22 * max(len(section.rows), 1),
        title=_title("Mục tiêu và kết quả", "Targets and achievements (grey = no achievement for the period)"),
    ).to_dict()


def coverage_chart(section: Section) -> dict:
    long = []
    for r in section.rows:
        edition = f"{r['year']} ({r['grouping']})"
        long.append({"edition": edition, "kind": "Đã biết hạng / rank known", "units": r["ranks_known"]})
        long.append({"edition": edition, "kind": "Thiếu hạng / rank missing", "units": r["missing_ranks"]})
    chart = (
        alt.Chart(alt.Data(values=long))
        .mark_bar()
        .encode(
            x=alt.X("edition:N", title="Năm (phân nhóm) / Edition (grouping)"),
            y=alt.Y("units:Q", title="Số đơn vị / Units", stack="zero"),
            color=alt.Color(
                "kind:N",
                title="Thứ hạng / Rank",
                scale=alt.Scale(
                    domain=["Đã biết hạng / rank known", "Thiếu hạng / rank missing"], range=["#4c78a8", "#e45756"]
                ),
            ),
            tooltip=[
                alt.Tooltip("edition:N", title="Năm / Edition"),
                alt.Tooltip("kind:N", title="Loại / Kind"),
                alt.Tooltip("units:Q", title="Số đơn vị / Units"),
            ],
        )
    )
    return chart.properties(
        width=WIDTH - 200,
        height=240,
        title=_title("Độ phủ dữ liệu: thứ hạng đã biết và còn thiếu", "Coverage: ranks known and missing per edition"),
    ).to_dict()
