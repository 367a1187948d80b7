"""The report page: sections with a chart and the warehouse rows behind it, Vega's JavaScript inlined.

Nothing is fetched: the script is the bundle vl-convert-python ships (Vega, Vega-Lite, vega-embed),
styles are inline and fonts are the reader's own."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
from pathlib import Path

STYLE = """
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 2rem auto; max-width: 1100px; color: #1d2733; }
h1 { margin-bottom: .2rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccd; }
.en { color: #5b6675; font-weight: normal; font-size: .85em; display: block; }
.source { color: #5b6675; font-size: .85em; } .note { background: #fff6dd; padding: .4rem .7rem; margin: .3rem 0; }
table { border-collapse: collapse; font-size: .82em; margin: .5rem 0; } td, th { border: 1px solid #d5d9e0; padding: 2px 6px; vertical-align: top; }
th { background: #eef2f7; text-align: left; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
details { margin: .5rem 0; } summary { cursor: pointer; color: #2c5a8a; }
"""


# The bundles made or read by this process, by file name (vl-convert's and Vega-Lite's versions).
_BUNDLES: dict[str, str] = {}


def vega_bundle(cache_dir: Path | None = None) -> str:
    """Vega, Vega-Lite (the version Altair writes) and vega-embed as one script. vl-convert bundles it
    on each call, about 2.5 s: a process makes it once, and with `cache_dir` it is kept there in a file
    named by both versions, so that a later run (another process) reads it instead of bundling again
    (an upgrade of either misses the file)."""
    import altair as alt
    import vl_convert as vlc

    version = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    name = f".vega-bundle-{vlc.__version__}-vl{version}.js"
    cached = None if cache_dir is None else Path(cache_dir) / name
    if name not in _BUNDLES:
        if cached is not None and cached.is_file():
            _BUNDLES[name] = cached.read_text(encoding="utf-8")
        else:
            _BUNDLES[name] = vlc.javascript_bundle(vl_version=version)
    if cached is not None and not cached.is_file():
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{name}.{os.getpid()}.partial")
        partial.write_text(_BUNDLES[name], encoding="utf-8")
        os.replace(partial, cached)  # never a half-written bundle, even with two runs at once
    return _BUNDLES[name]


def _cell(value) -> tuple[str, bool]:
    if value is None:
        return "—", False
    if isinstance(value, bool):
        return ("có / yes" if value else "không / no"), False
    if isinstance(value, float):
        return (f"{value:.0f}" if value.is_integer() else f"{value:.6g}"), True
    if isinstance(value, int):
        return str(value), True
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(), False
    if isinstance(value, (list, tuple)):
        return ", ".join("—" if v is None else (f"{v:.6g}" if isinstance(v, float) else str(v)) for v in value), False
    return str(value), False


def table(rows: list[dict], columns: list[str], labels: dict[str, str]) -> str:
    head = "".join(f"<th>{html.escape(labels.get(c, c))}<span class='en'>{html.escape(c)}</span></th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for c in columns:
            text, numeric = _cell(row.get(c))
            cells.append(f"<td class='num'>{html.escape(text)}</td>" if numeric else f"<td>{html.escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def heading(vi: str, en: str, level: int = 2) -> str:
    return f"<h{level}>{html.escape(vi)}<span class='en'>{html.escape(en)}</span></h{level}>"


def chart_div(chart_id: str) -> str:
    return f"<div class='chart' id='{chart_id}'></div>"


def page(
    title_vi: str,
    title_en: str,
    intro: str,
    body: list[str],
    specs: dict[str, dict],
    cache_dir: Path | None = None,
    head: str = "",
) -> str:
    """`cache_dir`: where the Vega bundle is kept between runs (see vega_bundle); `head`: more markup for the
    head, before the styles and scripts."""
    embeds = json.dumps(specs, ensure_ascii=False).replace("</", "<\\/")
    script = vega_bundle(cache_dir).replace("</script", "<\\/script")
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title_vi)} / {html.escape(title_en)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:">
{head}
<style>{STYLE}</style>
<script>{script}</script>
</head><body>
{heading(title_vi, title_en, 1)}
{intro}
{"".join(body)}
<script>
const specs = {embeds};
for (const [id, spec] of Object.entries(specs)) {{
  vegaEmbed('#' + id, spec, {{actions: false, renderer: 'svg'}}).catch(err => {{
    document.getElementById(id).textContent = 'Biểu đồ lỗi / chart failed: ' + err;
  }});
}}
</script>
</body></html>
"""
