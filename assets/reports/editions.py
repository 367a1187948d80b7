"""The annual indexes (DTI, PAR, ICT, EBI) and their editions: which index a code reports on, the edition a
text names, the edition a document's dated results are of."""

from __future__ import annotations

import re

from assets.reports.extraction import Extraction, Grammar
from assets.reports.language import Language

ANNUAL_INDEX_SUBFAMILIES = {"overall", "pillar", "main_index", "related_index", "national"}
# The Government Office's service index (vpcp_) is published monthly: its period is the text's, not an edition.
ANNUAL_INDEX_CODES = re.compile(r"^(?:ebi_|par_|ict_index)")


def is_annual_index(code: str, grammar: Grammar) -> bool:
    return grammar.subfamilies.get(code) in ANNUAL_INDEX_SUBFAMILIES or bool(ANNUAL_INDEX_CODES.match(code))


_INDEXES = ("dti", "par", "ict_index", "ebi", "vpcp")
# "công bố xếp hạng mức độ chuyển đổi số năm 2024", "Chỉ số DTI năm 2023", "kết quả đánh giá chuyển đổi số năm 2022":
# the DTI edition a text names.
_DTI_EDITION = re.compile(
    r"(?:\bdti\b|chỉ số (?:đánh giá )?chuyển đổi số|xếp hạng (?:mức độ |chỉ số )?chuyển đổi số"
    r"|kết quả đánh giá (?:mức độ )?chuyển đổi số)"
    # (of the provinces, or of the ministries and the provinces: "... chuyển đổi số cấp bộ, cấp tỉnh năm 2020")
    r"(?:\s+cấp (?:tỉnh|bộ)(?:\s*(?:,|và)\s*cấp (?:tỉnh|bộ))?)?(?:\s*\([^)]{0,60}\))?\s+(?:năm\s+)?((?:19|20)\d\d)\b"
    # English names the year first: "the 2024 Digital Transformation Index (DTI)", "the 2023 Provincial DTI"
    r"|(?<![\w/-])((?:19|20)\d\d)\s+(?:provincial\s+)?(?:digital transformation index|dti)\b",
    re.I,
)


def named_editions(text: str, language: Language) -> dict[str, int]:
    """The latest DTI edition the text names with the index's own words as a result (for results no
    sentence dates): not one a target aims at ("Phấn đấu chỉ số DTI năm 2025 ...") nor a comparison
    base ("So với DTI 2021, ...")."""
    years = []
    for m in _DTI_EDITION.finditer(text):
        lead = text[max(0, m.start() - 40) : m.start()]
        lead = lead[max(lead.rfind("."), lead.rfind("\n")) + 1 :]
        if not (language.target_markers.search(lead) or language.comparison_words.search(lead)):
            years.append(int(m.group(1) or m.group(2)))
    return {"dti": max(years)} if years else {}


def index_of(code: str) -> str:
    """Which annual index a code reports on (dti_rank, provinces_above_dti_average_pct: the DTI)."""
    return next((index for index in _INDEXES if index in code), code.split("_")[0])


def document_editions(result: Extraction, grammar: Grammar) -> dict[str, int]:
    """For each index, the latest year the document's results of it are dated in by their own
    sentences (an edition named, or the one after a comparison base); targets do not count."""
    editions: dict[str, int] = {}
    for f in result.facts:
        if (
            is_annual_index(f.indicator_code, grammar)
            and not f.is_target
            and f.period_basis in ("sentence", "comparison")
            # an edition is a whole year ("6 tháng đầu năm 2023 xếp hạng ..." is not one)
            and (f.period_start.month, f.period_start.day, f.period_end.month, f.period_end.day) == (1, 1, 12, 31)
            and f.period_start.year == f.period_end.year
        ):
            index = index_of(f.indicator_code)
            editions[index] = max(editions.get(index, 0), f.period_end.year)
    return editions
