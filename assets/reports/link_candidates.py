"""Every concept a mention can state, best first: the kinds that fit, the value in the indicator's unit
and range, the concept's words weighed, and the order of the links."""

from __future__ import annotations

import re
from bisect import bisect_right

from assets.reports.concepts import Concept
from assets.reports.language import names_at_a_word
from assets.reports.link_availability import best_weight
from assets.reports.link_counts import the_part_taken_from, the_whole_a_later_count_is_taken_from
from assets.reports.link_document import LEADING, Document, Link
from assets.reports.link_hosts import AGAINST_THE_TARGET, set_against_the_target_first, share_host, shares_a_count_of
from assets.reports.link_indexes import (
    an_index_of_other_things_after,
    an_index_of_other_things_before,
    another_index_is_its_subject,
    another_index_named_last,
    names_its_own_index,
)
from assets.reports.link_levels import COORDINATE_LEVEL, level_heading_the_list, level_of_coordinate, owned_level
from assets.reports.link_ranks import ranks_a_topic_of_its_own, ranks_what_its_clause_names
from assets.reports.link_subjects import (
    heads_the_rate,
    its_own_item,
    names_its_own_rate,
    refers_back,
    the_economys_growth,
)
from assets.reports.link_unless import near
from assets.reports.link_weights import (
    BORROWED_COST,
    HEAD_NOUN,
    MIN_GROUP,
    NOUN_BEFORE,
    TOPIC_KINDS,
    UNLESS,
    WEAK_GROUP,
)
from assets.reports.mentions import NOUN_WORDS, Mention
from assets.reports.segments import Span

_ENGLISH_SHARE_OF = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)?[^\W\d]", re.I)
# the holders a share names right after its figure ("100% lãnh đạo, cán bộ", "100% of agricultural products"): a noun,
# not a preposition, a verb or a unit
_SHARE_OF_HOLDERS = re.compile(
    # (possessive: "of GDP" is never the holders "of")
    r"(?:of\s+(?:the\s+|its\s+|their\s+)?)?+"
    # (nor a word alone joining the figure to the next: "82.3 percent and 76.8 percent, respectively")
    r"(?!(?:số|của|trong|trên|so|với|và|là|đạt|được|tổng|so với|GRDP|GDP|dân số|kế hoạch|chỉ tiêu|mục tiêu)(?!\w))"
    r"(?!(?:and|or|respectively)$)"
    r"[^\W\d]+",
    re.I,
)
_AVERAGE = re.compile(r"(?:borrowed: |title: )?(?:trung bình|bình quân)", re.I)


def _head_named_before(doc: Document, nouns: re.Pattern, mention: Mention, noun: str) -> str | None:
    """The concept noun its clause names before a count whose own noun is only that noun's
    head ("tổng số trạm BTS ... là 8.828 trạm", "thuê bao điện thoại di động đạt 279.568 thuê
    bao"), or None. The nearest such noun before the number is the one it repeats."""
    head = noun.lower().split()
    if not head or len(head) > 2:
        return None
    clause = doc.segments.clause(mention.value_start)
    regions = [(clause.start, mention.value_start)]
    sentence = doc.segments.sentence(mention.value_start)
    paragraph = doc.segments.paragraph(mention.value_start)
    if sentence.start > paragraph.start:
        # "Hạ tầng trạm BTS phát triển mạnh. Toàn tỉnh có 4.977 trạm": a sentence without figures
        # before it, in its paragraph, names the topic the count repeats.
        before = doc.segments.sentence(sentence.start - 1)
        if not any(before.start <= m.value_start < before.end for m in doc.mentions):
            regions.insert(0, (before.start, before.end))
    named = None
    for start, end in regions:
        for found in nouns.finditer(doc.text, start, end):
            words = found.group(0).lower().split()
            if words[: len(head)] == head and len(words) > len(head):
                named = found.group(0).lower()
    return named


# "(tổng) số X", not the "số" (digital) of "chuyển đổi số", "kinh tế số", "xã hội số", "chính quyền số"
_COUNTED = re.compile(
    r"(?<!\w)(?:tổng số|số lượng|(?<!đổi )(?<!tế )(?<!hội )(?<!quyền )(?<!dân )(?<!nghệ )(?<!hóa )(?<!hoá )số)\s+", re.I
)


def _counted_head(doc: Document, mention: Mention) -> int | None:
    """Where the noun that "(tổng) số" names begins, last in the figure's clause before it, or None."""
    clause = doc.segments.clause(mention.value_start)
    found = list(_COUNTED.finditer(doc.text, clause.start, mention.value_start))
    return found[-1].end() if found else None


def _names_a_longer_noun(doc: Document, concept: Concept, mention: Mention) -> bool:
    """People counted as holders ("1,76 triệu dân đã kích hoạt tài khoản ...") name what they hold, and as recipients
    ("cấp tài khoản ... cho 654.321 công dân") what is given them; a noun phrase cut
    at NOUN_WORDS ("1.407 thủ tục hành chính cung cấp dịch vụ công trực tuyến") is matched in the text from where it
    starts, to its end."""
    if not mention.noun:
        return False
    sentence = doc.segments.sentence(mention.value_start)
    held = doc.language.holders.match(doc.text, mention.noun_span[0], sentence.end)
    if held is not None:
        # "1,76 triệu dân đã kích hoạt tài khoản định danh điện tử": the people are counted as holders of the noun after
        return bool(concept.nouns.match(doc.text[held.end() : sentence.end]))
    if doc.language.recipient_nouns.fullmatch(mention.noun.strip()):
        clause = doc.segments.clause(mention.value_start)
        given = doc.language.recipients.search(doc.text, clause.start, mention.start)
        if given is not None:
            # "kích hoạt tài khoản định danh điện tử cho 654.321 công dân": the people count what is given them
            return bool(concept.nouns.match(given.group("held")))
    if len(mention.noun.split()) < NOUN_WORDS:
        return False
    words = LEADING.sub("", doc.text[mention.noun_span[0] : sentence.end].lstrip(), count=1)
    return bool(concept.nouns.match(words))


def fits_kind(concept: Concept, mention: Mention) -> bool:
    """The mention's kind of number can state the concept (a score is no rank change)."""
    kind = mention.kind
    if concept.kind == "count" and not concept.change and 0 < mention.value < 1:
        return False  # "điểm số tối thiểu là 0,5": a fraction below one counts nothing
    if kind in ("percent", "count", "plain", "money", "score") and concept.kind != "rank_change":
        if concept.change != (mention.change is not None):
            return False
    if kind == "money" and concept.unit in ("vnd", "usd") and mention.unit in ("vnd", "usd"):
        return mention.unit == concept.unit  # "USD 3 million" states no amount in đồng (nor the reverse)
    if kind == concept.kind:
        return True
    if kind == "density":
        # "25 thuê bao/100 dân" states a per-100 indicator that sources also write with "%".
        return concept.unit == {"per_100": "per 100 inhabitants", "per_1000": "per 1000 inhabitants"}[mention.unit]
    if kind == "plain":
        if not concept.bare and not mention.denominator and not mention.qualifier:
            return False  # a bare cell of a flattened table; "... minh bạch đạt 16,5" names its value
        if mention.respectively:
            return concept.kind in ("rank", "count", "percent", "score")
        return concept.kind in ("count", "score")
    return False


IMPLAUSIBLY_SMALL = 0.1  # a tenth of an index's range: no province scores so low on the DTI or its pillars


def _named_in_its_clause(doc: Document, concept: Concept, mention: Mention) -> bool:
    clause = doc.segments.clause(mention.value_start)
    return any(clause.start <= start < clause.end for group in concept.groups for start, _ in doc.occurrences(group))


def converted_value(concept: Concept, mention: Mention) -> float:
    """The value in the indicator's unit: points of N on a 0-1 score are value / N (N the
    index's total, ``points_of``, when the text does not write it)."""
    # Rounded to 12 significant digits: 593,4/1000 is 0.5934, not the float 0.5933999999999999.
    if concept.kind == "score" and mention.denominator and concept.valid_max is not None and concept.valid_max <= 1:
        return float(f"{mention.value / mention.denominator:.12g}")
    if (
        concept.kind == "score"
        and concept.points_of
        and mention.kind in ("score", "points")
        and abs(mention.value) > (concept.valid_max or 1)
    ):
        # "tăng 114 điểm", "đạt 478,99 điểm": points of the index's total, written without it. A bare number
        # ("25.11", "15") is never read as points: its scale would be a guess.
        return float(f"{mention.value / concept.points_of:.12g}")
    if mention.unit == "Gbps" and concept.unit == "Mbps":
        return float(f"{mention.value * 1000:.12g}")  # "1,2 Gbps" is 1.200 Mbps, never 1,2 Mbps
    return mention.value


def _in_range(concept: Concept, value: float) -> bool:
    """Within the indicator's valid range; a percent may read a little over 100 (an attainment
    against an estimated base, "đạt 100,02%"): staging then quarantines it with the reason."""
    high = concept.valid_max
    if high is not None and concept.unit == "percent" and high == 100:
        high = 110
    return (concept.valid_min is None or value >= concept.valid_min) and (high is None or value <= high)


# the first to do something, or those who did it ("một trong 28 địa phương hoàn thành ..."): no ranking's group
# (the provinces named with their cities: "01 trong 06 tỉnh, thành phố đầu tiên sớm ban hành ...")
_FIRST_TO = re.compile(
    r"(?:[^,.;:]|,(?=\s*(?:thành phố|thành|tp)(?!\w))){0,40}?(?<!\w)(?:đầu tiên|hoàn thành|hoàn tất)(?!\w)", re.I
)


def candidates(doc: Document, mention: Mention, concepts: tuple[Concept, ...]) -> list[Link]:
    """Every concept the mention can state, best first."""
    paragraph = doc.segments.paragraph(mention.value_start)
    label = doc.segments.row_label(mention.value_start)
    window = Span(min(paragraph.start, label.start if label else paragraph.start), paragraph.end)
    sentence = doc.segments.sentence(mention.value_start)
    if paragraph.start > 0 and refers_back(doc, mention):
        # "tỷ lệ này chỉ đạt 45,8%" opening a paragraph: the rate the paragraph before named.
        window = Span(doc.segments.paragraph(paragraph.start - 1).start, window.end)
    links = []
    attained = mention.kind == "percent" and (
        bool(mention.noun and doc.language.attainment_nouns.match(mention.noun))
        # "So với KH: 97,2%" (a table's column against the plan), "So với kế hoạch, đạt 97,2%"
        or set_against_the_target_first(doc.text, doc.segments, mention)
        # "đạt 68% so với chỉ tiêu", "đạt 105% so với kế hoạch": the share of the target attained
        or bool(
            mention.change is None
            and AGAINST_THE_TARGET.match(doc.text, mention.end)
            # not the share a fraction before it works out to ("16/22 mục tiêu hoàn thành, đạt hơn 72% so với kế hoạch")
            and not ((host := share_host(doc, mention)) is not None and host.denominator)
        )
    )
    other_index = another_index_named_last(doc, mention, sentence)  # (the same for every concept)
    own_levels = None  # the levels whose words the mention owns, read for the first concept with levels
    for concept in concepts:
        if not fits_kind(concept, mention):
            continue
        if attained and not concept.attainment:
            continue  # "đạt 79% mục tiêu": a share of the target attained, not the level itself
        if concept.kind == "top_n" and _FIRST_TO.match(mention.noun or ""):
            continue  # "một trong 5 tỉnh đầu tiên ... kết nối": the first to do something, no ranking's group
        if not _in_range(concept, converted_value(concept, mention)):
            continue
        if concept.share and not shares_a_count_of(doc, concept, mention, sentence):
            continue  # "mục tiêu ... đạt 80%" is no share of targets met; "hoàn thành 32/35 mục tiêu, đạt 91,4%" is
        if (
            concept.kind == "rank"
            and mention.denominator
            and concept.valid_max is not None
            and mention.denominator > concept.valid_max
        ):
            continue  # "thứ 26/63": a rank among 63 is not one within a region of at most 30
        if (
            concept.points_of
            and mention.kind in ("score", "points")
            and mention.denominator
            and mention.denominator not in (1, concept.points_of)
        ):
            # "88,2/100 điểm" is no index score out of 1 or of its 1.000 points (a main index is written out
            # of its own maximum, "72,5/100 điểm": its entry has no points_of)
            continue

        if (
            concept.kind == "score"
            and mention.denominator
            and 0 < abs(mention.value) < 1 < mention.denominator
            and (mention.denominator >= 100 or (concept.valid_max is not None and concept.valid_max <= 1))
        ):
            # "0,4120/1.000 điểm": a score on a 0-1 scale written over a total of points; read literally it would be
            # 0.000412 (or a fraction of a point out of hundreds), read as 0.412 a guess: left unclaimed (listed with
            # the reason) for the analyst
            continue

        score, evidence, local = 0.0, [], False
        # A count named right after its number, or a unit (đồng, km, Mbps), is the main evidence:
        # the concept's other words may then be anywhere in the sentence.
        floor = MIN_GROUP
        if concept.nouns is not None:
            noun = LEADING.sub("", mention.noun)
            if mention.kind == "count" and (
                names_at_a_word(concept.nouns, noun) or _names_a_longer_noun(doc, concept, mention)
            ):
                # The noun alone places a bare count ("2.104 trạm BTS"); with concept words, one must
                # be in the sentence ("815.000 người" is not staff because the title says "chuyển đổi số").
                score, evidence, local, floor = 1.0, [f"counts: {noun[:30]}"], not concept.groups, WEAK_GROUP
            elif mention.kind == "count" and (named := _head_named_before(doc, concept.nouns, mention, noun)):
                # "Tổng số trạm BTS trên toàn tỉnh là 8.828 trạm": the noun repeats the head of the
                # thing the sentence named before it.
                score, evidence, local, floor = 1.0, [f"counts: {named[:30]}"], not concept.groups, WEAK_GROUP
            else:
                weight, word = best_weight(doc, concept.nouns, mention, window)
                if (mention.kind == "count" and mention.noun) or weight < NOUN_BEFORE:
                    continue
                score, evidence, local = weight, [word], True
                head = _counted_head(doc, mention)
                if mention.kind == "count" and head is not None and concept.nouns.match(doc.text, head):
                    # "tổng số DVCTT có phát sinh hồ sơ là 818/1.542": what "số" names is what is counted
                    score += HEAD_NOUN
        elif mention.kind in ("money", "length", "speed", "storage", "ratio", "density"):
            floor = WEAK_GROUP
        ok = True
        used: list[tuple[int, int]] = []
        for group in concept.groups:
            # A national figure names the nation in its own sentence; only an index named in a
            # headline may take its words from the title.
            weight, word = best_weight(
                doc, group, mention, window, used, title=concept.from_title, borrow=not concept.national
            )
            if weight < floor or (
                _AVERAGE.match(word)
                and (weight < UNLESS or _a_figure_between(doc, used[-1] if used else None, mention))
            ):
                # "giá trị DTI trung bình cấp tỉnh là 0,6783; tỉnh đạt 0,7012", "..., trong khi tỉnh đạt 0,7012": an
                # average is said of the figure it qualifies, never lent to another one after it
                ok = False
                break
            score += weight
            evidence.append(word)
            local = local or _in_sentence(doc, group, mention, sentence)
        if not ok:
            continue
        if concept.levels:
            if own_levels is None:
                own_levels = {level for level in doc.language.levels if owned_level(doc, level, mention)}
            if own_levels and not own_levels & concept.levels:
                continue  # "đạt 85% ở cấp tỉnh, 70% ở cấp huyện và 60% ở cấp xã": the level it names is its own
            hits = [
                best_weight(doc, doc.language.levels[level], mention, window, list(used), owned_only=True)
                for level in concept.levels
            ]
            weight, word = max(hits, key=lambda hit: hit[0])
            if weight < MIN_GROUP:
                shared = level_of_coordinate(doc, mention, concept.levels) or level_heading_the_list(
                    doc, mention, concept.levels
                )
                if shared is None:
                    continue
                weight, word = COORDINATE_LEVEL, f"as the figure before it: {shared}"
            score += weight
            evidence.append(word)
        if not local and mention.kind not in TOPIC_KINDS and not refers_back(doc, mention):
            # A percent or a count needs one of its concept's words in its own sentence, unless it
            # refers back to the figure before ("tỷ lệ này").
            continue
        own = [
            span
            for group in concept.groups
            for span in doc.occurrences(group)
            if sentence.start <= span[0] < sentence.end
        ]
        if concept.unless is not None and near(doc, concept.unless, mention, sentence, own) >= UNLESS:
            continue
        if concept.national and not _named_in_its_clause(doc, concept, mention):
            # "Chỉ số DTI quốc gia đạt 0,7955; tỉnh đạt 0,6512": the nation's own figure is named in the figure's
            # clause, not lent to the province's figure in the next one
            continue
        if (
            all(e.startswith(("borrowed", "title")) for e in evidence)
            and (converted := converted_value(concept, mention)) != mention.value
            and not mention.denominator
            and concept.valid_max is not None
            and abs(converted) < IMPLAUSIBLY_SMALL * concept.valid_max
        ):
            # "In 2025, the criterion achieved 14.2 points" two paragraphs after "digital transformation": on the DTI's
            # scale of 1,000 points a score of 0.0142, no province's; with the index's words borrowed from elsewhere
            # that scale is a guess ("Tỉnh đạt 612,4 điểm" after a sentence naming the DTI is its 0.6124)
            continue
        if all(e.startswith(("borrowed", "title")) for e in evidence) and names_its_own_index(
            doc, mention, sentence, concept
        ):
            # "chỉ số phát triển con người (HDI) phấn đấu đạt 0,8": the score of the index its sentence names, which
            # no catalog entry's words claim, not one of an index an earlier sentence names
            continue
        if all(e.startswith(("borrowed", "title")) for e in evidence) and ranks_what_its_clause_names(
            doc, mention, used
        ):
            # "..., số hộ có cáp quang băng rộng đứng thứ 15 toàn quốc": a rank of the measure its own words name,
            # which no catalog entry holds, not of an index an earlier sentence names
            continue
        if concept.kind == "rank" and ranks_a_topic_of_its_own(doc, mention, concept.groups):
            # "tỉnh có diện tích trồng cây ăn trái đứng thứ hai ở khu vực": a rank of what its clause names
            continue
        if an_index_of_other_things_after(doc, mention):
            # "Năm 2023, Quảng Ngãi xếp thứ 22 về Chỉ số cải cách hành chính", "ranked 22nd in the 2023 PAR Index": the
            # rank of the index named right after it
            continue
        if all(e.startswith(("borrowed", "title")) for e in evidence) and an_index_of_other_things_before(
            doc, mention, sentence
        ):
            # "... (PAR) Index was 88.18%, up 1.42 percentage points ... . Although it dropped two places to rank 37th":
            # the rank of the index the sentence before reports, not of what the page's other words name
            continue
        if another_index_is_its_subject(other_index, used):
            # "...Chính quyền số tỉnh đạt được kết quả như sau:\nChỉ số cải cách hành chính của tỉnh năm 2023 đạt 84,5%,
            # xếp hạng 63/63": the index named right before it, whatever component words came before that
            continue
        if (
            mention.kind == "percent"
            and all(e.startswith(("borrowed", "title")) for e in evidence)
            and _ENGLISH_SHARE_OF.match(mention.noun or "")
        ):
            # "...; 100% of new records and results are digitized; 100% of periodic reports ...": a share of what its
            # own words name, not of what other sentences speak of
            continue
        if all(e.startswith(("borrowed", "title")) for e in evidence) and the_economys_growth(
            doc.text, doc.segments.clause(mention.value_start), mention, doc.language
        ):
            # "...; the contribution of total factor productivity (TFP) to economic growth will strive to be at least
            # 42%; the scale of the digital economy will reach at least 30% of the province's GRDP": a share its own
            # clause names of the economy's growth, not the next item's
            continue
        if (
            mention.kind == "percent"
            and concept.nouns is None
            and evidence
            and evidence[0].startswith("borrowed")
            and _SHARE_OF_HOLDERS.match(mention.noun or "")
        ):
            # "100% lãnh đạo, cán bộ, công chức ... được khuyến khích sử dụng DVCTT" after "người dân", "digitize 100% of
            # agricultural production household information" after OCOP products: a share of the holders its own words
            # name, not of those another sentence names
            continue
        if used and (item := its_own_item(doc, mention, sentence)) is not None and all(at < item for at, _ in used):
            # "...thanh toán số luôn đạt xấp xỉ 100%; sản phẩm chủ lực được bán qua sàn thương mại điện tử đạt gần 20%":
            # an item that names what it speaks of takes none of the words of the items before it
            continue
        if any(e.startswith("borrowed") for e in evidence) and names_its_own_rate(doc, mention, sentence):
            # "Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt trên 40%": a rate its sentence names in
            # full is that rate, not one completed with an earlier sentence's words
            continue
        if any(e.startswith("borrowed") for e in evidence) and the_whole_a_later_count_is_taken_from(
            doc, mention, sentence
        ):
            # "đối với 19 nhiệm vụ đột phá đã hoàn thành 4 nhiệm vụ": the set the later count is taken from takes
            # none of the later count's words
            continue
        part = the_part_taken_from(doc, mention, sentence) if mention.kind == "count" else None
        if part is not None and any(at >= part.value_start for at, _ in used):
            # "trong tổng số 485.067 hồ sơ, có 154.766 hồ sơ được nộp trực tuyến": the words after the part, which
            # close the sentence, are the part's, not the whole's it is taken from
            continue
        if heads_the_rate(doc, mention, used[:1]):
            # "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ": a rate of services. The concept's first
            # group names what it is a rate of; a qualifier group ("hồ sơ ... trực tuyến") does not.
            score += HEAD_NOUN
        links.append(Link(concept, score, evidence, used))
    # Words borrowed from an earlier sentence or the title place a figure whose own sentence names
    # nothing better, but add no specificity: each costs more than it weighs.
    links.sort(
        key=lambda link: (
            *_weight(link),
            -link.concept.group_count,
            # At equal weight the indicator of the level the number names ("phủ sóng di động tới
            # thôn") is meant rather than the general one.
            not link.concept.levels,
            # Words borrowed from the sentence just before outweigh those of one further back ("...
            # xây dựng chính quyền số. Tỉnh ... trên bảng xếp hạng Bộ chỉ số 766. Cụ thể, ... đạt
            # 88,2/100 điểm": the index of the sentence before).
            _farthest_word(doc, link, mention),
        )
    )
    return _nested_first(links)


def _a_figure_between(doc: Document, span: tuple[int, int] | None, mention: Mention) -> bool:
    """Another level of the mention's kind stands between the words at ``span`` and the mention, in its sentence
    (not a change after a level, "là 0,5786, tăng 44,1%", which continues what the level's words name)."""
    if span is None or span[1] > mention.value_start or mention.change is not None:
        return False
    sentence = doc.segments.sentence(mention.value_start)
    return any(
        max(span[1], sentence.start) <= other.value_start < mention.value_start
        for other in doc.mentions
        if other is not mention and other.kind == mention.kind and other.change is None
    )


def _weight(link: Link) -> tuple[bool, float]:
    """How a link weighs against the others: whether it borrows words, then its score less what they cost."""
    borrowed = sum(e.startswith(("borrowed", "title")) for e in link.evidence)
    return borrowed > 0, -(link.score - BORROWED_COST * borrowed)


def _nested_first(links: list[Link]) -> list[Link]:
    """Of two links that weigh the same, the one whose words hold the other's ("Hoạt động kinh tế số" names its main
    index, not the pillar "kinh tế số" inside it) comes first."""
    if len(links) < 2:
        return links
    first = links[0]
    for other in links[1:]:
        if (
            _weight(other)[0] == _weight(first)[0]
            and abs(_weight(other)[1] - _weight(first)[1]) < 1e-9
            and other.concept.group_count == first.concept.group_count
            and any(s2 <= s1 and e1 <= e2 and (e2 - s2) > (e1 - s1) for s1, e1 in first.spans for s2, e2 in other.spans)
        ):
            return [other, *[link for link in links if link is not other]]
    return links


def _farthest_word(doc: Document, link: Link, mention: Mention) -> int:
    """How many sentences back the link's farthest word is (0 within the figure's sentence, where the
    weights already say how near a word is)."""
    if not any(e.startswith("borrowed") for e in link.evidence):
        return 0
    starts = doc.segments.sentence_starts
    here = bisect_right(starts, mention.value_start)
    return max((here - bisect_right(starts, start) for start, _ in link.spans), default=0)


def _in_sentence(doc: Document, pattern: re.Pattern, mention: Mention, sentence: Span) -> bool:
    label = doc.segments.row_label(mention.value_start)
    for start, _ in doc.occurrences(pattern):
        if sentence.start <= start < sentence.end or (label is not None and label.start <= start < label.end):
            return True
    return False
