"""Ranks: a bare rank or rank change with no words of its own, a rank of what its own clause names, and the scope
written after another rank (never this one's)."""

from __future__ import annotations

import re

from assets.reports.link_document import Document
from assets.reports.link_lists import each_region
from assets.reports.mentions import ALL_THREE_PILLARS, Mention


def a_region_beside_its_national_scope(doc: Document, start: int, end: int, mention: Mention) -> bool:
    """The word is a region's, and the rank's own scope is the nation ("Dẫn đầu khu vực là TP Cần Thơ, xếp thứ 5 cả
    nước", "Can Tho led the region and ranked fifth nationwide"): the rank is the nation's ranking, not the region's."""
    return _REGION_WORD.fullmatch(doc.text, start, end) is not None and any(
        at == mention.value_start and doc.text[s:e].lower() in _NATION_SCOPES for s, e, at in doc.rank_scopes()
    )


_REGION_WORD = re.compile(
    r"(?:khu vực|vùng|miền|region|regional|đồng bằng|trung du|tây nguyên|duyên hải|đông nam bộ|delta)", re.I
)
_NATION_SCOPES = ("cả nước", "toàn quốc", "nationwide", "nationally", "country")


def scope_of_another_rank(doc: Document, start: int, mention: Mention) -> bool:
    """The word at ``start`` is the scope written right after another rank of the sentence: that rank's, not this
    figure's ("thứ 3 khu vực Đồng bằng sông Cửu Long và thứ 18 cả nước": "khu vực" is the 3's)."""
    return any(s <= start < e and at != mention.value_start for s, e, at in doc.rank_scopes())


_MEASURE_OPENS = re.compile(r"\s*(?:và\s+|còn\s+)?(?:tổng số|số lượng|số|t[ỷỉ] lệ|t[ỷỉ] trọng|lượng)\s", re.I)


def ranks_what_its_clause_names(doc: Document, mention: Mention, used: list) -> bool:
    """A rank whose own words before it (since the figure or comma before it in its clause) name something about
    digital transformation ("số hộ có cáp quang băng rộng đứng thứ 15") that the concept's words (``used``) are
    not, and that no "đều"/"cùng" says of several concepts."""
    if mention.kind != "rank" or bare_rank(doc, mention) or each_region(doc, mention) is not None:
        return False
    clause = doc.segments.clause(mention.value_start)
    earlier = [m.end for m in doc.mentions if clause.start <= m.end <= mention.value_start and m is not mention]
    start = max([clause.start, *earlier])
    if earlier and re.fullmatch(
        r"[^,;:()\d]*\bvà\s+(?:đứng|xếp|xếp hạng)\b[^,;:()\d]*", doc.text[start : mention.value_start]
    ):
        # "số hộ có cáp quang đạt 81,7% - cao hơn mức trung bình cả nước và xếp hạng 15 toàn quốc": a rank joined to
        # the figure before it in its clause ranks what the clause opens with
        start = clause.start
    commas = [c.end() for c in re.finditer(r",(?!\d)", doc.text[start : mention.value_start])]  # not "81,7%"
    start = start + commas[-1] if commas else start
    if any(start <= s < mention.value_start for s, _ in used):
        return False
    # the ranked thing is a count or a rate its own words open with ("số hộ có cáp quang ..."), not a cause
    # ("Nhờ đẩy mạnh dịch vụ công trực tuyến, tỉnh đã vươn lên xếp thứ 10")
    return bool(_MEASURE_OPENS.match(doc.text, start)) and bool(
        doc.language.dx_words.search(doc.text, start, mention.value_start)
    )


# What a rank ranks, named right before its verb ("tỉnh có diện tích trồng cây ăn trái đứng thứ hai", "có số doanh
# nghiệp FDI xếp thứ 10") or after "về" behind it ("đứng thứ 4 cả nước về dân số")
_TOPIC_BEFORE = re.compile(
    r"(?<!\w)(?:có|về)\s+(?P<topic>[^,;:.\d()]{3,60}?)\s+(?:đứng|xếp)(?:\s+(?:hạng|vị trí))?(?:\s+thứ)?\s*$", re.I
)
_TOPIC_AFTER = re.compile(r"[^,;:.\d()]{0,50}?(?<!\w)về\s+(?P<topic>[^,;:.\d()]{2,60})", re.I)
# ... a measure of its own, by its head: an area, a population, an output, a count, a value, a rate ("diện tích trồng
# cây ăn trái", "dân số", "số doanh nghiệp FDI", "tỷ lệ hộ nghèo"); not the assessment's own words ("kết quả đánh
# giá", "tổng điểm", "thứ hạng", "mức độ sẵn sàng"), which rank what the page is about
_A_MEASURE_OF_ITS_OWN = re.compile(
    r"\s*(?:diện tích|dân số|sản lượng|số lượng|số|kim ngạch|giá trị|quy mô|tổng sản phẩm|grdp|gdp|thu ngân sách|vốn|"
    r"năng suất|t[ỷỉ] lệ|t[ỷỉ] trọng|mật độ|tốc độ tăng trưởng|tăng trưởng|thu nhập|lượng)(?!\w)",
    re.I,
)


def ranks_a_topic_of_its_own(doc: Document, mention: Mention, groups: tuple[re.Pattern, ...]) -> bool:
    """A rank whose own clause names what it ranks, a measure of its own with no word of digital transformation or of
    an index in it ("Vĩnh Long là tỉnh có diện tích trồng cây ăn trái đứng thứ hai ở khu vực", "đứng thứ 4 cả nước về
    dân số"; not "có kết quả đánh giá đứng thứ 15"): a rank of that, not of an index the page or its title is about.
    ``groups``: the concept's words, which name one ("đứng thứ 2 về hạ tầng số")."""
    if mention.kind != "rank":
        return False
    clause = doc.segments.clause(mention.value_start)
    topics = [
        found.group("topic")
        for found in (
            _TOPIC_BEFORE.search(doc.text, clause.start, mention.start),
            _TOPIC_AFTER.match(doc.text, mention.end, clause.end),
        )
        if found is not None
    ]
    return any(
        # (a capitalised topic names an index's part: "xếp thứ 34 về Hạ tầng kỹ thuật với 0,4332 điểm")
        not topic[:1].isupper()
        and _A_MEASURE_OF_ITS_OWN.match(topic)
        and not doc.language.dx_words.search(topic)
        and not re.search(r"(?<!\w)chỉ số(?!\w)", topic, re.I)
        and not any(group.search(topic) for group in groups)
        for topic in topics
    )


RANK_TOPIC = 0.5


def bare_rank_change(doc: Document, mention: Mention) -> bool:
    """A rank change whose own words since the figure before it in its sentence are a few words
    only ("đạt 0,7353 điểm DTI và thăng hạng ngoạn mục với 18 bậc"): it moves in the ranking of
    what its clause is about."""
    sentence = doc.segments.sentence(mention.value_start)
    earlier = [m.end for m in doc.mentions if sentence.start <= m.end <= mention.value_start and m is not mention]
    if not earlier:
        return False
    own = doc.text[max(earlier) : mention.value_start]
    return len(own.split()) <= 10 and not re.search(r"[;:]", own)


# a name that opens the rank's own words, in capitals, then a ranking verb: "Hải Phòng xếp", "TP. Hồ Chí Minh đứng"
_A_NAME_AS_SUBJECT = re.compile(
    # (words in title case, each a capital then small letters: not an index's acronym, "PCI xếp thứ 5", "PAR Index")
    r"\A[\s,]*(?:(?:tỉnh|thành phố|TP\.?)\s*)?[A-ZĐ](?=[a-zđà-ỹ])[^\W\d_]*(?:\s*-?\s*[A-ZĐ](?=[a-zđà-ỹ])[^\W\d_]*){0,4}"
    r"\s+(?=(?:đứng|xếp)\b)"
)


_A_SUBJECT_OF_ITS_OWN_AFTER = re.compile(
    r"\s(?:and|while|whereas|và|trong khi|còn)\s+(?=(?:the\s+)?(?:province|city|tỉnh|thành phố|[A-ZĐ]))"
)


def bare_rank(doc: Document, mention: Mention) -> bool:
    """A rank whose own words (since the figure before it) are only rank words and a scope. After
    a figure of its clause, the words up to a comma finish that figure's noun ("Tích hợp 1.305
    dịch vụ công lên Cổng dịch vụ công quốc gia, đứng thứ 16/63"): the rank's own words follow it."""
    earlier = [m for m in doc.mentions if m.end <= mention.value_start]
    clause = doc.segments.clause(mention.value_start)
    start = max([clause.start] + [m.end for m in earlier if m.end >= clause.start])
    own = doc.text[start : mention.value_start]
    if start > clause.start and "," in own:
        own = own.rsplit(",", 1)[1]
    # (a subject of its own after a conjunction: "Đà Nẵng dẫn đầu DTI trong khi tỉnh xếp thứ 4", "... and the province
    # ranked 4th"; a place named as its subject: "Đà Nẵng xếp thứ nhất về DTI, Hải Phòng xếp thứ 6")
    own = _A_SUBJECT_OF_ITS_OWN_AFTER.split(own)[-1]
    own = _A_NAME_AS_SUBJECT.sub(" ", own, count=1).lower()
    return bool(
        re.fullmatch(
            # (English: "..., down from 30th", "up from 30th"; the subject named by its kind: "X dẫn đầu cả nước về
            # chỉ số DTI; tỉnh xếp thứ 12")
            r"[\s,]*(?:và\s+)?(?:(?:còn\s+)?(?:tỉnh|tỉnh ta|thành phố|địa phương)\s+)?(?:hiện\s+|hiện nay\s+)?"
            r"(?:đứng|xếp|xếp hạng|vươn lên|(?:up|down)\s+from|from)?\s*"
            # (English: "... and the province ranked 4th", "while the city came 6th")
            r"(?:(?:and|while|whereas)\s+)?(?:(?:the\s+)?(?:province|city)\s+)?(?:(?:was\s+)?ranked|came|stood(?:\s+at)?)?\s*"
            r"(?:thứ|hạng|vị trí)?\s*",
            own,
        )
    )


# "dẫn đầu cả 3 trụ cột", "xếp thứ 2 ở cả ba trụ cột": the rank is each pillar's
_OF_ALL_THREE_PILLARS_AFTER = re.compile(
    rf"\s*(?:(?:cả\s+nước|toàn\s+quốc|nationwide)\s+)?(?:(?:ở|về|trong|tại|in|across|on)\s+)?{ALL_THREE_PILLARS}", re.I
)
# "cả 3 trụ cột đều xếp thứ 2", "all three pillars each ranked 2nd": said of each pillar, in one predicate with the rank
# (not "all three pillars improved, and the province ranked 5th")
_ALL_THREE_PILLARS_BEFORE = re.compile(
    rf"{ALL_THREE_PILLARS}(?:\s+(?:của\s+)?(?:tỉnh|thành\s+phố|the\s+province)(?:'s)?)?\s+(?:đều|each|all|both)\s+"
    r"(?:xếp|đứng|giữ|ranked|ranks|rank|stood|were|are)(?:\s+(?:hạng|vị\s+trí|ở\s+vị\s+trí|at))?(?:\s+thứ)?\s*$",
    re.I,
)


def ranks_of_all_three_pillars(text: str, clause, mention: Mention) -> bool:
    """A rank said of all three pillars of the index at once, with no pillar named apart: one rank per pillar."""
    return mention.kind == "rank" and bool(
        _OF_ALL_THREE_PILLARS_AFTER.match(text, mention.end)
        or _ALL_THREE_PILLARS_BEFORE.search(text, clause.start, mention.value_start)
    )
