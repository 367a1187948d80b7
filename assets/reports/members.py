"""Whose a figure is, from the names around it: the members of a leading group, a count of provinces in a
group, a province and its figure, names each with its figure in brackets, an organisation's part of a whole, the
province a figure's own words name."""

from __future__ import annotations

import re

from assets.reports.language import Language
from assets.reports.mentions import Mention
from assets.reports.places import NATION, PlaceName, Places
from assets.reports.segments import Segments

# "Có 7 tỉnh, thành phố ...", "7 địa phương ...": a count of provinces opening a clause, its subject (not the group
# itself, "trong nhóm 10 tỉnh", nor a range's end, "nhóm 10-15 địa phương")
A_COUNT_OF_PROVINCES = re.compile(
    r"\W*(?:(?!(?:nhóm|top|tốp|trong|thuộc|vào|among|within|in)\b)\S+\s+){0,4}(?<![-–])\d+\s+"
    r"(?:tỉnh|địa phương|provinces|localities)(?!\w)",
    re.I,
)

# A leading group's field, after its size: "one of 20 provinces leading the country in rice exports", "một trong 10 tỉnh
# dẫn đầu cả nước về thu hút FDI" (its words up to a comma or a contrast: "..., while its digital transformation lags")
_GROUP_OWN_PART = re.compile(
    r"[,.;:()]|(?<!\w)(?:while|but|whereas|although|trong khi|nhưng|song|tuy nhiên"
    r"|as(?=\s+(?:it|its|they|the\s+(?:province|city))\b))(?!\w)",
    re.I,
)
_GROUP_FIELD = re.compile(
    r"(?:(?<!\w)(?:leading|leads|lead|leaders|top|best|dẫn đầu|đứng đầu|cao nhất|tốt nhất)(?!\w)[^\d]*?"
    # (or right after the group's size: "top 10 về thu hút FDI", "nhóm 10 tỉnh về ...")
    r"|^\s*(?:(?:tỉnh|địa phương|thành phố|provinces|localities|cities)(?:,?\s*(?:thành phố|thành))?\s+)?)"
    r"(?<!\w)(?:in terms of|in|về|(?:trong|ở|on)\s+(?:lĩnh vực|the field of))\s+(?P<field>.+)$",
    re.I,
)
# ... or by the measure it tops, right after its size: "nhóm 10 tỉnh có kim ngạch xuất khẩu thủy sản cao nhất", "top 10
# provinces with the highest rice exports", "top 5 localities with the most FDI"; or by what its members are, in
# English: "the top 10 rice exporters", "one of the five largest coffee producers"
_GROUP_BY_ITS_MEASURE = re.compile(
    r"^\s*(?:(?:tỉnh|địa phương|thành phố|provinces|localities|cities)(?:,?\s*(?:thành phố|thành))?\s+)?"
    r"(?:(?:có|với)\s+(?P<field>[^\d]{1,80}?)\s+(?:cao nhất|lớn nhất|nhiều nhất|nhanh nhất|thấp nhất|đứng đầu)(?!\w)"
    r"|with\s+the\s+(?:highest|largest|biggest|most|greatest|fastest|lowest)\s+(?P<english>[^\d]{1,80}))",
    re.I,
)
_MEMBERS_BY_WHAT_THEY_DO = re.compile(
    r"^\s*(?:(?:largest|biggest|leading|top|major)\s+)?(?P<field>(?:[a-z-]+\s+){1,3}?"
    r"(?:exporters|producers|growers|manufacturers|processors|importers|suppliers|traders|breeders|farmers|fishers))"
    r"(?!\w)"
    # ... or what they produce: "the top 10 rice-producing provinces"
    r"|^\s*(?P<produced>[a-z]+-(?:producing|exporting|growing))(?!\w)",
    re.I,
)
# what may name where or when a group leads, or its ranking, not a field of its own
_NO_FIELD_WORD = re.compile(
    r"(?<!\w)(?:the|a|its|their|this|of|and|country|nation|nationwide|region|vietnam|việt nam|cả|nước|toàn|quốc"
    r"|khu|vực|vùng|năm|year|years|rankings?|bảng|xếp|hạng|index|chỉ|số|\d+"
    # the DTI's own parts and results ("dẫn đầu về thể chế", "leading in institutions", "về thứ hạng tổng thể")
    r"|nhận|thức|thể|chế|hạ|tầng|nhân|lực|an|toàn|thông|tin|hoạt|động|chính|quyền|kinh|tế|xã|hội|trụ|cột|thứ|tổng"
    r"|kết|quả|đánh|giá|điểm|awareness|institutions?|infrastructure|human|resources|government|economy|society"
    r"|pillars?|overall|results?|scores?|points?|performers?|achievers?|leaders?|runners?|front|high|highest|strong"
    r"|strongest|best|provincial|positions?|marks?|ranks?|vị|trí|mức|độ|trưởng|thành|cao|nhất|đứng|đầu"
    # where and how long ("in the Red River Delta", "for the third consecutive year", "trong 3 năm liên tiếp")
    r"|delta|northern|southern|central|midlands|mountains?|highlands|đồng|bằng|sông|hồng|tại|trong|liên|tiếp|for"
    r"|third|second|consecutive|row|straight|running|in|at)(?!\w)",
    re.I,
)

# a field of the digital kind, whatever its noun ("nhân lực số", "digital human resources", "e-commerce", "dữ liệu")
_DIGITAL_FIELD = re.compile(
    # ("IT" in capitals only: "it" is the English pronoun, "as it lags in ...")
    # (not the "số" of "chỉ số": "nhóm 20 tỉnh có chỉ số PCI cao nhất" names another index)
    r"(?<!\w)(?:(?<!chỉ )số(?!\s+(?:lượng|đông|ít|nhiều))|digital|e-\w+|online|trực tuyến|điện tử|công nghệ|cntt|ict|(?-i:IT)"
    r"|internet|viễn thông|dữ liệu|data|smart|thông minh)(?!\w)",
    re.I,
)


def led_in_a_field_of_its_own(group_words: str, language: Language, lead: str = "") -> bool:
    """A leading group's own words name the field it leads in, with no word of digital transformation nor of the
    digital kind ("one of 20 provinces leading the country in rice exports, while its digital transformation lags"):
    no DTI group ("dẫn đầu về nhân lực số" is: a field of the index)."""
    own = _GROUP_OWN_PART.split(group_words, maxsplit=1)[0]
    if language.dx_words.search(own) or _DIGITAL_FIELD.search(own) or language.dx_words.search(lead):
        return False  # (nor a group of a ranking of digital transformation named before it: "Trong bảng xếp hạng DTI")
    field = _GROUP_FIELD.search(own)
    if field is None:
        measure = _GROUP_BY_ITS_MEASURE.match(own)
        field = measure and (measure.group("field") or measure.group("english"))
        doer = _MEMBERS_BY_WHAT_THEY_DO.match(own)
        field = field or (doer.group("field") or doer.group("produced") if doer else None)
    else:
        field = field.group("field")
    return field is not None and bool(_NO_FIELD_WORD.sub(" ", field).split())


# A sentence that opens with names, each with its figure in brackets: "Đà Nẵng (58,89%), Hà Giang (".
# A province's name and the verb of its figure, the figure's only words since the figure before it or its sentence's
# opening: "Đứng thứ hai là Đà Nẵng với", ", TP. HCM đạt", " và Hà Nội đạt" (its place in the ranking first, maybe)
_A_PROVINCE_AND_ITS_VERB = re.compile(
    r"(?:^|[,;]|\svà|\slà)\s*(?:(?:[Đđ]ứng|[Xx]ếp)\s+(?:ở\s+)?(?:thứ|vị trí(?:\s+thứ)?)\s+\w+\s+là\s+|"
    r"(?:[Tt]iếp theo|[Ss]au đó)\s+là\s+)?(?P<name>[A-ZĐ][^\W\d_]*\.?(?:\s+[A-ZĐ][^\W\d_]*)+)\s+(?:với|đạt|là|có)\s*$"
)


def a_province_and_its_figure(text: str, segments: Segments, mention: Mention, mentions, places: Places) -> bool:
    """The figure's own words are a province's name and the verb of its figure ("Đứng thứ hai là Đà Nẵng với 77,8%,
    TP. HCM đạt 75,7% và Hà Nội đạt 74,5%."): the province's figure of the measure before it. The name must be
    what the places found as a province, with at most a title before it ("TP. HCM"), not a district ("Huyện Hải
    Hậu", "TP. Nam Định"), a department or a company."""
    sentence = segments.sentence(mention.value_start)
    start = max([sentence.start] + [m.end for m in mentions if sentence.start <= m.end <= mention.value_start])
    found = _A_PROVINCE_AND_ITS_VERB.search(text, start, mention.value_start)
    if found is None:
        return False
    name_start, name_end = found.span("name")
    inside = [p for p in places.names if name_start <= p.start and p.end <= name_end and p.code != NATION]
    return (
        bool(inside)
        and inside[-1].end == name_end
        and _A_PROVINCES_TITLE.fullmatch(text, name_start, inside[0].start) is not None
    )


# What opens the list of a leading group's members after it ("... gồm: ", "... là "), and what stands between two of
# them ("TP Đà Nẵng, TP Hồ Chí Minh và tỉnh Quảng Ninh")
_MEMBERS_FOLLOW = re.compile(r"[^.;:\n]{0,90}?(?:(?<!\w)(?:bao gồm|gồm|gồm có|là)(?!\w)\s*:?|:)\s*", re.I)
_BETWEEN_MEMBERS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,|\s(?:và|cùng)\s)\s*(?:(?:TP|Tp|thành phố|tỉnh)\.?\s*)?", re.I)
# what puts the provinces named before a group outside it: a comparison ("so với A, B thuộc nhóm ...", "vượt qua A
# và B, C lọt vào top 10")
_NOT_MEMBERS_BEFORE = re.compile(r"(?<!\w)(?:so với|vượt qua|vượt|sau|hơn|kém|như|cùng với|ngoài)\s+$", re.I)
# ... and before it ("Đà Nẵng, Quảng Ninh và Bắc Ninh thuộc nhóm 10 ...")
_MEMBERS_LEAD = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:đều|cùng)\s+)?(?:là|thuộc|nằm trong|lọt vào|vào)\s+(?:(?:một|1)\s+trong\s+)?"
    r"(?:nhóm|top|tốp)?\s*$",
    re.I,
)


def members_of_the_group(text: str, segments: Segments, mention: Mention, places: Places) -> list[str]:
    """The provinces a leading group's figure names as its members, listed right after it ("Top 5 tỉnh có chỉ số DTI
    cao nhất gồm: Bắc Ninh, Hải Phòng (0,71), ...") or right before it ("Bắc Ninh, Hải Phòng và Quảng Ninh thuộc nhóm
    10 tỉnh dẫn đầu"; not after a comparison, "so với A, B ..."): two or more, and no more than the group holds; none
    when the text names no such list (the group is then the province's the figure belongs to)."""
    sentence = segments.sentence(mention.value_start)
    names = [p for p in places.names if sentence.start <= p.start < sentence.end and p.code != NATION]
    members: list[PlaceName] = []
    follows = _MEMBERS_FOLLOW.match(text, mention.end, sentence.end)
    if follows is not None:
        at = follows.end()
        for name in (p for p in names if p.start >= at):
            if not _A_PROVINCES_TITLE.fullmatch(text, at, name.start) and not (
                members and _BETWEEN_MEMBERS.fullmatch(text, at, name.start)
            ):
                break
            members.append(name)
            at = name.end
    if len(members) < 2:
        members = []
        before = [p for p in names if p.end <= mention.start]
        if before and _MEMBERS_LEAD.fullmatch(text, before[-1].end, mention.start):
            members = [before[-1]]
            for name in reversed(before[:-1]):
                if not _BETWEEN_MEMBERS.fullmatch(text, name.end, members[0].start):
                    break
                members.insert(0, name)
            if _NOT_MEMBERS_BEFORE.search(text, max(sentence.start, members[0].start - 16), members[0].start):
                members = []
    codes = list(dict.fromkeys(p.code for p in members))
    return codes if 2 <= len(codes) <= mention.value else []


_A_PROVINCES_TITLE = re.compile(r"(?:(?:TP|Tp|Thành phố|Tỉnh)\.?\s*)?")


_BRACKETED_NAME = re.compile(r"([^(),;.\d]+?)\s*\(")
_NAMES_WITH_FIGURES = re.compile(r"(?:[^(),;.\d]{2,30}?\s*\([^()]*\)\s*(?:,|\svà\s)\s*)*[^(),;.\d]{2,30}?\s*\(", re.I)


def opens_with_places_and_figures(text: str, segments: Segments, mention: Mention) -> bool:
    """The sentence opens with capitalised names, each with its figure in brackets, up to this one."""
    sentence = segments.sentence(mention.value_start)
    lead = text[sentence.start : mention.value_start].strip(" \n-+•")
    return bool(_NAMES_WITH_FIGURES.fullmatch(lead)) and all(
        word[:1].isupper() for name in _BRACKETED_NAME.findall(lead) for word in name.split()
    )


MEMBER = "member"
# "1.028 trạm BTS 5G (VNPT: 364 trạm, Viettel: 569 trạm; MobiFone: 95 trạm)": inside a bracket, a
# figure labelled by one capitalised name and a colon is that organisation's part of the whole.
_MEMBER_LABEL = re.compile(r"(?:\(|[,;])\s*(?P<name>[A-ZĐ][\w&-]{2,})\s*:\s*$")


# One capitalised word that labels a list's part, not an organisation (a member's name is one word).
_NOT_MEMBERS = re.compile(r"Tổng|Gồm|Trong|Năm|Tháng|Quý")


def a_members_part(text: str, mention: Mention, concepts, places: Places) -> bool:
    opening = text.rfind("(", 0, mention.value_start)
    if opening < 0 or ")" in text[opening : mention.value_start] or "\n" in text[opening : mention.value_start]:
        return False
    label = _MEMBER_LABEL.search(text, opening, mention.value_start)
    if label is None:
        return False
    name = label.group("name")
    if _NOT_MEMBERS.fullmatch(name):
        return False  # "(Tổng: 2.350 trạm)", "(Trong đó: ...)": a label of the list, no organisation
    named_place = any(p.start < label.end("name") and label.start("name") < p.end for p in places.names)
    # A concept's own word ("(CCCD: 1.200.000; VNeID: 800.000)", "(CQS: 0,45)") labels a measure, not a member.
    a_term = any(group.search(name) for concept in concepts for group in concept.groups)
    return not named_place and not a_term


def names_a_province(mention: Mention, mentions: list[Mention], places: Places, text: str, language: Language) -> bool:
    if mention.kind == "count":
        return False  # "Hải Dương là một trong 9 tỉnh đạt mức A": a count of provinces is the nation's
    own = own_start(text, mention, mentions, language, places.segments)
    named = [p for p in places.names if own <= p.start < mention.value_start and p.code != NATION]
    if not named:
        return False
    last = named[-1]
    # the subject of the figure ("trong đó tỉnh Quảng Nam đạt 0,5808", "..., Nam Định đạt 0,5808"), not a
    # venue, a comparison or a source ("tổ chức ở Hà Nội", "so với tỉnh Nam Định", "theo báo cáo của tỉnh ...")
    before = text[max(0, last.start - 24) : last.start]
    return bool(_SUBJECT_VERB.fullmatch(text[last.end : mention.value_start])) and not _NOT_A_SUBJECT.search(before)


_SUBJECT_VERB = re.compile(r"[^,;.\d]{0,20}?\s(?:đạt|có|chiếm|xếp|là)(?:\s+[^,;.\d]{0,12})?\s*", re.I)
_NOT_A_SUBJECT = re.compile(
    r"(?:so với|theo|của|tại|ở|với|hơn|kém|sau|trước)\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$", re.I
)


def own_start(text: str, mention: Mention, mentions: list[Mention], language: Language, segments: Segments) -> int:
    """Where the words a figure owns begin: after the previous figure's words in its sentence."""
    from assets.reports.link_ownership import split_point

    earlier = [m for m in mentions if m.end <= mention.value_start]
    if not earlier:
        return 0
    # (a figure of an earlier sentence owns none of this one's words: "... 50% người dân .... Cả nước hiện có hơn 80.000
    # tổ": the nation named at the sentence's start is the 80.000's)
    sentence = segments.sentence(mention.value_start)
    if earlier[-1].end <= sentence.start:
        return sentence.start
    return split_point(text, earlier[-1], mention, language)
