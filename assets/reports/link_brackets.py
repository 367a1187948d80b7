"""Brackets: the words inside another figure's bracket, a name right before the bracket that holds a
figure, the next bracketed item after it."""

from __future__ import annotations

import re

from assets.reports.link_document import Document
from assets.reports.mentions import Mention


def in_another_figures_bracket(doc: Document, start: int, mention: Mention) -> bool:
    """A word inside a bracket that holds a figure of its own and not this one ("đạt 593,4/1000 điểm (cao hơn
    trung bình cả nước 1,43 điểm), ... có giá trị DTI đạt 0,5934"): the bracket's words are said of its figure."""
    text = doc.text
    opened = text.rfind("(", 0, start)
    if opened < 0 or text.find(")", opened, start) >= 0 or "\n" in text[opened:start]:
        return False
    closed = text.find(")", start)
    if closed < 0 or "\n" in text[start:closed] or opened <= mention.value_start < closed:
        return False
    if (
        mention.end <= opened
        and re.fullmatch(r"[^\d,;.()\n]{0,40}", text[mention.end : opened])
        # (not a part of it, with its own words: "khoảng 65% (trong đó có 37/71 xã ... ứng dụng CNTT)")
        and not re.match(r"\(\s*(?:trong đó|trong số đó|gồm|bao gồm|tăng|giảm|so với)\b", text[opened:], re.I)
    ):
        return False  # "450.000 tài khoản (định danh điện tử mức 2, chiếm 65% dân số)": it says what this figure counts
    return any(opened < other.value_start < closed for other in doc.mentions if other is not mention)


def names_its_bracket(doc: Document, end: int, mention: Mention) -> bool:
    """The word ends right before the bracket that holds the figure ("kinh tế số (xếp thứ 33/63 ... với 0,5612
    điểm)")."""
    text = doc.text
    opened = text.rfind("(", 0, mention.value_start)
    return (
        opened >= end
        and _BRACKET_NEXT.fullmatch(text, end, opened + 1) is not None
        and _CLOSE_OR_LINE.search(text, opened, mention.value_start) is None
    )


_BRACKET_NEXT = re.compile(r"[\s\"“”]{0,3}\(")
_CLOSE_OR_LINE = re.compile(r"[)\n]")


def names_another_bracket(doc: Document, end: int, mention: Mention) -> bool:
    """The word ends right before a bracket of other figures, and this figure is in a later bracket ("chính quyền số
    (xếp thứ 31/63 với 0,66 điểm) và kinh tế số (... 0,5612 điểm)": "chính quyền số" is not 0,5612's; but
    "chính quyền số (xếp thứ 31/63) đạt 0,66 điểm" is)."""
    text = doc.text
    opened = _BRACKET_NEXT.match(text, end)
    if opened is None:
        return False
    closed = text.find(")", opened.end())
    own = text.rfind("(", 0, mention.value_start)  # this figure's own bracket, after that one
    return (
        0 <= closed < own
        and ")" not in text[own : mention.value_start]
        and "\n" not in text[end : mention.value_start]
        and any(opened.end() <= m.value_start < closed for m in doc.mentions if m is not mention)
    )


# The next item after a bracket, after a comma or "và", with a bracket of its own ("..., An toàn thông tin mạng (xếp
# thứ 2)", "... và kinh tế số (xếp thứ 33/63 ... với 0,5612 điểm)")
_NEXT_BRACKETED_ITEM = re.compile(r"\)\s*(?:,|(?<!\w)và(?=\s))([^;.()\n]{1,80})\(([^()\n]*)\)")


def after_its_bracket(doc: Document, start: int, mention: Mention) -> bool:
    """A word of the next item after the bracket that holds the figure right after a name ("hoạt động chính quyền
    số (xếp thứ nhất), An toàn thông tin mạng (xếp thứ 2)"): the bracket is said of the name before it."""
    text = doc.text
    opened = text.rfind("(", 0, mention.value_start)
    if opened < 0 or re.search(r"[)\n]", text[opened : mention.value_start]) or start < mention.value_end:
        return False
    closed = text.find(")", mention.value_end)
    if closed < 0 or closed > start or re.search(r"[(\n]", text[mention.value_end : closed]):
        return False
    if not re.search(r"\w\s*$", text[max(0, opened - 20) : opened]):
        return False
    # the next item: a name after a comma, with a bracket of its own that holds a figure; a predicate the items
    # share after the last of them ("Quảng Ninh (0,6856), Đà Nẵng (0,6512) là hai địa phương dẫn đầu chỉ số DTI")
    # is said of every item
    if ";" in text[closed:start]:
        return True  # "... (đạt 87 thuê bao/100 dân); sóng di động ... phủ đến ...": a semicolon ends the item
    following = _NEXT_BRACKETED_ITEM.match(text, closed)
    return (
        following is not None
        and following.start(1) <= start < following.end(1)
        and any(following.start(2) <= m.value_start < following.end(2) for m in doc.mentions)
    )
