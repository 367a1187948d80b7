"""Lists whose items a figure is said of: the items of a "lần lượt" list and the value each answers, the
concepts a "đều" (each) figure is said of, the three DTI pillars named together."""

from __future__ import annotations

import re

from assets.reports.link_document import Document
from assets.reports.mentions import Mention
from assets.reports.segments import Span


def respectively_part(doc: Document, index: int, mention: Mention) -> tuple[int, int] | None:
    """In 'A, B, C lần lượt là 1, 2, 3', the words of the index-th item."""
    sentence = doc.segments.sentence(mention.value_start)
    if mention.without_cue:
        return _item_without_a_cue(doc, index, mention)
    first = next(
        m
        for m in doc.mentions
        if m.respectively and m.respectively[0] == 0 and sentence.start <= m.value_start <= mention.value_start
    )
    lead = doc.text[sentence.start : first.value_start]
    cue = next(reversed(list(doc.language.respectively_words.finditer(lead))), None)  # the last cue before
    if cue is not None:
        cue_at = sentence.start + cue.start()
    elif doc.language.respectively_words.search(doc.text, mention.end, sentence.end):
        cue_at = first.value_start  # "A and B are 87.4% and 68.3%, respectively": the items end where the values start
    else:
        return None
    count = mention.respectively[1]
    if cue is not None:
        # "lần lượt ở cấp tỉnh, cấp huyện, cấp xã là 99,5%, 97,8% và 99,1%": the items between the cue and the values
        between = _items(doc.text, sentence.start + cue.end(), first.value_start)
        if len(between) == count:
            return between[index]
    named_after = _items_named_after(doc, sentence, mention, count)
    if named_after is not None:
        # "lần lượt xếp thứ 30 và 41 về A và B" ("Năm 2023, tỉnh" before the cue is no list of items)
        return named_after[index]
    # The items are named in the clause of the cue ("...; A và B đồng xếp hạng 58/63, đạt giá trị lần
    # lượt là 0,19 và 0,20"): before the clause's other figures, not in the predicate after them;
    # failing that, after the last figure before the cue ("đạt 0,55 điểm, A, B và C lần lượt đạt ...").
    region_start = max(sentence.start, doc.text.rfind(";", sentence.start, cue_at) + 1)
    others = [m for m in doc.mentions if not m.respectively and region_start <= m.value_start < cue_at]
    region_end = min([cue_at] + [m.value_start for m in others])
    if others:
        # "..., thể chế số xếp thứ 3, an toàn thông tin mạng xếp thứ 5, trong khi hạ tầng số và nhân lực số xếp lần lượt
        # thứ 12 và thứ 17": as many items right after the other figures' clauses are the list's own
        after = [
            (s, e)
            for s, e in _items(doc.text, max(m.end for m in others), cue_at)
            if re.search(r"[^\W\d]", doc.text[s:e])
        ]
        if len(after) == count and not _names_the_measure(doc, after[-1]):
            offsets = after
            offsets[0] = _first_item(doc, offsets[0], offsets[1] if count > 1 else None)
            return offsets[index]
    offsets = _fitted(doc, _items(doc.text, region_start, region_end), count)
    # English joins its items with "and" ("rates of smartphones and broadband fibre are 87.4% and 68.3%"), but also uses
    # it inside one: a split into exactly as many items as values is taken, or into at least as many when the split by
    # commas falls short; with its cue after the values, the last items of the split answer them ("In the DTI 2023, the
    # digital government, digital economy and digital society pillars ranked third, seventh and fifth respectively")
    split = _fitted(doc, _items(doc.text, region_start, region_end, english_and=True), count)
    if len(offsets) != count:
        offsets = split if len(split) == count or len(offsets) < count <= len(split) else offsets
    elif cue is None and len(split) >= count:
        offsets = split
    if cue is None and others:
        # (with the cue after the values, the items come right before them, after the figures of the clauses before:
        # "the city's digital government scored 0.7105 points and ranked ninth, while digital economy and digital
        # society gained 0.5920 and 0.6634 points, ranking fifth and eighth, respectively")
        parts = _items(doc.text, max(m.end for m in others), cue_at, english_and=True)
        after_others = _fitted(doc, [(s, e) for s, e in parts if re.search(r"\w", doc.text[s:e])], count)
        if len(after_others) == count:
            offsets = after_others
    if len(offsets) < count and others:
        offsets = _items(doc.text, max(m.end for m in others), cue_at)
        # (English again, its items joined by "and" and the measure they share named after them: "In 2023, at the
        # provincial, district and commune levels, the rates of online dossiers were 88.6 percent, 69.4 percent and 58.2
        # percent respectively")
        split = _items(doc.text, max(m.end for m in others), cue_at, english_and=True)
        if len(split) == count + 1 and _names_the_measure(doc, split[-1]):
            offsets = split
        elif len(offsets) < count and len(split) == count:
            offsets = split
    if len(offsets) > count and _names_the_measure(doc, offsets[-1]):
        # "A, B, C, thứ hạng của tỉnh lần lượt là 22, 9, 13": the last part names what the values
        # measure (a rank, a rate), shared by the items before it; it is no item of its own.
        offsets = offsets[:-1]
    if len(offsets) < count:
        return None
    first = len(offsets) - count
    offsets[first] = _first_item(doc, offsets[first], offsets[first + 1] if count > 1 else None)
    return offsets[first + index]


def _item_without_a_cue(doc: Document, index: int, mention: Mention) -> tuple[int, int] | None:
    """In 'A và B đạt 0,52 và 0,61 điểm' (a list that says no "lần lượt", see ``mentions._mark_lists_without_a_cue``):
    the index-th of the last items joined before its first value, after any figure or clause before them."""
    position = doc.mentions.index(mention) - mention.respectively[0]
    first = doc.mentions[position]
    start = max(doc.text.rfind(c, 0, first.value_start) for c in ".;:\n(") + 1
    start = max([start] + [m.end for m in doc.mentions[:position] if m.end >= start])
    count = mention.respectively[1]
    parts = _items(doc.text, start, first.value_start, english_and=True)
    while len(parts) > count and _ONLY_WHEN.fullmatch(doc.text, *parts[0]):
        parts = parts[1:]  # ("Năm 2023, A và B xếp thứ 12 và thứ 25": the year opening the clause is no item)
    parts = _fitted(doc, parts, count)
    if len(parts) < count:
        return None
    parts = parts[len(parts) - count :]
    parts[0] = _first_item(doc, parts[0], parts[1])
    last_start, last_end = parts[-1]
    predicate = _A_PREDICATE.search(doc.text, last_start, last_end)
    if predicate is not None and predicate.start() > last_start:
        # (the predicate the items share is no word of the last item: "xã hội số tăng 0,05 và 0,08 điểm")
        parts[-1] = (last_start, predicate.start())
    return parts[index]


_A_PREDICATE = re.compile(
    r"(?<!\w)(?:đạt|tăng|giảm|xếp|đứng|chiếm|là|có|reached|reach|scored|rose|increased|decreased|fell|gained|ranked|"
    r"were|was|are|is|accounted|stood|hit)(?!\w)",
    re.I,
)


def _first_item(doc: Document, first: tuple[int, int], second: tuple[int, int] | None) -> tuple[int, int]:
    """The first item without the words the list shares, which run into it ("Tỷ lệ hồ sơ trực tuyến của cấp tỉnh,
    cấp huyện, cấp xã lần lượt là ..."): from the last word of the first item that opens the second ("cấp"), or from
    its last level word when the second is a level ("cấp tỉnh, huyện, xã")."""
    if second is None:
        return first
    words = doc.text[second[0] : second[1]].split()
    if not words:
        return first
    opening = re.compile(rf"(?<!\w){re.escape(words[0])}(?!\w)", re.I)
    starts = [m.start() for m in opening.finditer(doc.text, first[0], first[1])]
    if not starts:
        second_words = doc.text[second[0] : second[1]].strip()
        if any(level.fullmatch(second_words) for level in doc.language.levels.values()):
            starts = [m.start() for level in doc.language.levels.values() for m in level.finditer(doc.text, *first)]
    start = max(starts, default=first[0])
    return (start, first[1]) if start > first[0] else first


# What opens a list of the items that values before it answer, after the last value and its unit ("lần lượt là 24,
# 27, 29 đối với A, B và C", "lần lượt đạt 0,51, 0,42 và 0,60 điểm đối với A, B và C"); and what ends the list
# ("... về A, B và C trong 63 tỉnh, thành phố").
_ITEMS_AFTER = re.compile(
    r"(?:\s*(?:điểm|bậc|hạng|%))?\s*,?\s*(?:đối với|tương ứng với|tương ứng|của|cho|về|ở|tại)\s+(?:các\s+)?", re.I
)
_ITEMS_END = re.compile(r"[;:.!?\n]|\s(?:trong|trên|so với|tại|của cả nước|cả nước|toàn quốc)(?!\w)", re.I)


def _items_named_after(doc: Document, sentence: Span, mention: Mention, count: int) -> list[tuple[int, int]] | None:
    """In 'Các thứ hạng này lần lượt là 24, 27, 29 đối với A, B và C', the words of each item named after the values,
    when they are as many as the values."""
    last = min(  # the list's last value: the first at or after this one that ends a list of as many
        (
            m
            for m in doc.mentions
            if m.respectively == (count - 1, count) and mention.value_start <= m.value_start < sentence.end
        ),
        key=lambda m: m.value_start,
        default=None,
    )
    if last is None:
        return None
    opening = _ITEMS_AFTER.match(doc.text, last.end, sentence.end)
    if opening is None:
        return None
    close = _ITEMS_END.search(doc.text, opening.end(), sentence.end)
    offsets = _items(doc.text, opening.end(), close.start() if close else sentence.end)
    return offsets if len(offsets) == count else None


def _in_another_list(doc: Document, start: int, mention: Mention, sentence: Span) -> bool:
    """The word is an item of a "lần lượt" list of the sentence that this figure is not a value of."""
    if mention.respectively:
        return False
    listed = next((m for m in (doc.mentions[i] for i in doc.sentence_mentions(sentence.start)) if m.respectively), None)
    if listed is None:
        return False
    parts = respectively_parts(doc, listed)
    if parts and parts[0][0] < mention.value_start < listed.value_start:
        # the figure stands among the items, each with its own figure, and the list restates them for another place
        # ("tốc độ di động đạt 96 Mbps, cố định đạt 170 Mbps, cao hơn cả nước (lần lượt là 90 Mbps và 160 Mbps)")
        return False
    return any(p[0] <= start < p[1] for p in parts)


def in_another_item_of_its_list(doc: Document, start: int, mention: Mention) -> bool:
    """The word is in an item of the "lần lượt"/"respectively" list this figure answers, but not its own item ("the
    online payment rate and the online dossier rate reached 41.5 and 66.2 percent, respectively": "online payment" is
    no word of 66.2's)."""
    if not mention.respectively:
        return False
    parts = respectively_parts(doc, mention)
    return len(parts) == mention.respectively[1] and any(
        p[0] <= start < p[1] for index, p in enumerate(parts) if index != mention.respectively[0]
    )


def own_list_item(doc: Document, start: int, mention: Mention) -> bool:
    """The word is in the item of a "lần lượt" list that this value answers."""
    if not mention.respectively:
        return False
    part = respectively_part(doc, mention.respectively[0], mention)
    return part is not None and part[0] - 1 <= start < part[1]


def _fitted(doc: Document, offsets: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    """The parts of a list without those that are no items: a last part that names the measure when there are more
    parts than values ("..., the rates of online dossiers were"), a first that only says when ("In 2023, at the
    provincial, district and commune levels, ...")."""
    if len(offsets) > count and _names_the_measure(doc, offsets[-1]):
        offsets = offsets[:-1]
    while len(offsets) > 1 and _ONLY_WHEN.fullmatch(doc.text, *offsets[0]):
        offsets = offsets[1:]
    return offsets


_ONLY_WHEN = re.compile(r"\W*(?:in|năm|trong năm|as of|tính đến)?\s*(?:the\s+)?(?:năm\s+)?(?:19|20)\d\d\W*", re.I)


def _names_the_measure(doc: Document, part: tuple[int, int]) -> bool:
    """A list part that opens with a rank word or a rate head ("thứ hạng của tỉnh", "tỷ lệ")."""
    words = doc.text[part[0] : part[1]].lstrip()
    language = doc.language
    return any(p.match(words) for p in (language.rank_words, language.rate_heads)) or bool(
        _ENGLISH_MEASURE_NAMED.match(words)
    )


# an English part naming the measure the values share, its head a few words in and plural, as the items share it ("the
# online rates were", "the corresponding rates", "their shares"; not an item of its own, "the digitization rate")
_ENGLISH_MEASURE_NAMED = re.compile(
    r"(?:the|their|its)\s+(?:[a-z-]+\s+){0,3}?(?:rates|shares|proportions|percentages|ratios)(?!\w)", re.I
)


def _items(text: str, start: int, end: int, english_and: bool = False) -> list[tuple[int, int]]:
    """The items of a list between ``start`` and ``end``, at their offsets in the text (a separator
    may be longer than one character: " và "; with ``english_and``, " and " too)."""
    offsets, cursor = [], start
    separators = r",\s*(?:và|and)\s|,|\s(?:và|and)\s|;" if english_and else r",|\svà\s|;"
    for separator in re.finditer(separators, text[start:end]):
        offsets.append((cursor, start + separator.start()))
        cursor = start + separator.end()
    offsets.append((cursor, end))
    return offsets


def respectively_parts(doc: Document, mention: Mention) -> list[tuple[int, int]]:
    parts = []
    for index in range(mention.respectively[1]):
        part = respectively_part(doc, index, mention)
        if part is not None:
            parts.append(part)
    return parts


# "đều" (each), and "đồng"/"cùng" before a verb of rank or result ("Kinh tế số và Xã hội số đồng xếp hạng 58").
_EACH = re.compile(
    r"\b(?:đều|(?<!cộng )(?<!hội )(?<!Hội )(?:đồng|cùng)(?=\s+(?:xếp|đứng|đạt|ở vị trí)\b))\b[^\d;.]{0,30}$", re.I
)


_PILLAR = r"(?:chính quyền số|chính phủ số|kinh tế số|xã hội số|cqs|kts|xhs)"
_ALL_PILLARS = re.compile(rf"(?<!\w){_PILLAR}(?:\W{{0,3}}\s*(?:,|và)\s*\W{{0,3}}{_PILLAR}){{2}}(?!\w)", re.I)
# "Phấn đấu các chỉ số về Chính quyền số, Kinh tế số, Xã hội số của tỉnh đạt từ 0,7 - 0,8 điểm": the pillars named as
# the subject of one figure, which each of them states (as "đều" says)
_PILLARS_AS_SUBJECT = re.compile(
    rf"(?<!\w)(?:các|cả\s+(?:3|ba))\s+(?:chỉ số|trụ cột)(?:\s+(?:về|thành phần))?\s+(?P<named>{_PILLAR}"
    rf"(?:\W{{0,3}}\s*(?:,|và)\s*\W{{0,3}}{_PILLAR}){{1,2}})(?![\w])[^\d;.]{{0,40}}?(?<!\w)(?:đạt|xếp|đứng)(?!\w)"
    r"[^\d;.]{0,30}$",
    re.I,
)


def named_apart(doc: Document, start: int, mention: Mention, sentence: Span) -> bool:
    """Words that cannot describe this figure: an item of a "lần lượt" list it is no value of ("đạt 0,55
    điểm, A, B và C lần lượt đạt ..."), or the three DTI pillars named together, which name none of them
    ("xếp thứ 8, thể hiện sự bứt phá ở các trụ cột chính quyền số, kinh tế số và xã hội số")."""
    if _in_another_list(doc, start, mention, sentence):
        return True
    return not mention.respectively and any(s <= start < e for s, e in _all_pillars(doc, sentence))


def _all_pillars(doc: Document, sentence: Span) -> list[tuple[int, int]]:
    """Where the sentence names the three DTI pillars together, in any order."""
    return [m.span() for m in _ALL_PILLARS.finditer(doc.text, sentence.start, sentence.end)]


def each_region(doc: Document, mention: Mention) -> tuple[int, int] | None:
    """Where the concepts a "đều" (each) figure is said of are named: from the figure before them
    (or the sentence's start) to "đều"; None without "đều" right before the figure."""
    sentence = doc.segments.sentence(mention.value_start)
    each = _EACH.search(doc.text, sentence.start, mention.value_start)
    if each is None:
        subject = _PILLARS_AS_SUBJECT.search(doc.text, sentence.start, mention.value_start)
        return subject.span("named") if subject else None
    figures = [m.end for m in doc.mentions if m is not mention and sentence.start <= m.value_start < each.start()]
    start = max([sentence.start, *figures])
    return after_a_clause_of_its_own(doc, start, each.start()) or start, each.start()


# What a subject does in a clause of its own ("chỉ số A đứng đầu cả nước, ..."); not a description of the subjects
# ("các chỉ số đạt kết quả tốt là A, B và C", "A và B, vốn đứng cuối bảng năm 2022, đều ..."), nor a list's copula
_OWN_PREDICATE = re.compile(
    r"(?<!\w)(?<!vốn )(?<!từng )(?:đứng đầu|dẫn đầu|xếp thứ|xếp hạng|đứng thứ|vươn lên|tụt|tăng|giảm"
    r"|đạt(?!\s+(?:được\s+)?(?:[^\W\d]+\s+){0,2}kết quả))(?!\w)"
    r"(?![^,;]*\blà\b)",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;]")


def after_a_clause_of_its_own(doc: Document, start: int, end: int) -> int | None:
    """ "chỉ số A đứng đầu cả nước, hai chỉ số B và C cùng xếp thứ 9": a clause with a predicate of its own,
    closed by a comma, says something of A; where the words after it begin."""
    said = [found.end() for found in _OWN_PREDICATE.finditer(doc.text, start, end)]
    comma = _CLAUSE_BREAK.search(doc.text, said[-1], end) if said else None
    return comma.end() if comma else None
