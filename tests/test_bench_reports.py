"""`dxw bench-reports` times report extraction on generated long pages; here, on short ones, that it reads every
number of them (a figure of the province, or left unclaimed) and writes its figures. Counts are read off the
generator: the first table rows are the province's own, three years each; the paragraph's five sentence shapes hold
1, 1, 2, 1 and 2 numbers besides their years."""

from pipelines.bench_reports import prose_page, run_report_bench, table_page
from tests.conftest import RAW


def test_the_pages_are_deterministic_and_grow_with_their_size():
    assert table_page(30, 1) == table_page(30, 1)
    assert table_page(30, 1).count("\n") == 30  # a header and 30 rows
    assert prose_page(12, 1).count(". ") == 11


def test_it_reads_every_number_of_its_pages_and_writes_their_figures(tmp_path):
    output = tmp_path / "report_benchmarks.md"
    results = run_report_bench([5], 1, RAW / "reference", output, log=lambda _: None)
    by_page = {r["page"]: r for r in results}
    assert (by_page["table by year"]["numbers"], by_page["table by year"]["figures"]) == (15, 15)
    assert by_page["paragraph of results"]["numbers"] == 7
    written = output.read_text(encoding="utf-8")
    assert "| table by year | 5 |" in written and "| paragraph of results | 5 |" in written
