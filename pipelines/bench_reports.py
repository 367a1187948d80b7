"""`dxw bench-reports`: how report extraction scales with the length of a page.

Provinces publish long pages: annual reviews with tables of a few hundred rows (a row per indicator and district,
a column per year) and long paragraphs of results. Every figure looks at the words around it, so a rule that looks
back over every sentence before a figure makes a page's time grow with the square of its length. This measures it:
for each size, a page generated deterministically from a seed (a table by year, and one paragraph of sentences of
results), extracted ``repeat`` times with the shipped reference data; it prints and writes the median seconds, the
milliseconds per number read and the numbers read and kept (the same at every round). A page's time should grow about
in proportion to its numbers.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from assets.reports.context import ExtractionContext

# row labels of a provincial review's table (a count or a percent): the province's rows, then each commune's
_ROW_LABELS = (
    ("Số trạm BTS", "count"),
    ("Tỷ lệ hồ sơ trực tuyến (%)", "percent"),
    ("Số thuê bao băng rộng cố định", "count"),
    ("Tỷ lệ dân số có điện thoại thông minh (%)", "percent"),
    ("Số tài khoản định danh điện tử được kích hoạt", "count"),
    ("Số dịch vụ công trực tuyến toàn trình", "count"),
    ("Tỷ lệ thanh toán trực tuyến (%)", "percent"),
    ("Số doanh nghiệp công nghệ số", "count"),
    ("Tỷ lệ hộ gia đình có cáp quang (%)", "percent"),
    ("Số hồ sơ trực tuyến", "count"),
)
_YEARS = (2021, 2022, 2023)
# sentences of results, one paragraph: a district's rate or count for a year
_SENTENCES = (
    "Năm {year}, tỷ lệ hồ sơ trực tuyến của huyện {district} đạt {percent}%",
    "Đến cuối năm {year}, huyện {district} có {count} tài khoản định danh điện tử được kích hoạt",
    "Trong năm {year}, toàn tỉnh tiếp nhận {count} hồ sơ trực tuyến, tăng {percent}% so với năm trước",
    "Tỷ lệ thanh toán trực tuyến năm {year} đạt {percent}%",
    "Năm {year}, tỉnh có {count} trạm BTS, phủ sóng {percent}% thôn, bản",
)
_PROVINCE = "Vĩnh Phúc"  # whose districts these are: the page's province, as a sidecar gives it
_COMMUNES = ("Đại Đồng", "Hợp Thịnh", "Kim Long", "Hoàng Lâu", "Đồng Tĩnh")
_DISTRICTS = ("Yên Lạc", "Tam Dương", "Lập Thạch", "Sông Lô", "Bình Xuyên", "Tam Đảo", "Vĩnh Tường", "Sông Cầu")


def _number(rng: random.Random, kind: str) -> str:
    if kind == "percent":
        return f"{rng.uniform(10, 99):.1f}".replace(".", ",")
    return f"{rng.randint(1_000, 900_000):,}".replace(",", ".")


def table_page(rows: int, seed: int = 1) -> str:
    """A review whose body is one table by year (tab-separated, a header of years): ``rows`` rows of three values."""
    rng = random.Random(seed)
    lines = ["Chỉ tiêu\t" + "\t".join(str(year) for year in _YEARS)]
    for row in range(rows):
        label, kind = _ROW_LABELS[row % len(_ROW_LABELS)]
        unit = row // len(_ROW_LABELS) - 1  # the province's own rows first, then each commune's
        if unit >= 0:
            commune = _COMMUNES[unit % len(_COMMUNES)]
            label = f"{label} xã {commune} huyện {_DISTRICTS[(unit // len(_COMMUNES)) % len(_DISTRICTS)]}"
        lines.append("\t".join([label] + [_number(rng, kind) for _ in _YEARS]))
    return "\n".join(lines)


def prose_page(sentences: int, seed: int = 1) -> str:
    """One paragraph of ``sentences`` sentences of results, each with one or two figures and a year."""
    rng = random.Random(seed)
    said = [
        _SENTENCES[i % len(_SENTENCES)].format(
            year=rng.choice(_YEARS),
            district=rng.choice(_DISTRICTS),
            percent=_number(rng, "percent"),
            count=_number(rng, "count"),
        )
        for i in range(sentences)
    ]
    return ". ".join(said) + "."


PAGES: dict[str, Callable[[int, int], str]] = {"table by year": table_page, "paragraph of results": prose_page}


def _extract(context: ExtractionContext, text: str, folder: Path):
    """The page read as ``dxw extract`` reads a file (its tables laid out, its title its first line)."""
    path = folder / "bench.txt"
    path.write_text("Kết quả chuyển đổi số giai đoạn 2021 - 2023\n" + text, encoding="utf-8")
    _, extraction = context.extract_file(path, province=_PROVINCE, document_date=date(2024, 3, 1))
    return extraction


def run_report_bench(sizes: list[int], repeat: int, reference: Path, output: Path | None, log=print) -> list[dict]:
    started = time.perf_counter()
    context = ExtractionContext.from_reference(reference)
    log(f"reference data read in {time.perf_counter() - started:.1f} s (once per run)")
    results = []
    for page, make in PAGES.items():
        for size in sizes:
            text = make(size, 1)
            seconds, found, read = [], set(), set()
            for _ in range(repeat):
                started = time.perf_counter()
                with tempfile.TemporaryDirectory() as folder:
                    extraction = _extract(context, text, Path(folder))
                seconds.append(time.perf_counter() - started)
                found.add(len(extraction.facts) + len(extraction.undated) + len(extraction.uncatalogued))
                read.add(max(found) + len(extraction.unclaimed))
            median = statistics.median(seconds)
            figures, numbers = max(found), max(read)
            result = {
                "page": page,
                "size": size,
                "characters": len(text),
                "median_s": round(median, 2),
                "ms_per_number": round(1000 * median / max(numbers, 1), 1),
                "numbers": numbers,
                "figures": figures,
            }
            results.append(result)
            log(
                f"{page:22} {size:5} rows or sentences  {len(text):7,} chars  median {median:7.2f} s  "
                f"{result['ms_per_number']:6.1f} ms per number  {numbers} numbers read, {figures} kept as figures"
            )
    if output is not None:
        output.write_text(_markdown(results, repeat), encoding="utf-8")
        log(f"written: {output}")
    return results


def _markdown(results: list[dict], repeat: int) -> str:
    lines = [
        "# Report extraction by page length",
        "",
        f"Written by `dxw bench-reports` ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC); median of {repeat} rounds per page,"
        " pages generated from a fixed seed (pipelines/bench_reports.py). Numbers read: every number the extractor"
        " weighed (kept as a figure, or left unclaimed with its reason: a commune's row is no province's figure). Time"
        " per number should stay about flat as a page grows.",
        "",
        "| page | rows or sentences | characters | median s | ms per number read | numbers read | kept as figures |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['page']} | {r['size']} | {r['characters']:,} | {r['median_s']} | {r['ms_per_number']} | {r['numbers']} "
        f"| {r['figures']} |"
        for r in results
    ]
    return "\n".join(lines) + "\n"
