"""An English span of days dates the figures it opens (report_concepts/33): "From July 1 to September 30, 2024, ..."
is 2024-07-01..2024-09-30, not the whole year its last date names; the first day takes the last one's year unless it
writes its own, or the year before for a span across the new year; "On October 7-13, 2024" is days of one month,
"From July to September 2024" whole months.
Sentences are written for these tests (none is taken from the labelled corpus, the held-out sets or the shipped
reports); the expected spans are read off each sentence."""

from datetime import date

import pytest

from tests.test_report_context import extract

D = date(2025, 2, 3)


@pytest.mark.parametrize(
    "span, first, last",
    [
        ("From July 1 to September 30, 2024", date(2024, 7, 1), date(2024, 9, 30)),
        ("From 1 July to 30 September 2024", date(2024, 7, 1), date(2024, 9, 30)),
        ("From July 1, 2024 to September 30, 2024", date(2024, 7, 1), date(2024, 9, 30)),
        ("Between March 15 and June 14, 2024", date(2024, 3, 15), date(2024, 6, 14)),
        ("From December 15 to January 14, 2025", date(2024, 12, 15), date(2025, 1, 14)),
        # days of one month, the month said once
        ("On October 7-13, 2024", date(2024, 10, 7), date(2024, 10, 13)),
        ("From 7-13 October 2024", date(2024, 10, 7), date(2024, 10, 13)),
        ("From September 8 to 12, 2024", date(2024, 9, 8), date(2024, 9, 12)),
        ("From 8 to 12 September 2024", date(2024, 9, 8), date(2024, 9, 12)),
        # ... without a year: the page's
        ("On January 20-26", date(2025, 1, 20), date(2025, 1, 26)),
        # whole months
        ("From July to September 2024", date(2024, 7, 1), date(2024, 9, 30)),
    ],
)
def test_an_english_span_of_days_dates_its_figures(context, span, first, last):
    text = f"{span}, the province received 52,300 administrative procedure records."
    facts = extract(context, text, document_date=D).facts
    assert [(f.indicator_code, f.value, f.period_start, f.period_end) for f in facts] == [
        ("dossiers_received_count", 52300.0, first, last)
    ]


def test_an_impossible_day_is_no_span(context):
    # September has no 31st: the span is not read, and the figure is dated by the year its last date names
    text = "From July 1 to September 31, 2024, the province received 52,300 administrative procedure records."
    [fact] = extract(context, text, document_date=D).facts
    assert fact.period_start != date(2024, 7, 1)
