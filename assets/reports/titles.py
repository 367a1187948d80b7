"""A report's title from its own opening lines, for a report dropped in without one in its sidecar.

A page or a document usually opens with its title: a news page's headline ("Tiền Giang: Nâng cao nhận thức về chuyển
đổi số ..."), an administrative document's type and subject after its header ("UBND TỈNH HÀ NAM", "CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM", "Số: 12/KH-UBND", "Hà Nam, ngày 15 tháng 01 năm 2025", then "KẾ HOẠCH" over "Chuyển đổi số tỉnh
Hà Nam năm 2025"). The title is the first line among the opening ones that reads as one: a few words to a long line,
not a sentence (no full stop), not the header, a number, a date, a portal's counter or poll, or a file name. A text that opens with its
body (a long line, or a sentence) has no title here, and none is made up.
"""

from __future__ import annotations

import re

OPENING_LINES = 12  # a title stands among the first lines that hold words
MIN_WORDS, MAX_WORDS, MAX_CHARS = 4, 40, 250
BODY_WORDS = 12  # a line of more words than this that ends a sentence is the body: the title, if any, came before

# the header of an administrative document: the national motto, its number, its place and date (below), its issuer
# in capitals ("UBND TỈNH HÀ NAM", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"; not a headline whose subject is an agency)
_HEADER = re.compile(r"^\W*(?:cộng hòa xã hội chủ nghĩa|cộng hoà xã hội chủ nghĩa|độc lập\s*[-–]\s*tự do|số\s*:)", re.I)
_ISSUER = re.compile(
    r"^\W*(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|hđnd|hội đồng nhân dân|sở|ban chỉ đạo|tỉnh ủy|tỉnh uỷ|văn phòng"
    r"|công an)(?!\w)",
    re.I,
)


def _issuer(line: str) -> bool:
    return _ISSUER.match(line) is not None and not any(c.islower() for c in line)


_PLACE_AND_DATE = re.compile(r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$", re.I)
# a line that is mostly a date or time ("Thứ ba, 08/11/2022 20:52", "08/11/2022"), a counter ("Hôm nay : 1.217") or
# a file's name ("...-su-kien-7-.jpg")
_NOT_WORDS = re.compile(
    r"^\W*(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|:\s*[\d.,]+\s*$|\.(?:jpe?g|png|gif|webp)\s*$",
    re.I,
)
# a portal's furniture: its visit counter ("Số lượng truy cập", "Lượt xem: 1.217", "Đang online") or a poll that asks
# the reader ("Đánh giá của bạn về cổng thông tin điện tử", "Bạn thấy giao diện mới thế nào?")
_CHROME = re.compile(
    r"(?<!\w)(?:truy cập|lượt xem|đang online|đang trực tuyến|visitors?|page views|của bạn|bạn (?:thấy|có|đánh giá)|your)"
    r"(?!\w)",
    re.I,
)
# a document's type alone on its line, over its subject ("KẾ HOẠCH" over "Chuyển đổi số tỉnh Hà Nam năm 2025")
_DOCUMENT_TYPE = re.compile(
    r"^\W*(?:kế hoạch|báo cáo|thông báo|quyết định|nghị quyết|chương trình|đề án|chỉ thị|công văn|tờ trình)\W*$",
    re.I,
)


def opening_title(text: str) -> str | None:
    """The title the text opens with, or None when it opens with its body."""
    document_type = None
    seen = 0
    for line in text.split("\n"):
        words = line.split()
        if not words:
            continue
        seen += 1
        if seen > OPENING_LINES:
            return None
        stripped = " ".join(words)
        if _DOCUMENT_TYPE.match(stripped):
            document_type = stripped
            continue
        if (
            any(p.search(stripped) for p in (_HEADER, _PLACE_AND_DATE, _NOT_WORDS, _CHROME))
            or _issuer(stripped)
            or ("|" in stripped)
        ):
            # ("|" splits a menu or a toolbar: "Trang chủ | Tin tức", "A- A A+ | Tăng tương phản")
            continue
        sentence = re.search(r"[.!?…]\W*$", stripped) is not None
        if len(stripped) > MAX_CHARS or (sentence and len(words) > BODY_WORDS):
            return None  # the body: no title before it
        if sentence or not MIN_WORDS <= len(words) <= MAX_WORDS:
            continue
        return f"{document_type} {stripped}" if document_type else stripped
    return None
