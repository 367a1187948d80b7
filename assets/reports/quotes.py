"""A figure's quote (the clause around it), and a number no indicator takes kept with its quote and why."""

from __future__ import annotations

from assets.reports.extraction import UnclaimedMention
from assets.reports.mentions import Mention
from assets.reports.segments import Segments

QUOTE_MAX = 320


def unclaimed(text: str, mention, segments, reason: str) -> UnclaimedMention:
    """A number no indicator takes, with its quote and why."""
    start, end = quote_span(text, mention, segments)
    return UnclaimedMention(
        value=mention.value,
        unit=mention.unit,
        kind=mention.kind,
        denominator=mention.denominator,
        noun=mention.noun,
        quote=text[start:end],
        char_start=start,
        char_end=end,
        value_start=mention.value_start,
        value_end=mention.value_end,
        reason=reason,
    )


def quote_span(text: str, mention: Mention, segments: Segments) -> tuple[int, int]:
    clause = segments.clause(mention.value_start)
    label = segments.row_label(mention.value_start)
    start, end = clause.start, clause.end
    if label is not None:
        start = min(start, label.start)
    while start < end and text[start] in " \t\n;,-–•+":
        start += 1
    while end > start and text[end - 1] in " \t\n;,":
        end -= 1
    if end - start > QUOTE_MAX:
        # A long clause: the comma-delimited stretch around the number, wide enough to read.
        left = text.rfind(",", start, max(start, mention.value_start - 140))
        left = start if left < 0 else left + 1
        right = text.find(",", min(end, mention.end + 100), end)
        right = end if right < 0 else right
        start, end = left, right
        while start < end and text[start] in " \t\n":
            start += 1
    return start, end
