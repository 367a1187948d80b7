"""Whose figure it is: the nearest place named before it in its clause or sentence (another
province, or the nation: "cả nước", "trung bình toàn quốc"), a province referred back to
("địa phương này": the last one named), else the document's province.

A place after the figure, or after a comparison word ("sau Thành phố Hồ Chí Minh", "so với
cả nước"), is not its owner; "cả nước" right after a rank says where the rank stands
("thứ 5 cả nước"), not whose it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assets.reports.language import Language
from assets.reports.mentions import Mention
from assets.reports.segments import Segments

NATION = "VN"
LOCAL = "local"  # a ward, commune or district the sentence is about: not the province's figure
MINISTRY = "ministry"  # a ministry or the ministries' block: not a province's figure
UNIT = "unit"  # a department, agency or district ranked in the province's own ranking
OTHERS = "others"  # a group of other provinces, unnamed ("các tỉnh, thành còn lại"): no one province's figure
REGION = "region"  # a region of provinces ("Khu vực Bắc Trung Bộ có tỷ lệ ... 55%"): no one province's figure

# "Bộ Công Thương dẫn đầu với tỷ lệ 83,48%", "Khối bộ, ngành đạt 63,47%": a ministry (a capitalised
# name or an abbreviation after "Bộ") or the block of ministries as the figure's subject. "Bộ Chỉ số",
# "Bộ tiêu chí", "Bộ Chỉ huy", "Bộ Chính trị" are no ministries of a ranking.
_MINISTRY = re.compile(
    r"(?<!\w)(?:Bộ\s+(?=[A-ZĐ])(?!(?:Chính trị|Chỉ số|Chỉ huy|Tiêu chí|TTHC|Tư lệnh)\b)|[Kk]hối\s+bộ\b|[Cc]ác\s+bộ,\s+ngành\b"
    # agencies ranked with the ministries ("Bảo hiểm xã hội Việt Nam dẫn đầu khối bộ, ngành với 96,2%")
    r"|Ngân hàng Nhà nước(?:\s+Việt Nam)?\b|Thanh tra Chính phủ\b|Văn phòng Chính phủ\b|Kiểm toán Nhà nước\b"
    r"|Bảo hiểm [Xx]ã hội Việt Nam\b|[ỦU]y ban Dân tộc\b"
    # ... and the Government's own agencies the ministry-level index ranks ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam
    # tiếp tục xếp hạng nhất")
    # ("Viện Hàn lâm KH&CN Việt Nam": an abbreviation with "&" among its words)
    r"|Viện Hàn lâm(?:(?:\s+(?:[^\W\d]+|[A-ZĐ][A-ZĐ&]+)){1,6}?\s+Việt Nam)?\b|Đài (?:Truyền hình|Tiếng nói) Việt Nam\b"
    r"|Thông tấn xã Việt Nam\b|Học viện Chính trị [Qq]uốc gia\b|Đại học Quốc gia\b"
    # in English: "the Ministry of Finance", "Vietnam Social Security", "the State Bank of Vietnam"
    r"|Ministry\s+of\s+(?=[A-Z])|[Mm]inistries\s+of\s+(?=[A-Z])|Vietnam\s+Social\s+Security\b|State\s+Bank\s+of\s+Vietnam\b"
    # ... and their block ("khối bộ, ngành": "ministries and branches", "ministries and sectors")
    r"|[Mm]inistries,?\s+(?:and\s+)?(?:branches|sectors|agencies|ministerial-level\s+agencies)\b"
    r"|Vietnam\s+Academy\s+of\b|Vietnam\s+(?:Television|News\s+Agency)\b|Voice\s+of\s+Vietnam\b)"
)


def _capitalised_name_ending(text: str) -> list[str]:
    """The capitalised words that end ``text`` ("... tại các huyện: Đồng Văn" -> ["Văn", "Đồng"]), last first."""
    name = []
    for word in reversed(text.split()):
        if len(word) > 1 and word[0].isupper() and word[1:].islower() and word.isalpha():
            name.append(word)
        else:
            break
    return name


# the head of an English name of an index, its parts or a system ("Digital Institutions", "Digital Government",
# "Public Service Portal"): a name that ends so is never a place
_NAMES_NO_PLACE_IN_ENGLISH = frozenset(
    "government economy society institutions institution infrastructure resources awareness cognition security "
    "index transformation services portal platform system".split()
)


def _may_name_a_place(reversed_words: list[str]) -> bool:
    """Two to four capitalised words that name no ministry nor an index's part ("Chính Quyền Số", "Hạ Tầng Số":
    a name ending in "Số" is never a place; nor "Digital Institutions" in English)."""
    return (
        2 <= len(reversed_words) <= 4
        and not _MINISTRY.match(" ".join(reversed(reversed_words)))
        and reversed_words[0].lower() != "số"
        and reversed_words[0].lower() not in _NAMES_NO_PLACE_IN_ENGLISH
    )


# "Các tỉnh, thành còn lại chỉ đạt dưới 40%", "một số địa phương khác": other provinces as a group, unnamed.
_OTHER_PROVINCES = re.compile(
    r"(?<!\w)(?:các|một số|nhiều|những)\s+(?:tỉnh(?:\s*,?\s*thành(?:\s+phố)?)?|địa phương)\s+(?:còn lại|khác)(?!\w)",
    re.I,
)
# The localities' block as a clause's subject, in a sentence that splits a figure between the ministries' block and
# theirs ("khối bộ, ngành đạt 61%; các địa phương đạt 17%", "ministries and branches reached 61%; localities reached
# 17%"): the level of all the provinces together, no one province's figure
_LOCALITIES_BLOCK = (
    r"(?:(?i:khối|các|tất cả các)\s+(?:địa phương|tỉnh,\s*thành(?:\s+phố)?)|(?i:the\s+)?localities)"
    r"\s+(?:(?i:đã|chỉ|mới|cũng|only|also)\s+)*(?:(?i:có\s+)?(?i:tỷ lệ|tỉ lệ)[^\d;:]{0,50}?\s)?"
    r"(?i:đạt|là|chiếm|reached|stood at|was|were|hit)\s*(?i:khoảng\s+|gần\s+|hơn\s+|trên\s+|about\s+|nearly\s+)?$"
)
# (opening the figure's clause, or its part after a comma or a word of contrast: "..., các địa phương đạt 28%")
_LOCALITIES_BLOCK_OPENS = (
    re.compile(r"[\W]*(?:(?i:còn|riêng|và|and|while)\s+)?" + _LOCALITIES_BLOCK),
    re.compile(r"(?:[,:]|(?<!\w)(?i:còn|riêng|và|and|while|whereas)(?!\w))\s*" + _LOCALITIES_BLOCK),
)
_MINISTRIES_BLOCK = re.compile(
    r"(?<!\w)(?:khối\s+bộ|các\s+bộ,\s*ngành|bộ,\s*ngành|ministries(?!\s+of\b))(?!\w)",
    re.I,
)
# Words that make the group an object, not the subject: "vượt (xa) các tỉnh còn lại", "của các tỉnh khác".
_GROUP_AS_OBJECT = re.compile(r"(?<!\w)(?:của|với|vượt(?:\s+xa)?|học tập|bỏ xa|dẫn trước|cùng)\s*$", re.I)
# The province or a lower unit as a clause's subject ("trong khi tỉnh đạt 52%"), not a level ("cấp tỉnh").
_PROVINCE_OF_ITS_OWN = re.compile(r"(?<!\w)(?<!cấp )(?<!các )(?:tỉnh|thành phố|địa phương|huyện|xã)(?!\w)", re.I)
# What may open a sentence before the place that frames it: "Ở cấp quốc gia, ...", "Trên phạm vi cả nước, ...".
_FRAME_BEFORE = re.compile(
    r"[\W\d]*(?:(?:theo đó|trong đó|cụ thể|đồng thời|bên cạnh đó|năm (?:19|20)\d\d)\s*,?\s*)?"
    r"(?:(?:ở|tại|trên|trong|đối với|xét)\s+)?(?:(?:phạm vi|cấp|quy mô)\s+)?",
    re.I,
)
# "Cổng Dịch vụ công quốc gia", "cơ sở dữ liệu quốc gia về dân cư", "Chương trình chuyển đổi số quốc gia": a
# national system or programme a province uses, named, not the nation as the figure's owner.
_NATIONAL_SYSTEM_BEFORE = re.compile(
    r"(?<!\w)(?:cổng|csdl|cơ sở dữ liệu|hệ thống|nền tảng|trục|ứng dụng|chương trình|chiến lược|đề án)"
    r"(?:\s+(?!(?:trên|của|trong|ở|tại|cấp|là|đạt|với|và|có|trung bình|bình quân|tỷ lệ|tỉ lệ|số)\b)"
    r"[^\s\d.,;:()]+){0,5}\s+$",
    re.I,
)
# A standing among the places that the figure's subject holds ("tỉnh dẫn đầu cả nước về ...", "Hà Nam là
# tỉnh đầu tiên cả nước ...", "là tỉnh thứ hai trên cả nước"): the place says where the province stands, not
# whose the figure is. Not another's ("so với tỉnh dẫn đầu cả nước", "địa phương cao nhất cả nước đạt 92%").
_STANDING = (
    r"(?:(?:tiếp tục|vươn lên|hiện|vẫn|luôn|đã|được đánh giá|được xếp)\s+){0,2}"
    r"(?:dẫn đầu|đứng đầu|cao nhất|thấp nhất|đầu tiên|(?:đứng|xếp)(?:\s+(?:thứ|hạng))?\s+\w+|thứ\s+\w+"
    # English: "Da Nang led the country with ...", "tops the country", "ranked first in the country"
    r"|(?:continued\s+to\s+|continues\s+to\s+)?(?:led|leads|lead|leading|topped|tops|top|headed|heads)"
    r"|(?:ranked|ranks|came|comes|was|is|stood|stands)\s+(?:first|second|third|\d+(?:st|nd|rd|th))\s+in"
    # "the rate of online public services in Da Nang City is the highest in the country at 95%"
    r"|(?:is|was|are|were|remains|remained)\s+(?:the\s+)?(?:highest|lowest|best|top)\s+in)"
    r"\s+(?:trong\s+|trên\s+)?$"
)
_STANDING_BEFORE = re.compile(
    rf"(?:(?<!so với )(?<!với )(?<!hơn )(?<!các )(?<!những )(?<!\w)(?:tỉnh(?:\s+ta)?|thành phố)"
    rf"|\blà\s+(?:tỉnh|địa phương|thành phố)|(?<!\w)(?:the\s+)?(?:province|city))\s+{_STANDING}"
    # a standing that opens a clause holds the sentence's subject: "Công an tỉnh đã cấp ..., đứng đầu toàn quốc"
    r"|,\s*(?:dẫn đầu|đứng đầu|(?:đứng|xếp)\s+(?:thứ|hạng)\s+\w+)\s+(?:trong\s+|trên\s+)?$",
    re.I,
)
_STANDING_AFTER_A_NAME = re.compile(rf"^\s*(?:là\s+(?:tỉnh|địa phương|thành phố)\s+)?{_STANDING}", re.I)
# The figure in a bracket right after a place, with a few words before it ("Hà Nội (tốc độ download 94.08 Mbps)").
_A_LOCATION_BEFORE = re.compile(r"(?<!\w)(?:tại|ở)\s*(?:(?:thành phố|tp\.?|thị xã|huyện)\s*)?$", re.I)
# a bracket opened right before a figure, a qualifier of it at most ("cả nước (khoảng 16,5% GDP)", "Đà Nẵng (58,89%)")
_A_BRACKET_OPENS = re.compile(r"\s*\(\s*(?:(?:khoảng|gần|hơn|trên|about|around|nearly|over)\s*)?", re.I)
# ... or a list's, its cue and its values before this one ("cao hơn mức bình quân cả nước (lần lượt là 124,9 Mbps và ")
_A_LISTS_BRACKET_OPENS = re.compile(
    r"\s*\(\s*(?:(?:lần lượt|tương ứng)(?:\s+là)?|respectively)?\s*(?:\d[\d.,]*\s*[^\d(),;]{0,12}?\s*(?:,|và|and)\s*)*"
    r"(?:(?:khoảng|gần|hơn|trên|about|around|nearly|over)\s*)?",
    re.I,
)
_ITS_OWN_BRACKET = re.compile(r"\s*\([^()\d\n]{0,40}")
# The level of a place compared with, right after it: "cao hơn cả nước 45%", "so với Hà Nội là 52%"
_THE_LEVEL_COMPARED = re.compile(r"\s*(?:\(|là|ở mức|với|:)?\s*", re.I)
# Where a national body held an event, not whose figure follows: "Tại Hà Nội, Bộ TT&TT công bố Chỉ số DTI năm 2023, theo
# đó tỉnh đạt ...", "Sáng 10/4, tại Hà Nội, Bộ ... tổ chức Hội nghị ...", "In Hanoi, the Ministry ... announced ..." (not
# "Tại Hà Nội, tỷ lệ ... đạt 90%", "Tại Nghệ An, UBND tỉnh tổ chức hội nghị ...", "Tại Hà Nội, theo số liệu do Sở ...
# công bố": the place's own figures)
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:tại|in)\s*$", re.I)
_AN_EVENT_AFTER_THE_VENUE = re.compile(
    r"(?:\s+(?:ngày|sáng|chiều|tối|on)\s+[\w/]+(?:\s+\d+)?)?\s*,\s*"
    r"(?:(?:Bộ|Chính phủ|Thủ tướng|Phó Thủ tướng|Văn phòng Chính phủ|Ban Chỉ đạo quốc gia|Ủy ban Quốc gia|Cục)"
    r"|the\s+(?:Ministry|Government|Prime\s+Minister|Deputy\s+Prime\s+Minister|National\s+Committee))(?!\w)"
    r"[^\d.;]{0,80}?(?<!\w)(?:công bố|tổ chức|khai mạc|announced|held|released|launched)(?!\w)"
)
# A source or an announcer before the ministry ("Theo Bộ TT&TT, ...", "do Bộ KH&CN công bố"), or the ministry a
# report is sent to ("Báo cáo của UBND tỉnh ... vừa gửi Văn phòng Chính phủ cho thấy, ...").
# (or the agent of what was done for the province: "tỉnh được Bộ ... phê duyệt hỗ trợ cáp quang tại 35 thôn")
_MINISTRY_AS_SOURCE = re.compile(
    r"(?<!\w)(?:theo|do|của|từ|với|gửi|gửi tới|gửi đến|trình|được|bởi"
    # in English, a source or the one asked ("according to the Ministry of ...", "asked the Ministry of ... to")
    r"|according to|by|from|of|with|to|asked|requested|urged|called on|invited|proposed to)\s*(?:the\s+)?$",
    re.I,
)

# ... unless "của"/"of" follows the figure's measure, which the ministry then holds ("Điểm DTI năm 2023 của Bộ Tài chính
# đạt 0,79", "The DTI score of the Ministry of Finance reached 0.79"), not when a source or a framework heads the clause
# ("Theo kết quả của Bộ ...", "theo bộ tiêu chí của Bộ ...", "according to the ranking of the Ministry of ...")
_MEASURE_HELD_BY_THE_MINISTRY = re.compile(
    r"(?<!\w)(?:điểm|điểm số|chỉ số|tỷ lệ|tỉ lệ|thứ hạng|mức độ|xếp hạng|DTI|score|index|rate|ranking|rank|share"
    r"|percentage|proportion)(?!\w)"
    # (a few words naming the measure: not a system, a place or a preposition between, "Tỷ lệ hồ sơ trên Cổng DVC của
    # Bộ Công an", "tỷ lệ kết nối với hệ thống của Bộ ...", "rate of records in the province of the Ministry ...")
    # (nor a standard, a requirement or a task the ministry sets: "tỷ lệ hồ sơ số hóa đạt chuẩn của Bộ Nội vụ", "được
    # giao của Bộ Công an")
    r"(?:\s+(?!(?:trên|tại|qua|từ|với|lên|vào|về|đến|cho|trong|ở|của|in|on|at|via|through|with|to|into|for|from|of"
    r"|hệ thống|cổng|nền tảng|csdl|cơ sở dữ liệu|ứng dụng|phần mềm|tỉnh|thành phố|địa phương|system|portal|platform"
    r"|database|app|province|city|locality|đạt|chuẩn|yêu cầu|được|đáp ứng|quy định|hướng dẫn|giao|theo|standards?"
    r"|requirements?|required|assigned|set)(?!\w))[^\s,.;:()]+){0,10}"
    r"\s+(?:của|of)\s+(?:the\s+)?$",
    re.I,
)
_AN_INDEX_PUBLISHER = re.compile(
    r"Bộ\s+(?:TT&TT|TTTT|TT\s*&\s*TT|Thông tin và Truyền thông|KH&CN|KHCN|Khoa học và Công nghệ)"
    r"|Ministry\s+of\s+(?:Information\s+and\s+Communications?|Science\s+and\s+Technology)|MIC\b|MOST\b",
    re.I,
)
_SOURCE_OR_FRAMEWORK = re.compile(
    r"(?<!\w)(?:theo|do|dựa trên|căn cứ|đối với|kết quả|bộ tiêu chí|bộ chỉ số|công bố|báo cáo|according|under|based|by"
    r"|for|framework"
    r"|methodology|criteria|published|announced|released)(?!\w)",
    re.I,
)

_LOCAL_LEVELS = "phường|xã|thị trấn|huyện|thị xã|quận"  # the words of a ward's, commune's or district's name
# A sub-provincial unit named ("phường Tân Quang", "huyện Mèo Vạc"), and one referred back to by its
# level alone ("của phường", "toàn huyện"; not "toàn xã hội"). "thành phố" is left out: it also names
# provinces. A name starts with a capital letter or a digit (checked with str.isupper: every capital).
_LOCAL_NAMED = re.compile(rf"(?<!\w)(?i:({_LOCAL_LEVELS}))\s+(?=\w)")
# ... or by its level opening what a speaker says ("..., cho biết: Xã còn 7/19 bản chưa có sóng").
_LOCAL_BACK = (
    r"(?<!\w)(?i:của|toàn|trên địa bàn|tại|cả)\s+(?i:{level})(?!\s+hội\b)(?!\w)"
    r"|(?<=:\s)(?i:{level})\s+(?!hội\b)(?=[a-zđà-ỹ])"
)
_UNIT_LEVEL = rf"(?i:{_LOCAL_LEVELS})\s+"
# an item of a list of levels with its figure right before ("cấp tỉnh đạt 90%, "), and a level listed right before
# ("xã, phường")
_A_LEVELS_ITEM_BEFORE = re.compile(
    rf"(?<!\w)(?:cấp\s+)?(?i:tỉnh|{_LOCAL_LEVELS})(?!\w)[^,;]{{0,30}}\d[^,;]*,\s*$", re.I
)
_LEVELS_LISTED_BEFORE = re.compile(rf"(?i:{_LOCAL_LEVELS})\s*,\s*$")
# a level alone opening a clause as its subject, a verb after it ("..., phường tiếp nhận 3.410 hồ sơ", "; xã đã thành
# lập"), not a unit named ("phường Hòa Bình"), a list of levels ("xã, phường") or "xã hội"
_LEVEL_ALONE_AS_SUBJECT = re.compile(
    rf"(?:^|(?<=[,;:.])\s*|\n\s*)(?P<level>(?i:{_LOCAL_LEVELS}))\s+(?!hội\b|ủy\b|uỷ\b|và\b|nông\b|đạt chuẩn\b)"
    r"(?:(?:đã|đang|cũng|còn|vừa|mới)\s+)?(?:tiếp nhận|thành lập|có|đạt|triển khai|hoàn thành|cấp|thực hiện|giải quyết"
    r"|số hóa|kích hoạt|xây dựng|lắp đặt|phát triển|hỗ trợ|tổ chức|ra mắt)(?!\w)",
    re.M,
)
# A clause that opens by placing itself in a unit ("Tại xã X, ...", "Năm 2024, ở huyện Y ...", "Cũng như vậy, tại bộ
# phận một cửa của xã X, ..."), not a venue or an address inside an opening phrase ("Sau lễ phát động tại xã X, ...")
_OPENS_IN_A_UNIT = re.compile(
    r"\W*(?:[^,.;:\n]{0,25},\s*)?(?:(?i:riêng|cũng|còn)\s+)?(?i:tại|ở)\s+(?:[^\d.;:,()]{0,40}?\s)?" + _UNIT_LEVEL
)
# ...or in a part of the province it does not name ("Riêng khu vực miền núi, ...", "Ở vùng đồng bào dân tộc thiểu số,
# ..."; not "Trên địa bàn tỉnh, ..." nor a former province by its name, "Riêng địa bàn tỉnh X (cũ)")
# (a part by the lie of the land or of settlement, not a sector, "Ở khu vực công", nor a region of the country, which
# the province is ranked in: "Ở khu vực miền núi phía Bắc, tỉnh đứng thứ 2")
_OPENS_IN_AN_UNNAMED_PART = re.compile(
    r"\W*(?:[^,.;:\n]{0,25},\s*)?(?i:riêng|tại|ở|còn)\s+(?:(?i:các|những|một số)\s+)?(?i:khu vực|vùng|miền|địa bàn)\s+"
    r"(?i:miền núi|núi cao|nông thôn|đô thị|thành thị|vùng sâu|sâu|xa|biên giới|ven biển|hải đảo|đồng bào|"
    r"dân tộc|phía (?:đông|tây|nam|bắc)(?!\s+(?:bộ|trung bộ))|trung tâm|ngoại thành|nội thành|khó khăn|đặc biệt khó khăn)"
    r"(?!\w)(?![^,;:]*(?i:phía bắc|bắc bộ|trung bộ|nam bộ|tây nguyên|duyên hải|đồng bằng|trung du))"
    # ... or units of a level by the lie of the land ("Tại các xã vùng sâu, vùng xa, ..."), or one sector or agency set
    # apart ("Riêng lĩnh vực đất đai, ...", "Riêng Trung tâm Phục vụ hành chính công, ..."; not a level of agencies:
    # "Riêng các cơ quan cấp tỉnh")
    r"|\W*(?:[^,.;:\n]{0,25},\s*)?(?i:riêng|tại|ở)\s+(?:(?i:các|những|một số)\s+)?(?i:xã|thôn|bản|huyện|địa phương)\s+"
    r"(?i:vùng sâu|vùng xa|vùng cao|miền núi|núi cao|biên giới|ven biển|hải đảo|nông thôn|đặc biệt khó khăn|khó khăn)(?!\w)"
    r"|\W*(?:[^,.;:\n]{0,25},\s*)?(?i:riêng)\s+(?:(?i:các|những)\s+)?(?i:lĩnh vực|ngành|trung tâm|bộ phận|cơ quan|đơn vị)"
    r"(?!\w)(?![^,;:]*(?i:cấp\s+(?:tỉnh|huyện|xã)))"
)
_IS_THE_NATIONS_AVERAGE_AFTER = re.compile(
    r"\s*(?:là|chỉ là|is|was)\s+(?:the\s+)?(?:mức\s+)?(?:(?:trung bình|bình quân)(?:\s+chung)?(?:\s+của)?\s+"
    r"(?:cả nước|toàn quốc)|national average|average\s+(?:of the country|nationwide))(?!\w)",
    re.I,
)
# (the province named as the subject after the part: "Ở khu vực miền núi, tỉnh đạt ...")
_THE_PROVINCE_AS_SUBJECT = re.compile(
    r"(?<!\w)(?:toàn\s+)?tỉnh(?:\s+ta)?\s+(?:đứng|xếp|đạt|có|vươn|tăng|giảm|dẫn đầu)(?!\w)", re.I
)
# ...or that opens with a named unit as its subject ("Huyện Duy Tiên đạt 85% ...", "Năm 2024, xã Minh Tân có ...",
# "Riêng UBND huyện Vũ Thư đạt ...")
_UNIT_OPENS_THE_CLAUSE = re.compile(
    r"\W*(?:[^,.;:\n]{0,25},\s*)?(?:(?i:riêng|còn|cũng|đặc biệt)\s+)?(?:(?:UBND|(?i:ủy ban nhân dân))\s+)?"
    + _UNIT_LEVEL
)
# ...or with its level alone, as the subject of a sentence of a page about that district ("Huyện thành lập 67 tổ"; not
# "Huyện ủy", the district's Party committee, nor an item of a list, "- Xã có cáp quang: 100%")
_LEVEL_ALONE_OPENS = re.compile(r"[^\S\n]*(?-i:Huyện|Quận|Thị xã)\s+(?!ủy\b|uỷ\b)(?=[a-zđà-ỹ])")
# ...or a rate or count of a named unit ("tỷ lệ hồ sơ trực tuyến của xã X đạt ...")
# ... or that opens with a level of units and then one of them by its bare name, as in a ranking of units: "Trong khi đó,
# ở cấp huyện, Nam Giang tiếp tục dẫn đầu với 89,07 điểm" (not the level's own figure: "Ở cấp huyện, tỷ lệ ... đạt 60%")
_A_UNIT_NAMED_AT_ITS_LEVEL = re.compile(
    r"\W*(?:[^,.;:\n]{0,25},\s*)?(?i:ở|tại|đối với|trong)\s+(?i:cấp|khối)\s+(?i:huyện|xã|phường|các sở|sở(?:,\s*ngành)?)"
    r"\s*,?\s*(?-i:[A-ZĐ])[^\W\d_]*(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,3}\s"
    # (its name right before a verb of its place in the ranking: not "Ở cấp xã, Tổ công nghệ số ... có", "Ban Chỉ đạo")
    r"(?:(?i:tiếp tục|vẫn|cũng)\s+)?(?i:dẫn đầu|đứng đầu|đứng thứ|xếp thứ|xếp hạng|đứng cuối|xếp cuối)(?!\w)"
)
# ...or that opens the figure's own part of the clause: "toàn tỉnh đạt 78%, trong đó huyện Tam Dương đạt 88%" (the last
# part, not one of a list with its values after it, nor inside a bracket)
_UNIT_OPENS_ITS_PART = re.compile(
    r"(?s:.*)(?:,|(?<!\w)trong đó)\s*(?:(?i:trong đó|còn|riêng)\s*,?\s*)?"
    + _UNIT_LEVEL
    + r"(?=[^,;]*$)(?![^;]*(?i:lần lượt|respectively))(?![^(]*\))"
)
# ... or that names one as what something is, right before its figure ("Địa phương làm tốt nhất là huyện Trần Văn Thời với
# 176 tổ", "dẫn đầu là thị xã Hòa Thành với 98%")
_A_UNIT_NAMED_AFTER_LA = re.compile(r"(?<!\w)(?i:là|thuộc về)\s+" + _UNIT_LEVEL + r"(?=[^,;.:]*$)")
_A_NAMED_DEPARTMENT_HOLDS = re.compile(r"(?<!\w)(?i:của|tại|ở)\s+(?:các\s+)?Sở\s+(?=[A-ZĐ])")
_RATE_OF_A_UNIT = re.compile(
    r"(?i:tỷ lệ|tỉ lệ|số)\s[^\d.;:,()]{0,60}?\s(?i:của)\s+" + _UNIT_LEVEL + r"(?=[^\d.;:]{0,40}$)"
)
# ... the same, of a provincial city or town named with its level ("của thành phố Sầm Sơn đạt 72%", "Tại TP Vĩnh Yên,
# ..."), when the name after the level is no province's (see ``Places._a_city_below_the_province``)
_CITY_LEVEL = r"(?:(?i:thành phố)|TP\.?|Tp\.?|TX\.?|Tx\.?)\s*"
_CITY_OPENS_THE_CLAUSE_OR_HOLDS_A_RATE = (
    re.compile(_OPENS_IN_A_UNIT.pattern[: -len(_UNIT_LEVEL)] + _CITY_LEVEL),
    re.compile(_UNIT_OPENS_THE_CLAUSE.pattern[: -len(_UNIT_LEVEL)] + _CITY_LEVEL),
    re.compile(_RATE_OF_A_UNIT.pattern.replace(_UNIT_LEVEL, _CITY_LEVEL)),
    # ... or that opens the figure's own part of the clause: "..., trong đó TP Vĩnh Yên đạt 92%" (the last part, not
    # one of a list with its values after it, "..., TP X, TP Y lần lượt đạt ...", nor inside a bracket that closes
    # before the figure, "tỉnh (gồm TP Vĩnh Yên, TP Phúc Yên ...) đạt")
    re.compile(_UNIT_OPENS_ITS_PART.pattern.replace(_UNIT_LEVEL, _CITY_LEVEL)),
)
# ... or a measure of a unit named right after its noun, with no "của", opening the sentence up to its figure: a table's
# row ("Số trạm BTS huyện Tam Dương: Năm 2021: 110.", "Tỷ lệ hồ sơ trực tuyến xã Yên Bình (%): 70,2%") or its prose
# ("Số trạm BTS huyện Tam Dương năm 2021 là 110 trạm"); not a level of all the units ("Tỷ lệ hồ sơ cấp huyện")
_MEASURE_OF_A_NAMED_UNIT = re.compile(
    # (after a year opening the sentence: "Năm 2023, số trạm BTS huyện X là 104 trạm")
    r"[\W\d]*(?:(?i:năm|trong năm|tính đến hết năm|tính đến năm|đến hết năm|đến năm)\s+(?:19|20)\d\d\s*,\s*)?"
    r"(?i:tỷ lệ|tỉ lệ|số lượng|tổng số|số)\s(?:[^\d.;:,()]|\([^()\d]{0,20}\)){0,60}?\s(?:(?i:của)\s+)?"
    # (the unit's name, or its number: "phường 3"; and the units it lies in: "xã Đại Đồng, huyện Yên Lạc")
    + rf"(?:,?\s*{_UNIT_LEVEL}(?:(?-i:[A-ZĐ][^\W\d_']*)(?:'?[^\W\d_]+)?(?:\s+(?-i:[A-ZĐ][^\W\d_]*)){{0,3}}|\d{{1,2}})){{1,3}}"
    # (its unit in brackets, a year heading its column, or the verb of its figure)
    r"(?:\s*\([^()\d]{0,20}\))?\s*(?::\s*(?:(?i:(?:trong\s+|tính đến hết\s+)?năm)\s+(?:19|20)\d\d\s*:\s*)?"
    r"|\s+(?i:(?:trong\s+|tính đến hết\s+)?năm)\s+(?:19|20)\d\d\s*:\s*"
    r"|\s+(?:(?i:(?:trong\s+|tính đến hết\s+)?năm)\s+(?:19|20)\d\d\s*:?\s+)?(?:(?:ước|đã|hiện|hiện nay)\s+)?"
    r"(?:là|đạt|có|đạt mức|tăng lên|chiếm)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?)$"
)
# ... and a city's ("Tỷ lệ hồ sơ trực tuyến tại TP Vĩnh Yên năm 2023 đạt 90%"; its name checked to be no province's)
_MEASURE_OF_A_NAMED_CITY = re.compile(
    _MEASURE_OF_A_NAMED_UNIT.pattern.replace(_UNIT_LEVEL, "(?P<city>" + _CITY_LEVEL + ")", 1)
)
# ... not a measure of the whole province that names a unit it includes, leaves out or is compared with ("Số trạm BTS
# toàn tỉnh kể cả huyện Côn Đảo", "... trên địa bàn tỉnh trừ huyện Cô Tô", "... toàn tỉnh và huyện X ... là A và B")
_PROVINCE_WIDE_BEFORE_A_UNIT = re.compile(
    r"(?<!\w)(?:toàn tỉnh|tỉnh|kể cả|tính cả|bao gồm|trừ|ngoài|không kể|so với|hơn|và)(?!\w)", re.I
)
# ... or, in English, a ward, commune, district or town named in the figure's clause before it ("Thuan Hoa Ward recorded
# a 100% online submission rate", "..., while Phu Vang Commune recorded 99%", "the rate of Mai Chau district"); not a
# level of all of them ("at the commune level", "district-level"); a city whose name is no province's ("Vinh City",
# "Pleiku City"; not "Da Nang City", a province, nor "Bac Giang City", the capital, made a unit when the names are found)
_ENGLISH_NAMED_UNIT = re.compile(
    r"(?<![\w-])(?!(?:The|All|Every|Each|Many|Some|Other|Most|No|Its|These|Those|Both|Several|Remote)\s)"
    r"(?-i:[A-Z][^\W\d_]*)(?:\s+(?-i:[A-Z][^\W\d_]*)){0,3}\s+(?:[Ww]ard|[Cc]ommune|[Dd]istrict|[Tt]own|(?P<city>City))(?!\w)"
    r"(?![\s-]*levels?\b)"
)
# ... unless the province, the nation or a speaker is named after it ("..., the province reached 90%", "said")
_ENGLISH_CITY_AFTER = re.compile(r"\s+City(?!\w)")
_ENGLISH_PROVINCE_OR_SPEAKER = re.compile(
    r"(?<!\w)(?:province|provincial|city|municipal|nationwide|country|said|says|reported|according)(?!\w)", re.I
)
_PROVINCE_AS_SCOPE = re.compile(
    r"(?<!\w)(?:led|leads|leading|topped|tops|in|across|throughout|of|within|for)\s+(?:the\s+|its\s+)?$", re.I
)
# the unit's own officer speaks ("Chủ tịch UBND xã cho biết"): still the unit's figure
_UNITS_OWN_OFFICER = re.compile(
    rf"(?i:chủ tịch|bí thư|ubnd|ủy ban nhân dân|lãnh đạo)\s+(?:(?i:ubnd)\s+)?(?i:{_LOCAL_LEVELS})"
    r"(?=\s+(?-i:[a-zđà-ỹ]))"
)
# ...unless the province is its subject after the unit ("Tại xã X, tỉnh ...", "toàn tỉnh"), or someone speaks
# there (the unit is where an event is held: "tại huyện X, Giám đốc Sở cho biết ...")
# a named unit's people's committee ("UBND xã Minh Tân", "Ủy ban nhân dân phường Hòa Khánh")
_A_UNITS_COMMITTEE = re.compile(
    rf"\W*(?:[^,.;:\n]{{0,25}},\s*)?(?i:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+{_UNIT_LEVEL}(?=(?-i:[A-ZĐ]))"
)
# ... in English, the unit as the header's subject: opening it, after an opening phrase, or as the body it is of ("the
# People's Committee of X ward"), not a venue ("At the X Ward People's Committee, the department set ...")
_ENGLISH_UNIT_AS_SUBJECT = re.compile(
    r"(?:\W*(?:[^,.;:\n]{0,40},\s*)?(?:the\s+)?"
    r"|.*?(?:people's committee|authorities|leaders|leadership|administration|government)\s+of\s+(?:the\s+)?)$",
    re.I | re.S,
)
_PROVINCE_OR_SPEAKER = re.compile(
    r"(?<!\w)(?:tỉnh|cho biết|cho hay|nêu rõ|nhận định|đánh giá|đề nghị|thông tin|thông báo|phát biểu|báo cáo|nhấn mạnh"
    r"|khẳng định|chia sẻ|tổ chức)(?!\w)",
    re.I,
)
# the nation's situation a paragraph opens with (see ``Places._under_a_national_frame``)
_NATIONAL_FRAME = re.compile(
    r"(?<!\w)(?:(?:on|of|about|regarding)\s+the\s+national\s+(?:digital\s+transformation\s+)?situation"
    r"|(?:về\s+)?tình hình\s+(?:chuyển đổi số\s+)?(?:quốc gia|cả nước|toàn quốc|của cả nước)(?!\w))",
    re.I,
)
_GDP_NAMED = re.compile(r"(?<![\w-])(?:in|of|trong|của)\s+(?:the\s+)?(?-i:GDP)(?![\w-])", re.I)
_THE_PROVINCE_REFERRED_TO = re.compile(r"(?<!\w)(?:tỉnh|thành phố|province|provincial|city)(?!\w)", re.I)
# "GDP", "of GDP", "GDP cả nước": the nation's product (not "GDP của tỉnh", "GDP of the province", "GRDP")
_THE_NATIONS_GDP = re.compile(
    r"(?:of\s+(?:the\s+)?)?gdp(?!\w)(?!\s+(?:của\s+)?(?:tỉnh|thành phố|toàn tỉnh|địa phương|of\s+the\s+(?:province|city)))"
)
# what comes between a figure and a ministry named after it as the subject: the end of an opening participle's clause
# (", the ..."), or "were" ("in the top ten were the State Bank of Vietnam")
_MINISTRY_AS_SUBJECT_AFTER = re.compile(
    r"[^.;,\d\n]{0,30}?(?:(?P<comma>,)|\s(?:were|was|are|is))\s+(?:the\s+)?(?:(?:ministries\s+of\s+)?)", re.I
)
_OPENING_PARTICIPLE = re.compile(
    r"\W*(?:[Cc]laiming|[Ss]coring|[Gg]aining|[Aa]chieving|[Rr]eaching|[Ee]arning|[Ss]ecuring|[Ww]ith|[Hh]aving"
    r"|[Vv]ới\s+(?:việc\s+)?(?:đạt|giành))\b"
)
# A ministry that announces or assesses ("Bộ TT&TT vừa công bố, ...") is no figure's subject.
_MINISTRY_ANNOUNCES = re.compile(
    # (ranking someone named after it, not a ministry ranked itself: "Bộ Kế hoạch và Đầu tư xếp hạng nhất", "Bộ Tư pháp
    # xếp hạng cao nhất với 92,5%")
    r"[^,.;:\d]{0,40}?\s(?:vừa\s+|đã\s+)?(?:công bố|cho biết|cho thấy|thông báo|đánh giá|ban hành|chỉ ra"
    r"|xếp hạng(?=\s+(?:các\s+)?(?:tỉnh|thành phố|địa phương|bộ|ngành|(?-i:[A-ZĐ][a-zđà-ỹ])))"
    r"|announced|announces|said|says|reported|released|published|assessed|ranked\s+(?=provinces|localities))\b",
    re.I,
)
# the block of the province's own departments or districts a group or a place is of, right after it ("top 3, khối các
# sở, ngành", "thứ 2 trong khối UBND cấp huyện", "top 5 among provincial departments"; not the ministries' block)
_UNITS_BLOCK = (
    r"(?i:khối)\s+(?:các\s+)?(?:sở|cơ\s+quan|đơn\s+vị\s+cấp|huyện|UBND\s+cấp\s+huyện|UBND\s+các\s+huyện|ban)(?!\w)"
)
_A_BLOCK_OF_THE_PROVINCES_OWN_UNITS = re.compile(
    rf"\s*(?:(?:trong|của)\s+{_UNITS_BLOCK}|among\s+(?:the\s+)?(?:provincial\s+)?(?i:departments|district-level\s+units)\b"
    # (right after the group, or after a comma with its members listed next: not a clause of its own, "xếp thứ 15/63,
    # khối các sở, ngành đều tăng điểm")
    rf"|,?\s*{_UNITS_BLOCK}(?:\s*,\s*(?:ngành|ban|địa\s+phương))*\s*(?:,\s*)?(?:gồm|bao\s+gồm|là|:))"
)
# The province's own units in its own rankings: a department or agency ("Sở Tài chính", "Ban Dân tộc
# tỉnh"; not "Ban Chỉ đạo"), a district or a city under the province ("UBND huyện Krông Pắc"); their counts too
# ("Sở Tư pháp (32.166 giao dịch)": one unit's part of the province's count).
_RANKED_KINDS = ("score", "points", "rank", "percent", "plain", "count")
_UNIT_WORDS = (
    r"(?:Văn phòng|Thanh tra|Công an)\s+(?:(?:UBND|HĐND|Ủy ban nhân dân|Tỉnh ủy)\s+)?tỉnh\b"
    r"|(?:Sở|Ban(?!\s+(?:[Cc]hỉ đạo|[Tt]hường vụ|[Cc]hấp hành|[Bb]iên tập|[Qq]uản lý dự án)))\s+(?=[A-ZĐ])"
    r"|(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|thị xã|quận|thành phố|TP\.?)\s+(?=[A-ZĐ])"
    r"|(?<![Tt]ỉnh )(?:[Hh]uyện|[Tt]hị xã|[Qq]uận|[Pp]hường|[Xx]ã|[Tt]hị trấn)\s+(?=[A-ZĐ])"
    r"|(?<!\w)(?:TP\.?|[Tt]hành phố)\s*(?=[A-ZĐ])"  # a city under the province (a province's name is not)
    # English: a department ("the Department of Transport", "the Health Department"), a district, town, commune or
    # ward named before its level ("Phu Yen district", "the People's Committee of Moc Chau town")
    r"|(?-i:Department)\s+of\s+(?=[A-ZĐ])|(?<!\w)(?-i:[A-Z][a-z]+\s+Department)(?!\w)"
    r"|(?<!\w)(?-i:[A-ZĐ][^\W\d_]+(?:\s+[A-ZĐ][^\W\d_]+){0,3})\s+(?:district|town|commune|ward)(?!\w)"
)
# The head of a list of ministries opening its sentence or clause, up to its colon: "Các bộ có tỷ lệ ... thấp nhất
# lần lượt là:" (not "Các bộ, ngành đã phối hợp với tỉnh:", nor "theo đánh giá của các bộ, ngành ...:")
_MINISTRIES_LIST_HEAD = re.compile(
    r"(?:^|(?<=[.;\n]))\s*(?:[Cc]ác|[Nn]hững)\s+bộ(?:,\s*ngành)?\s+(?:có|đạt|được)[^:;.\n]{0,100}?"
    r"(?:lần lượt\s+)?(?:là|gồm)\s*:"
)
# A ranking of units: a percent there is a unit's ("Sở TT&TT dẫn đầu ... với tỷ lệ hoàn thành đạt 98,82%").
_RANKING_WORDS = re.compile(
    r"dẫn đầu|đứng đầu|xếp (?:thứ|vị trí)|đứng thứ|thứ (?:nhất|nhì|hai|ba|tư|năm|\d+)\s+là|tiếp (?:đến|theo) là|cuối bảng"
    r"|(?:số |được )?(?:điểm )?(?:cao|thấp) (?:điểm )?nhất|đứng cuối|xếp (?:hạng )?cuối"
    # English: "ranking first", "ranked second", "led", "topped", "followed by", "came first"
    r"|\brank(?:s|ed|ing)\b|\b(?:led|leads|leading|topped|tops|came)\b|\bfollowed by\b|\b(?:highest|lowest)\b",
    re.I,
)
_UNIT = re.compile(rf"(?<!\w)(?:{_UNIT_WORDS})")
_NATIONWIDE_AFTER = re.compile(r"\s*(?:/\s*63\b|(?:trên\s+|trong\s+)?(?:toàn quốc|cả nước))", re.I)
# A unit whose name may end with its province's ("Văn phòng UBND tỉnh Phú Thọ"): still a unit.
_ADDRESSED_UNIT = re.compile(r"(?:Văn phòng|Thanh tra|Công an)\s")
# A province's name after a sub-provincial level word names that ward, commune or district ("phường Hòa
# Bình", "xã Bắc Sơn"), not the province.
_SUB_PROVINCIAL_BEFORE = re.compile(rf"(?<!\w)(?i:{_LOCAL_LEVELS})\s+$")
# A ranking or a grading that names the units after it: "đứng đầu là ...", "xếp loại trung bình là ...".
_RANKED_BEFORE = re.compile(
    r"(?:dẫn đầu|đứng đầu|đứng cuối|cuối bảng|xếp (?:thứ|vị trí|loại)|xếp (?:hạng )?cuối|thứ (?:nhất|nhì|hai|ba)|tiếp (?:đến|theo)"
    r"|(?:cao|thấp) (?:điểm )?nhất)"
    r"(?:[^\d.;:]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?\slà\s[^\d.;:]*$",  # a year may name the ranking
    re.I,
)
# ("xếp thứ 2 và thứ 3 lần lượt là Sở ...": the other ranks of the list may come first)
_UNIT_NAMED_AFTER = re.compile(
    rf"(?:(?:\s*(?:,|và)\s*(?:thứ|hạng|vị trí)?\s*\d+)+\s+lần lượt|[^\d.;,]{{0,12}}?)\s(?:là|thuộc về)\s+"
    rf"(?P<name>{_UNIT_WORDS})"
)
_RANKED_UNIT_WITH = re.compile(
    r"(?:\s*[^\s\d,;:()]+){0,4}?\s*(?:dẫn đầu|đứng đầu|đứng cuối|xếp cuối|xếp (?:thứ|hạng) \w+)[^\d;:()]{0,80}?\s(?:với|đạt)\s*",
    re.I,
)
# A unit's name, then its figure, which may name its measure ("Sở Y tế với 261/390 điểm", "huyện X với tỷ lệ hoàn
# thành 80,57%", "..., đạt số điểm 877,43").
_UNIT_THEN_ITS_FIGURE = re.compile(
    r"(?:[^\d.,;:()]{0,60}?\s)?(?:đạt|với|có|at|with|scoring|scored|achieving|achieved|reaching|reached)"
    r"(?:\s+(?:tỷ lệ|tỉ lệ|số điểm|điểm số|tổng điểm|kết quả|giá trị)(?!\w)[^\d.,;:()]{0,40}?)?\s*"
)
_UNIT_AS_SOURCE = re.compile(r"(?:theo|do|của|từ|according to(?:\s+the)?)\s*$", re.I)
_ANNOUNCES = re.compile(
    r"(?<!\w)(?:cho biết|công bố|thông báo|báo cáo|chia sẻ|nhấn mạnh|khẳng định"
    r"|said|says|announced|reported|stated|informed)(?!\w)",
    re.I,
)
# the province as the subject of an item after a semicolon or a comma ("; tỉnh đạt 35%", ", còn tỉnh ta đạt")
_PROVINCE_SUBJECT = re.compile(
    r"(?:[;,]\s*(?:(?:còn|trong khi|riêng|theo đó|qua đó)\s+)?|\s(?:còn|trong khi)\s+)(?:toàn\s+)?tỉnh(?:\s+ta)?\s+"
    r"(?=(?:chỉ\s+|mới\s+|đã\s+)?(?:đạt|có|là|xếp|đứng))"
    # (in English: "..., while the province ranked 6th", "... and the province ranked 4th")
    r"|(?:[;,]\s*(?:(?:while|whereas|and)\s+)?|\s(?:while|whereas|and)\s+)the\s+province\s+"
    r"(?=(?:only\s+|also\s+)?(?:ranked|reached|was|stood|scored|came|had|achieved)\b)",
    re.I,
)
# A district, town or provincial city named with its level ("huyện Yên Thế", "TP Sầm Sơn", "thị xã ..."; a title may
# be in capitals); a city whose name is a province's ("Thành phố Hải Phòng") is a province, not such a unit.
_LOCAL_UNIT_NAMED = re.compile(
    r"(?<!\w)(?i:huyện|thị xã|quận|thành phố|tp\.?)\s*"
    r"(?P<name>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\W\d_]*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\W\d_]*){0,3})"
)
# ... as the subject: opening the heading or a clause of it ("Huyện Yên Thế đẩy mạnh ...", "Qua một năm thực hiện kế
# hoạch, huyện Yên Thế đạt được ..."), or what the heading is about ("Chuyển đổi số ở TP Sầm Sơn"); not a venue ("tổ
# chức ... tại huyện ..."), an address, one of several units ("các huyện A, B"), nor attendees ("lãnh đạo UBND
# huyện ...")
_SUBJECT_BEFORE = re.compile(r"(?:^\W*|[,:]\s*|(?<!\w)(?:ở|của)\s+)$", re.I)
_NO_SUBJECT_BEFORE = re.compile(
    r"(?<!\w)(?:tại|đặt tại|về|đến|từ|với|các|những|và|cùng|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|lãnh đạo)\s*(?:,\s*)?$"
    r"|(?<!\w)(?:xã|phường|thị trấn|huyện|thị xã|quận)\s+[A-ZĐ][^,.;]{0,25},\s*$",
    re.I,
)
# a title that opens with a name and a colon ("Sầm Sơn: xây dựng đô thị thông minh")
_TITLE_SUBJECT = re.compile(r"^\W*(?P<name>[^\W\d_][^:\n]{1,30}?)\s*:")
_OPENING = 300  # a page without a title: its first sentence, within these characters, stands for its heading
# the province, or a province, named in a heading ("UBND tỉnh tổ chức ... tại huyện ...")
_PROVINCE_WORD = re.compile(r"(?<!\w)tỉnh(?!\w)", re.I)
# the province a figure is said of, by its common noun: "của tỉnh", "toàn tỉnh", "of the province", "the city's"
# (not a named one: "của tỉnh Nam Định", whose name is a place of its own; case-sensitive for that)
_OF_THE_PROVINCE = re.compile(
    r"(?<!\w)(?i:(?:của|toàn|ở|tại)\s+(?:tỉnh|thành phố)|(?:of|in)\s+the\s+(?:province|city))(?!\w)"
    r"(?!\s+(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]|TP\b))"
    r"|(?<!\w)(?i:the\s+(?:province|city)['’]s)(?!\w)"
)


def _local_subject(title: str, text: str, province_names: re.Pattern) -> bool:
    """The page is about a district, a town or a provincial city: its title, or the opening of a page without one,
    has one as its subject (see ``_SUBJECT_BEFORE``), or opens with the name of one the text names with its level
    ("Sầm Sơn: ..." over "TP Sầm Sơn"); and the heading names no province (a provincial city's name after "TP" is
    no province), not the province ("tỉnh"), nor a department ranked beside the unit."""
    heading = title or re.split(r"(?<=[.!?])\s|\n", text.lstrip()[:_OPENING], maxsplit=1)[0]
    if _DEPARTMENT_NAMED.search(heading) or _PROVINCE_WORD.search(heading):
        return False
    if any(
        not _SUB_PROVINCIAL_BEFORE.search(heading, max(0, m.start() - 12), m.start())
        and not _LOCAL_LEVEL_BEFORE.search(heading, max(0, m.start() - 12), m.start())
        for m in province_names.finditer(heading)
    ):
        return False
    if any(
        not province_names.fullmatch(m.group("name"))
        and _SUBJECT_BEFORE.search(heading, max(0, m.start() - 12), m.start())
        and not _NO_SUBJECT_BEFORE.search(heading, max(0, m.start() - 40), m.start())
        for m in _LOCAL_UNIT_NAMED.finditer(heading)
    ):
        return True
    opening = _TITLE_SUBJECT.match(heading)
    return (
        opening is not None
        and any(m.group("name").startswith(opening.group("name")) for m in _LOCAL_UNIT_NAMED.finditer(text))
        and not province_names.fullmatch(opening.group("name"))
    )


_DEPARTMENT_NAMED = re.compile(r"(?<!\w)Sở\s+(?=[A-ZĐ])")
# "thành phố", "TP" before a name: a city, which may be a province ("TP Hồ Chí Minh") or not ("TP Sầm Sơn")
_LOCAL_LEVEL_BEFORE = re.compile(r"(?<!\w)(?:[Tt]hành phố|TP\.?|Tp\.?)\s*$")
_A_PROVINCES_TITLE_OR_NOTHING = re.compile(
    r"\s*(?:(?:tỉnh|thành phố|tp\.?|the\s+province\s+of|the\s+city\s+of)\s*)?", re.I
)


# a region with its name opening a clause, then its predicate (a province named first is no region: "Trong khu vực,
# Ninh Bình xếp thứ 20" has its comma)
_REGION_OPENS_THE_CLAUSE = re.compile(
    r"\W*(?:(?:trong|tại|ở|của)\s+)?(?:toàn\s+|cả\s+)?(?:khu vực|vùng|miền)\s+(?=(?-i:[A-ZĐ]))"
    r"(?:(?!(?:tỉnh|thành phố)(?!\w))[^\d,;:()\n]){1,60}?\s"
    r"(?:có|đạt|là|chiếm|ở mức|với|tăng|giảm|xếp|đứng|bình quân|trung bình)(?!\w)",
    re.I,
)
# the average of a region's provinces that the figure gives, right after it ("xấp xỉ mức trung bình của các tỉnh ĐBSCL
# (77%)", "thấp hơn mức bình quân vùng là 77%", "below the Mekong Delta average of 77%", "the regional average of 77%")
_REGION_WORD = (
    r"(?:vùng|khu vực|miền|đbscl|đồng bằng|tây nguyên|trung bộ|bắc bộ|nam bộ|duyên hải|trung du|tây bắc|đông bắc"
    r"|region|regional|delta|highlands)"
)
_A_REGIONS_AVERAGE_BEFORE = re.compile(
    rf"(?:(?<!\w)(?:trung bình|bình quân)(?:\s+chung)?\s+(?:của\s+)?(?:các\s+(?:tỉnh|địa phương)[^\d();,.]{{0,20}}?\s)?"
    rf"{_REGION_WORD}(?!\w)[^\d();,.]{{0,40}}?"
    rf"|(?<!\w){_REGION_WORD}(?:\s+[^\W\d]+){{0,3}}\s+average(?:\s+[^\W\d]+){{0,2}}?"
    # ("..., and the regional rate 35.0%")
    r"|(?<!\w)regional\s+(?:rate|figure|share|level)(?:\s+(?:was|is|stood|reached))?)"
    r"\s*(?:\(\s*|(?:là|of|ở mức|khoảng|about|at)\s+)*$",
    re.I,
)
_PROVINCE_BACK = re.compile(r"(?<!\w)(?:toàn|của|trên địa bàn|cả)\s+tỉnh(?!\w)", re.I)


# "Việt Nam vươn lên vị trí thứ 71/193", "Việt Nam tăng 15 bậc ..., đứng thứ 71": the country as the subject of a
# ranking verb, with no province named after it
# (in English too: "Vietnam rose 15 places in the UN E-Government Development Index, ranking 71st")
_COUNTRY_RANKED = re.compile(
    r"(?<!\w)(?:Việt Nam|Viet ?[Nn]am)\s+(?:đã\s+|tiếp tục\s+|has\s+|have\s+|continued to\s+)?"
    r"(?:vươn lên|tăng|giảm|tụt|xếp|đứng|giữ|thăng"
    r"|rank(?:s|ed)?|rose|risen|climbed|jumped|moved up|fell|fallen|dropped|slipped|held|stood|placed)(?!\w)"
    r"(?:(?!\b(?:tỉnh|thành phố|province|city)\b)[^.;])*$"
)
# "(trung bình cả nước: 36,5%)", "(cả nước 79,4%)", "(điểm bình quân chung toàn quốc là 17,4)": the nation labels a
# bracketed figure (not "(cao nhất cả nước, đạt 78,2%)": a province's standing said again)
_NATION_LABEL = re.compile(
    r"\s*(?:(?:(?:điểm|giá trị|mức|tỷ lệ|tỉ lệ)\s+)?(?:(?:trung bình|bình quân)\s+)?(?:chung\s+)?(?:của\s+)?"
    r"(?:cả nước|toàn quốc)\s*(?:là|:|đạt)?"
    # English: "(the national average is 55%)", "(the average of provinces and cities is 17%)"
    r"|(?:the\s+)?(?:national\s+average|average\s+of\s+(?:all\s+)?(?:the\s+)?(?:provinces(?:\s+and\s+cities)?"
    r"|cities\s+and\s+provinces|localities|the\s+country))\s*(?:is|was|:|of|at)?)\s*",
    re.I,
)


def _a_level_after(text: str, end: int, language: Language) -> bool:
    """A unit's level written after the name that ends at ``end`` ("Phu Yen district"): the name is the unit's."""
    space = re.match(r"[ \t]+", text[end : end + 4])
    return bool(space and language.local_levels_after_a_name.match(text, end + space.end()))


@dataclass(frozen=True)
class PlaceName:
    start: int
    end: int
    code: str  # a province code, or VN


# The holders of a respectively list, named before its values: "tỷ lệ ... của toàn tỉnh và huyện Lai Vung lần lượt là 45%
# và 38%", "Toàn tỉnh và cả nước lần lượt đạt ...", "the rates of the province and X district were 47% and 52%,
# respectively": after "của"/"of" (or opening the sentence), up to the verb of the values.
_RESPECTIVE_HOLDERS = re.compile(
    r"(?:(?<!\w)(?:của|of|for|tại|ở|in)\s+|^\W*(?:(?:năm|in)\s+(?:19|20)\d\d\s*,\s*)?)"
    r"(?P<holders>(?:(?!(?<!\w)(?:của|of|for|tại|ở|in)\s)[^.;:\d()]){3,120}?)\s+(?:(?:lần lượt|respectively)\s+)?"
    r"(?:là|đạt|đạt được|chiếm|ở mức|were|was|are|is|reached|stood\s+at|at)\s+(?:(?:lần lượt|respectively)\s+)?$",
    re.I,
)
# the values of the list before the figure: "45% và ", "47%, 52% and "
_VALUES_BEFORE = re.compile(r"(?:\d[\d.,]*\s*(?:%|điểm|points?)?\s*(?:,\s*(?:và\s+|and\s+)?|\s+và\s+|\s+and\s+))*")
_HOLDERS_JOINED = re.compile(r"\s*,\s*(?:và\s+|and\s+)?|\s+(?:và|and)\s+", re.I)
_PROVINCE_ITSELF = re.compile(r"(?:the\s+)?(?:(?:toàn|cả)\s+)?(?:tỉnh(?:\s+ta)?|(?:whole\s+|entire\s+)?province)", re.I)
_NATION_ITSELF = re.compile(
    r"(?:the\s+)?(?:(?:mức\s+)?(?:trung bình|bình quân)(?:\s+chung)?\s+(?:của\s+)?)?(?:cả nước|toàn quốc|(?:whole\s+)?country"
    r"|nation|national\s+average)",
    re.I,
)
_A_UNIT_BELOW = re.compile(
    r"(?i:huyện|thị xã|quận|xã|phường|thị trấn)\s+[A-ZĐ0-9].*"
    r"|(?-i:[A-ZĐ])[^\W\d_]*(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,3}\s+(?i:district|town|commune|ward)"
)

# Figures one subject of several provinces may share: a rate or a score (a count or an amount of several is their
# total; a rank or a group place is one province's own).
_SHARED_KINDS = ("percent", "score", "points")
_TITLE = r"(?:(?:tỉnh|thành phố|tp\.?|province|city)\s*)?"
# Between names of one subject: a comma, "và" or "and", a province's title.
_NAMES_JOINED = re.compile(rf"\s*(?:,|(?<=\s)(?:và|and)(?=\s))\s*{_TITLE}", re.I)
# Before the first name, in its part of the sentence: nothing but a title, or the measure's words and "của"/"of".
_OPENS_ITS_PART = re.compile(rf"\s*{_TITLE}|.*\s(?:của|of)\s+{_TITLE}", re.I | re.S)
# From the last name to its figure: words with no comma, figure, bracket or list ("đạt giá trị trên ", "đều đạt ").
_WORDS_BEFORE_A_FIGURE = re.compile(r"[^\d()\[\];:,.\n]{0,60}?")
# Right after the figure, another value of its kind: "80% và 70%", "80%, 70%".
_ANOTHER_VALUE = re.compile(r"\s*(?:,|và|and)\s*", re.I)


@dataclass
class Places:
    """Every place named in one text, in order."""

    names: list[PlaceName]
    segments: Segments
    language: Language
    text: str
    local_subject: bool = False  # the page is a district's, a town's or a provincial city's (see _local_subject)

    @classmethod
    def find(
        cls,
        text: str,
        segments: Segments,
        language: Language,
        province_names: re.Pattern,
        resolve,
        title: str = "",
        cities: frozenset | None = None,
    ) -> Places:
        found = []
        for m in province_names.finditer(text):
            code = resolve(m.group(0))
            if (
                code
                and not _SUB_PROVINCIAL_BEFORE.search(text, max(0, m.start() - 12), m.start())
                and not _a_level_after(text, m.end(), language)
            ):
                if (
                    cities is not None
                    and code not in cities
                    and (
                        _LOCAL_LEVEL_BEFORE.search(text, max(0, m.start() - 12), m.start())
                        or _ENGLISH_CITY_AFTER.match(text, m.end())
                    )
                ):
                    # "Thành phố Hà Tĩnh dẫn đầu với 85%": the capital of a province that is no city, a unit below it
                    found.append(PlaceName(m.start(), m.end(), LOCAL))
                    continue
                found.append(PlaceName(m.start(), m.end(), code))
        for m in language.national_markers.finditer(text):
            # a system's name ("Cổng Dịch vụ công quốc gia", "Trục liên thông văn bản toàn quốc"): its name's
            # words right before the marker, with no word of a measure or a place between them ("nền tảng số
            # trung bình cả nước", "hệ thống của cả nước", "trên ứng dụng trên toàn quốc" are the nation)
            in_a_name = not re.match(r"(?:trên|trong)\s", m.group(0), re.I) and _NATIONAL_SYSTEM_BEFORE.search(
                text, max(0, m.start() - 60), m.start()
            )
            if not in_a_name:
                found.append(PlaceName(m.start(), m.end(), NATION))
        found.sort(key=lambda p: p.start)
        return cls(found, segments, language, text, _local_subject(title, text, province_names))

    def _a_location_of_an_earlier_item(self, place: PlaceName, mention: Mention) -> bool:
        """A unit below the province named as where something is ("01 HOST lắp đặt tại thành phố Hòa Bình"), in an
        item of the sentence that a semicolon closes before the figure: no subject of the later items."""
        return (
            place.code == LOCAL
            and ";" in self.text[place.end : mention.value_start]
            and _A_LOCATION_BEFORE.search(self.text, max(0, place.start - 24), place.start) is not None
        )

    def _excluded(self, place: PlaceName) -> bool:
        before = self.text[max(0, place.start - 14) : place.start]
        if _VENUE_BEFORE.search(before) and _AN_EVENT_AFTER_THE_VENUE.match(self.text, place.end):
            return True  # the venue of an event (``_AN_EVENT_AFTER_THE_VENUE``)
        if re.search(r"(?<!\w)(?:among|of|in)\s+$", before, re.I) and re.match(r"['’]s\b", self.text[place.end :]):
            return True  # "the highest speed among Viet Nam's most populous cities": the set compared within
        return bool(
            self.language.comparison_place_words.search(before)
            and re.search(
                r"(?:sau|trước|so với|hơn|kém|cùng với|như|lần)\s*(?:tỉnh|thành phố|tp\.?)?\s*$", before, re.I
            )
        )

    def owner(self, mention: Mention, own_start: int, document_province: str | None) -> str | None:
        """The place a figure belongs to; ``own_start`` is where the words the figure owns begin
        (the figure may not borrow a place owned by an earlier figure of its sentence). ``LOCAL``
        for a figure of a ward, commune or district (see ``_about_local_unit``)."""
        sentence = self.segments.sentence(mention.value_start)
        clause = self.segments.clause(mention.value_start)
        if mention.respectively:
            holder = self._respective_holder(sentence, mention, document_province)
            if holder is not None:
                return holder
        line_start = self.text.rfind("\n", 0, mention.value_start) + 1
        if (
            self._about_local_unit(sentence.start, sentence.end, mention)
            or self._located_in_a_named_unit(clause.start, mention)
            # (a line of its own that opens with the unit, under a lead-in its sentence runs on from: "Các xã, phường có
            # tỷ lệ ... cao nhất:\nPhường Hoa Lư | 12.406 hồ sơ | 92,5%")
            or (line_start > clause.start and self._located_in_a_named_unit(line_start, mention))
            or self._a_list_under_a_named_unit(sentence, mention)
        ):
            return LOCAL
        if self._a_share_of_gdp_a_ministry_reports(sentence.start, clause.start, mention):
            return NATION
        if (
            self._about_a_ministry(clause.start, mention)
            or self._in_a_list_of_ministries(sentence.start, mention)
            or self._a_ministry_named_after(sentence, mention)
        ):
            return MINISTRY
        if self._about_other_provinces(clause.start, mention):
            return OTHERS
        if self._about_a_region(clause.start, mention) or _A_REGIONS_AVERAGE_BEFORE.search(
            self.text, clause.start, mention.value_start
        ):
            return REGION
        if mention.kind in _RANKED_KINDS and self._ranks_a_unit_of_the_province(sentence.start, mention):
            return UNIT
        if any(
            not re.search(r"(?i)\btheo\s+(?:\S+\s+){0,3}$", self.text[max(0, held.start() - 30) : held.start()])
            for held in _A_NAMED_DEPARTMENT_HOLDS.finditer(self.text, clause.start, mention.value_start)
        ) and not _PROVINCE_WORD.search(self.text, clause.start, mention.value_start):
            # "Tỷ lệ hồ sơ trực tuyến toàn trình của Sở Thông tin và Truyền thông đạt 98%", "lần lượt tại Sở Tư pháp, Sở Y
            # tế là 95% và 92%": a department's own figure (the source, "Theo Sở ...", is no holder)
            return UNIT
        if mention.kind in ("rank", "top_n") and _A_BLOCK_OF_THE_PROVINCES_OWN_UNITS.match(self.text, mention.end):
            # "trong top 3, khối các sở, ngành, gồm có: Sở ...": a group or a place in the province's own ranking
            # of its departments or districts, whoever the sentence names before it
            return UNIT
        if mention.kind in ("rank", "rank_change") and self._the_country_ranked(clause.start, mention):
            return NATION
        if mention.kind not in ("rank", "rank_change", "top_n") and (
            self._nation_in_its_own_words(mention)
            or self._nation_labels_its_bracket(mention)
            # ("..., trong khi 64% là mức trung bình cả nước"; the English "while 64 percent is the national average" is
            # not linked to a concept yet)
            or _IS_THE_NATIONS_AVERAGE_AFTER.match(self.text, mention.end) is not None
        ):
            # "kinh tế số chiếm 16,5% GDP cả nước": the nation's share; "đạt 0,6123 (trung bình cả nước: 0,5900)":
            # the nation's figure beside the province's
            return NATION
        if self._a_unit_named_before_as_the_subject(sentence, mention):
            # "... phường Hòa Bình được chọn ...". "Trong 6 tháng đầu năm 2025, phường tiếp nhận 3.410 hồ sơ": the ward
            # the page named, referred back to by its level alone as the clause's subject
            return LOCAL
        if (
            self.local_subject
            and mention.kind not in ("rank", "rank_change", "top_n", "score", "points")
            and not self._names_a_province(sentence, mention)
        ):
            # a page of a district, town or provincial city: a figure whose sentence names no province, nor the
            # province back ("toàn tỉnh"), is that unit's
            return LOCAL
        own_province = self._province_as_subject(sentence.start, mention)
        candidates = [
            p
            for p in self.names
            if max(sentence.start, own_province) <= p.start
            and p.end <= mention.value_start
            # (a place compared with is still the owner of the figure in its own bracket: "bỏ xa các thành phố lớn như
            # Hà Nội (tốc độ download 94.08 Mbps)")
            and (
                not self._excluded(p)
                or _ITS_OWN_BRACKET.fullmatch(self.text, p.end, mention.value_start)
                # (and of the level right after it: "đạt 60%, cao hơn cả nước 45%"; a gap, less than half the
                # figure compared, was set aside before)
                or (mention.kind in _SHARED_KINDS and _THE_LEVEL_COMPARED.fullmatch(self.text, p.end, mention.start))
            )
        ]
        if own_province > sentence.start and not candidates:
            return document_province  # "Tại Hà Nội, tỷ lệ ... đạt 20%; tỉnh đạt 35%": the item is the province's
        named_after = [
            p
            for p in self.names
            if mention.end <= p.start <= mention.end + 60
            and p.code != NATION
            and re.fullmatch(
                r"(?:\s*là|[^\d.;,]{0,40}?\s*thuộc về)\s+(?:(?:tỉnh|thành phố|tp\.?)\s*)?",
                self.text[mention.end : p.start],
                re.I,
            )
        ]
        if named_after:
            return named_after[0].code  # "xếp thứ hai là Thừa Thiên Huế", "vị trí thứ 3 thuộc về TP.Huế"
        if self._after_an_unknown_name(mention, candidates) or self._item_after_an_unknown_name(mention, candidates):
            return LOCAL
        listed = self._listed_owner(mention, candidates)
        if listed is not None:
            return listed
        opens = _A_LISTS_BRACKET_OPENS if mention.respectively else _A_BRACKET_OPENS
        bracketed = [p for p in candidates if opens.fullmatch(self.text, p.end, mention.value_start)]
        if bracketed and (bracketed[-1].code != NATION or mention.kind not in ("rank", "rank_change", "top_n")):
            # "cao hơn mức bình quân cả nước (45,6%)", "Đà Nẵng (58,89%)": the place the bracket follows
            return bracketed[-1].code
        in_clause = [p for p in candidates if p.start >= max(clause.start, own_start)]
        for pool in (
            in_clause,
            [
                p
                for p in candidates
                if (p.start >= own_start or p.code != NATION or self._frames_the_sentence(p, sentence, mention))
                and not self._a_location_of_an_earlier_item(p, mention)
            ],
        ):
            provinces = [
                p
                for p in pool
                if p.code != NATION
                or self._national_subject(p, mention)
                or self._frames_the_sentence(p, sentence, mention)
            ]
            if provinces:
                return provinces[-1].code
        referred = self.language.figure_anaphora_words.search(self.text, clause.start, mention.value_start)
        if (
            referred
            and sentence.start > 0
            # (not one the clause says of the province: "Tỷ lệ này của tỉnh là 52,3%" after the nation's rate)
            and not _OF_THE_PROVINCE.search(self.text, referred.end(), mention.value_start)
        ):
            # "..., tỷ lệ ... của cả nước vẫn chưa đạt mục tiêu. Đến cuối năm 2024, tỷ lệ này chỉ đạt
            # 45,8%": the figure referred back to is of the place the sentence before named as its
            # owner ("của cả nước", a province), not of a name such as "Cổng Dịch vụ công quốc gia".
            before = self.segments.sentence(sentence.start - 1)
            named = [
                p
                for p in self.names
                if before.start <= p.start < before.end
                and not self._excluded(p)
                and (
                    p.code != NATION
                    or re.search(r"(?:của|toàn|cả)\s*$", self.text[max(0, p.start - 6) : p.start], re.I)
                    or self.text[p.start : p.end].lower().startswith(("cả nước", "toàn quốc"))
                )
            ]
            if named:
                return named[-1].code
        if self.language.anaphora_words.search(self.text[sentence.start : mention.value_start]):
            earlier = [p for p in self.names if p.end <= sentence.start and p.code != NATION]
            if earlier:
                return earlier[-1].code
        if self._under_a_national_frame(mention):
            return NATION
        return document_province

    def _under_a_national_frame(self, mention: Mention) -> bool:
        """A paragraph that frames the nation's situation ("According to reports at the Conference, on the national
        digital transformation situation in the first 6 months of 2024, ...", "Về tình hình chuyển đổi số quốc gia,
        ..."): its figures after the frame that name no place of their own are the nation's, until a province is named
        or referred to ("tỉnh", "the province")."""
        paragraph = self.segments.paragraph(mention.value_start)
        frames = list(_NATIONAL_FRAME.finditer(self.text, paragraph.start, mention.value_start))
        if not frames:
            return False
        frame = frames[-1]
        return not any(frame.end() <= p.start < mention.value_start and p.code != NATION for p in self.names) and not (
            _THE_PROVINCE_REFERRED_TO.search(self.text, frame.end(), mention.value_start)
        )

    def coordinated_owners(self, mention: Mention, owner: str | None, mentions: list[Mention]) -> list[str]:
        """The provinces named with ``owner`` as one subject of a rate or a score ("Hải Phòng, Quảng Ninh và Bình
        Dương đạt giá trị trên 0,6", "tỷ lệ ... của A và B đều đạt 80%"): each holds the figure. Only names joined by
        commas or "và"/"and" alone, that open their part of the sentence (or follow "của"/"of": not "cao hơn A, B",
        "giữa A và B", "tại A, B, ..."), the last of them followed by the figure's words with no comma, figure,
        bracket or "lần lượt" between; and only one figure of its kind there ("A, B đạt 80% và 70%" is no shared
        figure). A count or an amount of several provinces is their total, never each one's. [owner] otherwise."""
        clause = self.segments.clause(mention.value_start)
        sentence = self.segments.sentence(mention.value_start)
        named = [p for p in self.names if sentence.start <= p.start and p.end <= mention.value_start]
        if (
            owner is None
            or mention.respectively
            or mention.kind not in _SHARED_KINDS
            or not named
            or named[-1].code != owner
            or named[-1].start < clause.start
            or not _WORDS_BEFORE_A_FIGURE.fullmatch(self.text, named[-1].end, mention.start)
            or any(
                m.kind == mention.kind and _ANOTHER_VALUE.fullmatch(self.text, mention.end, m.start)
                for m in mentions
                if m.start >= mention.end
            )
        ):
            return [owner]
        chain = [named[-1]]
        for earlier in reversed(named[:-1]):
            if not _NAMES_JOINED.fullmatch(self.text, earlier.end, chain[0].start):
                break
            chain.insert(0, earlier)
        lead = self.text[sentence.start : chain[0].start]
        lead = lead[max(lead.rfind(","), lead.rfind(";"), lead.rfind(":")) + 1 :]
        if len(chain) < 2 or not _OPENS_ITS_PART.fullmatch(lead) or any(self._excluded(p) for p in chain):
            return [owner]
        codes = [p.code for p in chain if p.code != NATION]
        return list(dict.fromkeys(codes)) if len(codes) > 1 else [owner]

    def _respective_holder(self, sentence, mention: Mention, document_province: str | None) -> str | None:
        """The i-th holder named before a respectively list of n values, when each of the n is the province itself
        ("toàn tỉnh", "the province"), the nation ("cả nước"), a unit below the province ("huyện Lai Vung", "Lai Vung
        district") or a province's name ("tỷ lệ ... của toàn tỉnh và huyện Lai Vung lần lượt là 45% và 38%": 45% the
        province's, 38% the district's); None when the holders are not so named, or not as many as the values."""
        index, count = mention.respectively
        text = self.text
        for cut in range(mention.value_start, max(sentence.start, mention.value_start - 80) - 1, -1):
            # (back over the list's values before this one, to where its holders end)
            if not _VALUES_BEFORE.fullmatch(text, cut, mention.value_start):
                continue
            found = _RESPECTIVE_HOLDERS.search(text, sentence.start, cut)
            if found is None or found.end() != cut:
                continue
            start, end = found.span("holders")
            parts, at = [], start
            for joint in list(_HOLDERS_JOINED.finditer(text, start, end)) + [None]:
                part_end = joint.start() if joint else end
                parts.append((at, part_end))
                at = joint.end() if joint else end
            if len(parts) != count or count < 2:
                return None
            holders = [self._holder(text, a, b, document_province) for a, b in parts]
            if any(h is None for h in holders) or len(set(holders)) < 2:
                return None
            return holders[index]
        return None

    def _holder(self, text: str, start: int, end: int, document_province: str | None) -> str | None:
        """Who a part of a respectively list's holders names (see ``_respective_holder``), or None."""
        if _PROVINCE_ITSELF.fullmatch(text, start, end):
            return document_province
        if _NATION_ITSELF.fullmatch(text, start, end):
            return NATION
        named = [p for p in self.names if start <= p.start and p.end <= end]
        if named and _A_PROVINCES_TITLE_OR_NOTHING.fullmatch(text, start, named[0].start) and named[-1].end == end:
            return named[-1].code
        if _A_UNIT_BELOW.fullmatch(text, start, end) or (re.match(_CITY_LEVEL, text[start:end]) and not named):
            return LOCAL  # ("TP Vĩnh Yên", a city whose name is no province's)
        return None

    def _listed_owner(self, mention: Mention, candidates: list[PlaceName]) -> str | None:
        """The i-th of n places listed before a list of n values ("Thanh Hóa, Điện Biên, Hà Tĩnh giữ
        vị trí thứ 5, 6, 7", "A và B lần lượt đạt ..."): the owner of the i-th value."""
        if not mention.respectively:
            return None
        index, count = mention.respectively
        named = [p for p in candidates if p.code != NATION]
        if len(named) < count:
            return None
        listed = named[-count:]
        if all(
            re.fullmatch(r"\s*(?:,|và|\s)\s*", self.text[a.end : b.start], re.I) for a, b in zip(listed, listed[1:])
        ):
            return listed[index].code
        return None

    def _after_an_unknown_name(self, mention: Mention, candidates: list[PlaceName]) -> bool:
        """A figure in brackets right after a name of two to four capitalised words that is no
        province ("Phú Ninh (12,1%), Núi Thành (16,01%)", "Nông Sơn (tạo lập hồ sơ đạt 115,34%, tỷ lệ kích hoạt
        đạt 51,19%)"): the figure of a district or a commune."""
        offset = max(0, mention.value_start - 120)
        before = self.text[offset : mention.value_start]
        opening = re.search(r"\s*\(\s*(?:[^()\d\n][^()\n]{0,80})?$", before)
        if opening is None or any(p.end >= offset + opening.start() - 1 for p in candidates):
            return False
        name = _capitalised_name_ending(before[: opening.start()])
        if not _may_name_a_place(name):
            return False
        if re.fullmatch(r"\s*\(\s*", before[opening.start() :]):
            return True  # the figure alone in the bracket: "Phú Ninh (12,1%)"
        # Words before the figure in the bracket ("Nông Sơn (tạo lập hồ sơ đạt 115,34%)"): a name of a place (not
        # "ứng dụng Mobile Money (đã có ...)"), one of a list of such names with their brackets, or after a place word
        if all(word.isascii() for word in name):
            return False
        lead = before[: opening.start()]
        lead = lead[: len(lead) - len(" ".join(reversed(name)))]
        listed = re.search(r"\)\s*[,;]\s*$|:\s*$|\b(?:như|là|gồm)\s*:?\s*$|(?:^|\n)\s*$", lead) or re.match(
            r"\s*\([^()\n]*\)\s*[,;]\s*\w+(?:\s+\w+){1,3}\s*\(", self.text[mention.value_start :]
        )
        return bool(listed or re.search(r"(?:huyện|xã|thị xã|thị trấn|phường|thành phố|tp\.?)\s*$", lead, re.I))

    def _item_after_an_unknown_name(self, mention: Mention, candidates: list[PlaceName]) -> bool:
        """A count right after a name of two to four capitalised words that is no province, as an item of a list
        under a colon or after another such item ("thêm 17 thôn tại các huyện: Đồng Văn 5 thôn, Mèo Vạc 2 thôn"):
        the figure of a district or a commune."""
        offset = max(0, mention.value_start - 120)
        before = self.text[offset : mention.value_start]
        if not before.endswith((" ", "\t")) or any(p.end >= offset + len(before.rstrip()) - 1 for p in candidates):
            return False
        name = _capitalised_name_ending(before)
        if not _may_name_a_place(name) or all(word.isascii() for word in name):
            return False
        lead = before.rstrip()
        lead = lead[: len(lead) - len(" ".join(reversed(name)))]
        return bool(
            re.search(
                r"(?:huyện|xã|thị xã|phường|địa phương|đơn vị)[^.;\d\n]{0,20}:\s*$|\d\s*%?\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*[,;]\s*$",
                lead,
                re.I,
            )
        )

    def _ranks_a_unit_of_the_province(self, start: int, mention: Mention) -> bool:
        """A score, rank or count of a department, an agency or a district in the province's own ranking
        ("Sở Nông nghiệp và PTNT dẫn đầu với 0,91507 điểm", "tiếp đến là Sở Công Thương (0,89446 điểm)",
        "xếp thứ nhì là UBND huyện Krông Pắc (0,90512 điểm)"): the unit named last before the figure
        with no province named after it, or the unit a rank names right after it ("thứ nhất là UBND ...")."""
        after = _UNIT_NAMED_AFTER.match(self.text, mention.end)
        if after and not self._a_province_at(after.end()):
            return True
        units = [
            u
            for u in _UNIT.finditer(self.text, start, mention.value_start)
            if _ADDRESSED_UNIT.match(u.group(0)) or not self._a_province_at(u.end())
        ]
        if not units:
            return False
        last = units[-1]
        if _UNIT_AS_SOURCE.search(self.text, max(0, last.start() - 8), last.start()):
            return False  # "Theo Sở TT&TT, ..."
        if _ADDRESSED_UNIT.match(last.group(0)) and _NATIONWIDE_AFTER.match(self.text, mention.end):
            return False  # "Công an tỉnh X xếp thứ 3 toàn quốc về cấp căn cước": the province, ranked among provinces
        between = self.text[last.end() : mention.value_start]
        address = last.end() + 1 if _ADDRESSED_UNIT.match(last.group(0)) else -1  # "Văn phòng UBND tỉnh Phú Thọ"
        if any(last.end() <= p.start < mention.value_start and p.start > address for p in self.names) or re.search(
            r"[;:]", between
        ):
            return False
        # The unit is what is ranked: its figure in brackets after its name ("Sở Công Thương (0,89446
        # điểm)", "Ban Dân tộc tỉnh (0,594 điểm)"), or its name, a ranking verb and the figure within a few
        # words ("Sở Nông nghiệp và PTNT dẫn đầu với 0,91507 điểm"), or "..., với 0,91416 điểm" after it.
        # A unit that speaks or announces ("Sở TT&TT cho biết, chỉ số DTI đạt ...") is no subject.
        if re.fullmatch(r"[^\d(),]{0,60}?\s*\(\s*", between):
            return True
        if _ANNOUNCES.search(between) or re.search(
            r"(?<!\w)(?:chỉ số|dti|tỉnh|toàn tỉnh|province|nationwide)(?!\w)", between, re.I
        ):
            return False
        if _UNIT_THEN_ITS_FIGURE.fullmatch(between) and (
            _RANKED_BEFORE.search(self.text, max(start, last.start() - 60), last.start())
            or self._an_earlier_unit_ranked(start, last.start())
        ):
            # "đứng đầu là Văn phòng UBND tỉnh, Thanh tra tỉnh đạt 340/340 điểm", "đơn vị bị xếp loại trung
            # bình là Sở Y tế với 261/390 điểm": the ranking names the units, then their figures; "...; Sở Y tế
            # với 877,43 điểm" goes on with the ranking its sentence opened
            return True
        if _RANKED_UNIT_WITH.fullmatch(between):
            # "Văn phòng UBND tỉnh Phú Thọ đứng đầu trong khối các sở, ban, ngành với 885,58 điểm": the unit
            # leads its group with the figure
            return True
        return len(between.split()) <= 12 and bool(_RANKING_WORDS.search(between) or re.search(r",\s*với\s*$", between))

    def _an_earlier_unit_ranked(self, start: int, end: int) -> bool:
        """The sentence, before ``end``, ranks units: a ranking names a unit before a figure."""
        ranking = _RANKED_BEFORE.pattern.removesuffix("$")
        before = self.text[start:end]
        return bool(
            re.search(rf"{ranking}(?:{_UNIT_WORDS})", before, re.I)
            or re.search(rf"(?<!\w)(?:{_UNIT_WORDS})[^\d.;:]{{0,60}}?(?:{_RANKING_WORDS.pattern})", before)
        )

    def _nation_in_its_own_words(self, mention: Mention) -> bool:
        """The nation named in the words right after a figure that are its own ("16,5% GDP cả nước")."""
        if not mention.noun or mention.noun_at is not None:
            return False
        start, end = mention.noun_span
        return any(
            p.code == NATION and start <= p.start and p.end <= end and p.start - mention.end <= 20 for p in self.names
        )

    def _a_share_of_gdp_a_ministry_reports(self, sentence_start: int, start: int, mention: Mention) -> bool:
        """A share of GDP that a ministry reports ("Bộ Thông tin và Truyền thông đã báo cáo, kinh tế số chiếm tỉ trọng
        trên 15,2% GDP"): the nation's product, no ministry's own figure nor the page's province's (a province's own
        share, loosely written "GDP", stays the province's when no ministry reports it)."""
        return _MINISTRY.search(self.text, sentence_start, mention.value_start) is not None and (
            self._a_share_of_the_nations_gdp(start, mention)
        )

    def _a_share_of_the_nations_gdp(self, start: int, mention: Mention) -> bool:
        """A share of GDP, the nation's product (a province's is its GRDP), with no province named or referred to in
        its clause ("kinh tế số chiếm tỉ trọng trên 15,2% GDP", "the proportion of the digital economy in GDP ... 18.3%";
        not "chiếm 12% GDP của tỉnh", "the province's GDP")."""
        return (
            mention.kind == "percent"
            and (
                _THE_NATIONS_GDP.match(mention.noun or "") is not None
                # (or named before it in its clause: "the proportion of the digital economy in GDP is estimated to
                # reach 18.3%", "tỷ trọng kinh tế số trong GDP đạt 18,3%")
                or _GDP_NAMED.search(self.text, start, mention.value_start) is not None
            )
            and not any(start <= p.start < mention.value_start and p.code != NATION for p in self.names)
            and not _THE_PROVINCE_REFERRED_TO.search(self.text, start, mention.value_start)
        )

    def _nation_labels_its_bracket(self, mention: Mention) -> bool:
        """The figure opens a bracket with the nation as its label: "(trung bình cả nước: 12,3)", "(cả nước 45%)"."""
        opening = self.text.rfind("(", max(0, mention.value_start - 40), mention.value_start)
        if opening < 0:
            return False
        return bool(_NATION_LABEL.fullmatch(self.text, opening + 1, mention.value_start))

    def _province_as_subject(self, start: int, mention: Mention) -> int:
        """Where the item of the figure opens with the province itself as its subject ("...; tỉnh đạt 35%",
        "; còn tỉnh ta đạt ..."), or -1."""
        found = -1
        for m in _PROVINCE_SUBJECT.finditer(self.text, start, mention.value_start):
            found = m.end()
        return found

    def _a_province_at(self, position: int) -> bool:
        return any(p.start <= position < p.end or 0 <= p.start - position <= 1 for p in self.names)

    def _about_a_ministry(self, start: int, mention: Mention) -> bool:
        """A ministry named in the figure's clause before it, with no province or nation named
        between them, is the figure's subject ("Bộ Công Thương dẫn đầu với tỷ lệ 83,48%"); a
        ministry that announces ("Bộ TT&TT công bố, tỉnh đạt 0,61") has a place after it."""
        named = list(_MINISTRY.finditer(self.text, start, mention.value_start))
        if not named:
            return False
        last = named[-1]
        between = self.text[last.end() : mention.value_start]
        # The subject of the same comma-free stretch, not a source ("Theo Bộ TT&TT, tỉnh đạt ...").
        return (
            (
                not _MINISTRY_AS_SOURCE.search(self.text[max(0, last.start() - 20) : last.start()])
                or self._measure_held_by_the_ministry(start, last.start())
            )
            and not _MINISTRY_ANNOUNCES.match(between)
            and not any(last.end() <= p.start < mention.value_start for p in self.names)  # not its own name
            and not re.search(r"(?<!\w)(?:tỉnh|thành phố|địa phương|province|city)(?!\w)", between, re.I)
        )

    def _measure_held_by_the_ministry(self, start: int, ministry_start: int) -> bool:
        """The ministry after "của"/"of" holds the measure before it ("điểm DTI của Bộ Tài chính đạt 0,79"), unless a
        source or a framework heads the clause ("Theo kết quả của Bộ ...")."""
        before = self.text[start:ministry_start]
        measure = _MEASURE_HELD_BY_THE_MINISTRY.search(before)
        return (
            measure is not None
            and not _SOURCE_OR_FRAMEWORK.search(before)
            # (the ministry that publishes the index: "Chỉ số DTI năm 2023 của Bộ Thông tin và Truyền thông, đạt ...")
            and not _AN_INDEX_PUBLISHER.match(self.text, ministry_start)
        )

    def _a_ministry_named_after(self, sentence, mention: Mention) -> bool:
        """An English sentence whose subject, a ministry, comes after the figure: after an opening participle
        ("Claiming 0.47 points, the Vietnam Academy of ... rose to first"), or after "were" ("Also in the top ten were
        the State Bank of Vietnam, ..."); no province named before the figure in its sentence."""
        if any(sentence.start <= p.start < mention.value_start for p in self.names):
            return False
        after = _MINISTRY_AS_SUBJECT_AFTER.match(self.text, mention.end, sentence.end)
        if after is None or not _MINISTRY.match(self.text, after.end()):
            return False
        # (the participle opens the figure's part of the sentence: "..., với việc đạt giá trị DTI là 0,49, Bộ X ...")
        part = max(sentence.start, self.text.rfind(",", sentence.start, mention.start) + 1)
        return after.group("comma") is None or _OPENING_PARTICIPLE.match(self.text, part) is not None

    def _in_a_list_of_ministries(self, start: int, mention: Mention) -> bool:
        """A figure in a list whose head names the ministries ("Các bộ có tỷ lệ hồ sơ trực tuyến thấp nhất lần lượt
        là: Xây dựng (12,4%), Tư pháp (21%)"), no province named between the head and the figure."""
        head = _MINISTRIES_LIST_HEAD.search(self.text, start, mention.value_start)  # (its lookbehind sees before)
        return (
            head is not None
            and ";" not in self.text[head.end() : mention.value_start]
            and not any(head.end() <= p.start < mention.value_start for p in self.names)
            and not _PROVINCE_WORD.search(self.text, head.end(), mention.value_start)
        )

    def _about_other_provinces(self, start: int, mention: Mention) -> bool:
        """Other provinces as a group are the subject of the figure's clause ("Các tỉnh, thành còn lại chỉ đạt
        dưới 40%"): not compared with or learnt from ("vượt xa các tỉnh còn lại", "kinh nghiệm của các tỉnh
        khác"), with no province named and no "tỉnh" of its own after them ("..., trong khi tỉnh đạt 85%")."""
        opening, within = _LOCALITIES_BLOCK_OPENS
        block = opening.match(self.text, start, mention.value_start) or within.search(
            self.text, start, mention.value_start
        )
        ministries = block and _MINISTRIES_BLOCK.search(
            self.text, self.segments.sentence(mention.value_start).start, block.start()
        )
        if ministries and (block.re is opening or re.search(r"\d", self.text[ministries.end() : block.start()])):
            # "...; localities reached 17%", "khối bộ, ngành đạt 55%, các địa phương đạt 28%": beside the ministries'
            # block and its own figure (not "hướng dẫn của các bộ, ngành, các địa phương đã đạt 100%")
            return True
        groups = list(_OTHER_PROVINCES.finditer(self.text, start, mention.value_start))
        if not groups:
            return False
        last = groups[-1]
        before = self.text[max(start, last.start() - 14) : last.start()]
        after = self.text[last.end() : mention.value_start]
        return not (
            self.language.comparison_place_words.search(before)
            or _GROUP_AS_OBJECT.search(before)
            or _PROVINCE_OF_ITS_OWN.search(after)
            or any(last.end() <= p.start < mention.value_start for p in self.names)
        )

    def _about_a_region(self, start: int, mention: Mention) -> bool:
        """A region of provinces named with its level opens the figure's clause as its subject ("Khu vực Bắc Trung Bộ
        có tỷ lệ hồ sơ trực tuyến bình quân 55%", "Vùng Đồng bằng sông Cửu Long đạt 0,52"), with no province named
        between them."""
        found = _REGION_OPENS_THE_CLAUSE.match(self.text, start, mention.value_start)
        return found is not None and not any(start <= p.start < mention.value_start for p in self.names)

    def _located_in_a_named_unit(self, start: int, mention: Mention) -> bool:
        """The figure's clause places it in a ward, commune or district it names ("tại bộ phận một cửa của xã
        Thiện Kế, huyện Bình Xuyên, 100% hồ sơ ...") or opens with one as its subject ("Huyện Duy Tiên đạt 85%"): the
        unit's figure, not the province's, unless the province is named back between them ("tại xã X ..., toàn tỉnh
        có 500 tổ")."""
        lead = self.text[start : mention.value_start]
        sentence = self.segments.sentence(mention.value_start)
        measured = _MEASURE_OF_A_NAMED_UNIT.fullmatch(self.text, sentence.start, mention.value_start)
        if measured and not _PROVINCE_WIDE_BEFORE_A_UNIT.search(self.text, sentence.start, mention.value_start):
            return True  # "Số trạm BTS huyện Tam Dương: Năm 2021: 110."
        city = _MEASURE_OF_A_NAMED_CITY.fullmatch(self.text, sentence.start, mention.value_start)
        if (
            city
            and not self._a_province_named_at(city.end("city"))
            and not _PROVINCE_WIDE_BEFORE_A_UNIT.search(self.text, sentence.start, mention.value_start)
        ):
            return True  # "Tỷ lệ hồ sơ trực tuyến tại TP Vĩnh Yên năm 2023 đạt 90%"
        english = [
            named
            for named in _ENGLISH_NAMED_UNIT.finditer(lead)
            if named.group("city") is None or not self._a_province_named_at(start + named.start())
        ]
        if english and not any(
            # (the province as the unit's scope or object is no subject of its own: "led the province in ...")
            not _PROVINCE_AS_SCOPE.search(lead, 0, named.start())
            for named in _ENGLISH_PROVINCE_OR_SPEAKER.finditer(lead, english[-1].end())
        ):
            return True  # "Thuan Hoa Ward recorded a 100% online submission rate"
        if _A_UNIT_NAMED_AT_ITS_LEVEL.match(lead):
            return True  # "Trong khi đó, ở cấp huyện, Nam Giang tiếp tục dẫn đầu với 89,07 điểm"
        part = _OPENS_IN_AN_UNNAMED_PART.match(lead)
        if (
            part
            and mention.kind not in ("rank", "rank_change")
            and not _THE_PROVINCE_AS_SUBJECT.search(lead, part.end())
        ):
            return True  # "Riêng khu vực phía tây, tỷ lệ này mới đạt 58%": a part of the province, no figure of its own
        alone = _LEVEL_ALONE_OPENS.match(lead)
        if alone and mention.denominator != mention.value and not _PROVINCE_OR_SPEAKER.search(lead, alone.end()):
            return True  # "Huyện thành lập 67 tổ ...": the district a page or a part of it is about, by its level alone
        found = (
            _OPENS_IN_A_UNIT.match(lead)
            or _UNIT_OPENS_THE_CLAUSE.match(lead)
            or _RATE_OF_A_UNIT.search(lead)
            or _UNIT_OPENS_ITS_PART.match(lead)
            or _A_UNIT_NAMED_AFTER_LA.search(lead)
        )
        found = found or self._a_city_below_the_province(start, lead)
        if found is None or not lead[found.end() :][:1].isupper() or mention.denominator == mention.value:
            return False  # "411/411 xã": every unit of a level, the province's figure
        between = lead[found.end() :]
        return bool(_UNITS_OWN_OFFICER.search(between)) or not _PROVINCE_OR_SPEAKER.search(between)

    def _a_list_under_a_named_unit(self, sentence, mention: Mention) -> bool:
        """An item of a list after a colon whose header makes a ward, commune or district its subject ("the People's
        Committee of X ward set targets such as: 70% ...; 40% ...", "UBND xã X đề ra các chỉ tiêu: ...; ..."): every
        item is the unit's, unless a province or a speaker is named after the unit."""
        colon = self.text.rfind(":", sentence.start, mention.value_start)
        if colon < 0:
            return False
        if any(sentence.start <= p.start < mention.value_start and p.code != LOCAL for p in self.names):
            return False
        header, between = self.text[sentence.start : colon], self.text[colon : mention.value_start]
        if _PROVINCE_OR_SPEAKER.search(between) or _ENGLISH_PROVINCE_OR_SPEAKER.search(between):
            return False
        english = [
            named
            for named in _ENGLISH_NAMED_UNIT.finditer(header)
            if named.group("city") is None and _ENGLISH_UNIT_AS_SUBJECT.match(header[: named.start()])
        ]
        if english:
            return not _ENGLISH_PROVINCE_OR_SPEAKER.search(header, english[-1].end())
        named = _UNIT_OPENS_THE_CLAUSE.match(header) or _A_UNITS_COMMITTEE.match(header)
        return (
            named is not None
            and header[named.end() :][:1].isupper()  # (a unit named, not a level: "Đến nay, huyện đã ...")
            and not _PROVINCE_OR_SPEAKER.search(header, named.end())
        )

    def _a_city_below_the_province(self, start: int, lead: str) -> re.Match | None:
        """A provincial city or town that ``lead`` (the text from ``start``) opens with or names as a rate's holder
        (``_CITY_OPENS_THE_CLAUSE_OR_HOLDS_A_RATE``), whose name is no province's: "TP Hồ Chí Minh" and "thành phố
        Đà Nẵng" are provinces; "thành phố Hà Tĩnh", the capital of a province that is no city, is a unit below it."""
        opens, subject, rate, part = _CITY_OPENS_THE_CLAUSE_OR_HOLDS_A_RATE
        for found in (opens.match(lead), subject.match(lead), rate.search(lead), part.match(lead)):
            if found and not self._a_province_named_at(start + found.end()):
                return found
        return None

    def _a_province_named_at(self, position: int) -> bool:
        """A province's (or the nation's) name covers ``position`` (a provincial capital that is no city is LOCAL)."""
        return any(p.start <= position < p.end and p.code != LOCAL for p in self.names)

    def _a_unit_named_before_as_the_subject(self, sentence, mention: Mention) -> bool:
        """The figure's clause opens with a level alone as its subject ("..., phường tiếp nhận 3.410 hồ sơ"; "...;
        phường đã thành lập 28 tổ"), a unit of that level named earlier in the page ("phường Hòa Bình"), and nothing
        names the province back between them."""
        text = self.text
        opening = None
        for found in _LEVEL_ALONE_AS_SUBJECT.finditer(text, sentence.start, mention.value_start):
            if not _LEVELS_LISTED_BEFORE.search(text, max(0, found.start("level") - 20), found.start("level")):
                opening = found  # (not the last of levels listed: "102/102 xã, phường đã có ...")
        if opening is None or re.search(r"[;:]", text[opening.end() : mention.value_start]):
            return False
        before = text[sentence.start : opening.start("level")]
        if _A_LEVELS_ITEM_BEFORE.search(before) or re.search(
            rf"\d\s+{re.escape(opening.group('level'))}(?!\w)", before, re.I
        ):
            # "cấp tỉnh đạt 90%, huyện đạt 81%": an item of a list of levels; "toàn tỉnh có 8 phường; phường đã có ...":
            # the units of that level counted, all of them
            return False
        if _PROVINCE_BACK.search(text, sentence.start, mention.end) or any(
            opening.end() <= p.start < mention.value_start for p in self.names
        ):
            return False
        level = opening.group("level").lower()
        return any(
            found.group(1).lower() == level and (text[found.end()].isupper() or text[found.end()].isdigit())
            for found in _LOCAL_NAMED.finditer(text, 0, opening.start("level"))
        )

    def _names_a_province(self, sentence, mention: Mention) -> bool:
        """The figure's sentence, up to the figure's end, names a province or the nation, or the province ("Tỉnh có
        ...", "toàn tỉnh", "cấp tỉnh")."""
        return any(sentence.start <= p.start < mention.end for p in self.names) or bool(
            _PROVINCE_WORD.search(self.text, sentence.start, mention.end)
        )

    def _about_local_unit(self, start: int, end: int, mention: Mention) -> bool:
        """A sentence that names a ward, commune or district ("Chủ tịch UBND phường Tân Quang cho
        biết: 100% cán bộ, công chức của phường ...") and refers back to it by its level alone
        ("của phường") is about that unit: its figures after the name are the unit's, unless the
        province is named back ("toàn tỉnh") between them."""
        text = self.text
        for named in _LOCAL_NAMED.finditer(text, start, mention.value_start):
            if not (text[named.end()].isupper() or text[named.end()].isdigit()):
                continue  # "xã, phường", "huyện có": no unit named
            back = re.compile(_LOCAL_BACK.format(level=re.escape(named.group(1).lower())))
            referred = back.search(text, named.end(), end)
            # A province named after the unit is referred back to ("..., trong khi Thái Bình đạt 70%")
            # owns what follows it; one in the unit's address ("phường Tân Quang, thành phố Tuyên
            # Quang") does not.
            province_after = referred is not None and any(
                referred.end() < p.start < mention.value_start for p in self.names
            )
            if referred and not province_after and not _PROVINCE_BACK.search(text, named.end(), mention.value_start):
                return True
        return False

    def _the_country_ranked(self, start: int, mention: Mention) -> bool:
        """A rank or rank change whose clause makes the country ("Việt Nam") its subject, right before the ranking
        verb ("Việt Nam tăng 15 bậc trong bảng xếp hạng Chính phủ điện tử của Liên hợp quốc, đứng thứ 71"): the
        country's place among countries, never a province's."""
        return bool(_COUNTRY_RANKED.search(self.text, start, mention.value_start))

    def _frames_the_sentence(self, place: PlaceName, sentence, mention: Mention) -> bool:
        """The nation named as the frame a sentence opens with ("Ở cấp quốc gia, chỉ số DTI năm 2024 đạt
        0,7955", "Trên cả nước, ..."): the owner of its figures unless their own clause names another place
        or the province ("..., trong khi tỉnh đạt 52%")."""
        if mention.kind in ("rank", "rank_change", "top_n"):
            return False  # the nation is ranked among no provinces
        clause = self.segments.clause(mention.value_start)
        return bool(
            _FRAME_BEFORE.fullmatch(self.text, sentence.start, place.start)
            and re.match(r"\s*,", self.text[place.end : place.end + 3])
            and not _PROVINCE_OF_ITS_OWN.search(self.text, clause.start, mention.end)
        )

    def _standing_of_the_subject(self, place: PlaceName) -> bool:
        """The nation named right after a standing its subject holds: the province ("tỉnh dẫn đầu cả nước",
        "là tỉnh đầu tiên cả nước") or a province named just before it ("Bắc Ninh dẫn đầu cả nước")."""
        window = max(0, place.start - 40)
        if _STANDING_BEFORE.search(self.text, window, place.start):
            return True
        named = [p for p in self.names if p.code != NATION and window <= p.end <= place.start]
        return bool(named) and bool(_STANDING_AFTER_A_NAME.match(self.text[named[-1].end : place.start]))

    def _national_subject(self, place: PlaceName, mention: Mention) -> bool:
        """'trung bình cả nước là 43,67%' (the nation's figure) but not 'xếp thứ 5 cả nước'."""
        if mention.kind in ("rank", "rank_change", "top_n"):
            return False
        if self._standing_of_the_subject(place):
            return False  # "tỉnh dẫn đầu cả nước về tỷ trọng kinh tế số với 38,4%": where it stands, not whose
        between = self.text[place.end : mention.value_start]
        return len(between) <= 40 and not re.search(r"[;]", between)
