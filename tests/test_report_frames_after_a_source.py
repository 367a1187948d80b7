"""A period that opens a sentence after the source of its figures frames the sentences after it in its paragraph, as
it does at the sentence's start (report_concepts/33): "According to the report, in 2023, ... . The rate ... reached
98.5 percent" (2023, not the page's date), "Theo báo cáo của Sở, trong năm 2023, ...", and for targets "According to a
news report, by 2025, ... . The digital economy will account for about 20% of GRDP" (2025). Sentences are written for
these tests (none is taken from the labelled corpus, the held-out sets or the shipped reports)."""

from datetime import date

import pytest

from tests.test_report_context import extract


def dated(context, text, document_date):
    extraction = extract(context, text, document_date=document_date)
    return sorted(
        (f.value, f.is_target, f.period_start.year, f.period_end.year)
        for f in extraction.facts + extraction.uncatalogued
    )


@pytest.mark.parametrize(
    "text",
    [
        "According to the report, in 2023, the province received 210,000 administrative procedure records. The rate "
        "of dossiers settled on time reached 98.5 percent.",
        "Theo báo cáo của Sở Thông tin và Truyền thông, trong năm 2023, tỉnh tiếp nhận 210.000 hồ sơ thủ tục hành "
        "chính. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.",
    ],
)
def test_a_reporting_year_after_the_source_frames_the_paragraph(context, text):
    found = dated(context, text, date(2024, 2, 6))
    assert (98.5, False, 2023, 2023) in found


def test_a_horizon_after_the_source_frames_the_targets_after_it(context):
    text = (
        "According to a news report, by 2025, over 60% of inspections by state agencies in the province will be "
        "carried out online. The digital economy will account for about 20% of the province's GRDP."
    )
    found = dated(context, text, date(2023, 3, 14))
    assert (20.0, True, 2025, 2025) in found
