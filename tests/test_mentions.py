"""The mention grammar: every number a report writes, read as Vietnamese and English notation
allow, with what the words around it make of it; numbers that are not measures are set aside
with the reason. Sentences are written for these tests (none is taken from a corpus document)."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assets.reports.language import load_language
from assets.reports.mentions import scan_mentions
from assets.reports.timephrases import find_time_phrases
from assets.text import normalize_text
from tests.conftest import RAW

LANGUAGE = load_language(Path(RAW / "reference" / "report_lexicon.yaml"))


def scan(text):
    text = normalize_text(text)
    return scan_mentions(text, LANGUAGE, find_time_phrases(text, LANGUAGE))


def mentions(text):
    return [(m.kind, m.value, m.unit, m.denominator) for m in scan(text).mentions]


def one(text):
    [m] = scan(text).mentions
    return m


@pytest.mark.parametrize(
    "text,kind,value,unit,denominator",
    [
        ("đạt 72,4%", "percent", 72.4, "percent", None),
        ("đạt 72.4 phần trăm", "percent", 72.4, "percent", None),
        ("reached 72.4 per cent", "percent", 72.4, "percent", None),  # British English
        # a table's row number before a rate ("tỷ lệ") or a share ("tỷ trọng") is no billion
        ("1 Tỷ lệ hồ sơ trực tuyến", "count", 1, None, None),
        ("2 tỷ trọng kinh tế số", "count", 2, None, None),
        # percentage points: a change of a percent, not a score's points
        ("tăng 1,5 điểm phần trăm so với cùng kỳ", "percent", 1.5, "percent", None),
        ("giảm 2 điểm % so với năm trước", "percent", 2, "percent", None),
        ("xếp thứ 21/63 tỉnh, thành phố", "rank", 21, None, 63),
        ("đứng vị trí thứ 9", "rank", 9, None, None),
        ("xếp hạng 17 toàn quốc", "rank", 17, None, None),
        ("đạt hạng 5/34 tỉnh, thành", "rank", 5, None, 34),
        ("tỉnh xếp thứ bảy cả nước", "rank", 7, None, None),
        ("vị trí thứ Nhất", "rank", 1, None, None),
        # compound numbers in words: tens, and units as written after tens ("mốt" 1, "lăm" 5, "tư" 4)
        ("xếp thứ hai mươi mốt toàn quốc", "rank", 21, None, None),
        ("đứng thứ mười lăm cả nước", "rank", 15, None, None),
        ("vươn lên xếp hạng ba mươi tư", "rank", 34, None, None),
        ("tăng mười hai bậc", "rank_change", 12, "places", None),
        ("có mười lăm xã", "count", 15, None, None),
        ("có hai mươi xã", "count", 20, None, None),
        ("vươn lên vị trí số 6 trong bảng xếp hạng chuyển đổi số", "rank", 6, None, None),
        ("tăng 12 bậc so với năm trước", "rank_change", 12, "places", None),
        ("tụt 4 hạng", "rank_change", -4, "places", None),
        ("giảm 03 bậc", "rank_change", -3, "places", None),
        ("thuộc nhóm 15 tỉnh dẫn đầu", "top_n", 15, None, None),
        ("lọt vào top 10", "top_n", 10, None, None),
        ("là một trong 12 địa phương dẫn đầu cả nước", "top_n", 12, None, None),
        ("là một trong 5 tỉnh đầu tiên hoàn thành kết nối dữ liệu", "top_n", 5, None, None),
        ("doanh thu đạt 12.500 tỷ đồng", "money", 12_500e9, "vnd", None),
        ("xuất khẩu 45,5 triệu USD", "money", 45.5e6, "usd", None),
        ("dài 1.250 km", "length", 1250, "km", None),
        ("tốc độ 85Mbps", "speed", 85, "Mbps", None),
        ("đạt 0,6120 điểm", "score", 0.612, "points", None),
        ("số hóa hồ sơ đạt 16,05 điểm…", "score", 16.05, "points", None),  # an ellipsis ends it too
        ("đạt 512,35/1.000 điểm", "score", 512.35, "points", 1000),
        ("tăng 2,3 lần", "ratio", 2.3, "times", None),
        ("cấp 2.345.678 tài khoản", "count", 2_345_678, None, None),
        ("gần 1,2 triệu thẻ", "count", 1_200_000, None, None),
        ("hơn 640 nghìn hồ sơ", "count", 640_000, None, None),
        ("có 31/35 xã", "count", 31, None, 35),
        ("số hóa 2.187 trên 2.460 hồ sơ", "count", 2187, None, 2460),
        ("tiếp nhận 1.204 trên tổng số 1.530 hồ sơ", "count", 1204, None, 1530),
        ("12 out of the 16 tasks have been completed", "count", 12, None, 16),
        ("it has completed 21 of the 24 tasks", "count", 21, None, 24),
        ("21 of 24 communes have fibre", "count", 21, None, 24),
    ],
)
def test_what_a_number_is(text, kind, value, unit, denominator):
    m = one(text)
    assert (m.kind, m.unit, m.denominator) == (kind, unit, denominator)
    assert m.value == pytest.approx(value)


def test_a_count_keeps_its_noun_and_qualifier():
    m = one("Toàn tỉnh đã kích hoạt hơn 512.300 tài khoản định danh điện tử, vượt kế hoạch.")
    assert (m.value, m.noun, m.qualifier) == (512_300, "tài khoản định danh điện tử", "hơn")


def test_ranges_give_two_bounds_with_the_unit_of_the_second():
    lower, upper = scan("chiếm khoảng 25-30% GRDP").mentions
    assert (lower.value, lower.unit, lower.bound) == (25, "percent", "lower")
    assert (upper.value, upper.unit, upper.bound) == (30, "percent", "upper")
    lower, upper = scan("từ 40% đến 45%").mentions
    assert (lower.bound, upper.bound) == ("lower", "upper")
    # a bare lower end, and an upper end with a qualifier of its own
    for text, unit in (("đạt từ 65 đến 70%", "percent"), ("đạt từ khoảng 0,55 đến gần 0,62 điểm", "points")):
        lower, upper = scan(text).mentions
        assert (lower.bound, upper.bound, lower.unit, upper.unit) == ("lower", "upper", unit, unit)
    # times: both ends are ratios, the lower no bare count
    lower, upper = scan("nhiều chỉ tiêu vượt từ 1,2-1,8 lần so với bình quân").mentions
    assert [(m.value, m.kind, m.unit) for m in (lower, upper)] == [(1.2, "ratio", "times"), (1.8, "ratio", "times")]


def test_a_spread_over_several_items_is_not_a_figure():
    result = scan("các chỉ số còn lại dao động từ 40,5 – 66/100 điểm")
    assert result.mentions == []
    assert {s.reason for s in result.set_aside} >= {"a spread over several items"}
    # a range said of a group of provinces is the group's band
    for text in (
        "3 địa phương đứng cuối bảng với giá trị DTI đạt từ khoảng 0,5 đến gần 0,6 là A, B và C",
        "các tỉnh có tỷ lệ hồ sơ trực tuyến từ 40% đến 50% gồm A và B",
    ):
        result = scan(text)
        assert [m.value for m in result.mentions if m.bound] == []


def test_parts_of_one_whole_share_the_noun_named_after_the_last():
    done, doing = scan("Sở đã xong 12/40; đang làm 28/40 đề án.").mentions
    assert [(m.value, m.denominator, m.noun) for m in (done, doing)] == [(12, 40, "đề án"), (28, 40, "đề án")]
    first, second = scan("đạt 5/9 xã, 40/52 thôn").mentions  # different wholes keep their own nouns
    assert (first.noun, second.noun) == ("xã", "thôn")


def test_respectively_lists_number_their_items():
    ms = scan("xếp hạng thể chế số, hạ tầng số, nhân lực số lần lượt là 8, 19, 33").mentions
    assert [(m.value, m.respectively) for m in ms] == [(8, (0, 3)), (19, (1, 3)), (33, (2, 3))]


def test_the_ranks_of_a_move_and_which_is_the_earlier():
    earlier, later = [m for m in scan("tăng 9 bậc (từ vị trí 30 lên 21)").mentions if m.kind == "rank"]
    assert (earlier.value, earlier.previous, later.value, later.previous) == (30, True, 21, False)


def test_a_count_of_provinces_over_63_is_not_a_rank():
    m = one("28/63 tỉnh, thành phố có điểm số trên mức trung bình")
    assert (m.kind, m.value, m.denominator) == ("count", 28, 63)


@pytest.mark.parametrize(
    "text,reason",
    [
        ("theo Kế hoạch số 212/KH-UBND", "document number"),
        ("Nghị quyết 07-NQ/TU", "document number"),
        ("ngày 15/3/2024", "date"),
        ("Sáng 14-9, đoàn công tác", "date"),
        ("vào lúc 14:30", "time of day"),
        ("liên hệ 0236 3822 111", "phone number"),
        ("phủ sóng 5G", "technology generation or version"),
        ("dịch vụ công trực tuyến mức độ 3", "service or assurance level"),
        ("công dân từ đủ 16 tuổi", "age threshold"),
        ("Hội nghị lần thứ 8", "ordinal of an event, term or part"),
        ("sau 4 năm triển khai", "duration"),
        ("thông quan tờ khai chỉ từ 3-5 giây", "duration"),
        ("triển khai Đề án 06", "name of Project 06"),
        ("phòng, chống dịch Covid-19", "name with a number"),
        ("xếp thứ 11 trong số 63 tỉnh", "number of provinces a rank is out of"),
        ("một số huyện, thị xã có tỷ lệ chỉ đạt dưới 15%", "a threshold some units fall under or rise over"),
        ("khách hàng thanh toán qua tài khoản của tôi chỉ chiếm khoảng 15%", "a speaker's own figure (first person)"),
        ("khoảng 15% khách hàng quét mã QR tại quầy hàng của tôi", "a speaker's own figure (first person)"),
        (
            "“Since we applied e-payment at my stall, revenue from this channel accounts for about 15%,” said Lan.",
            "a speaker's own figure (first person)",
        ),
        (
            "“Từ khi dùng mã QR, cửa hàng tôi có thêm khách, thanh toán số chiếm 15%”, chị Hoa nói",
            "a speaker's own figure (first person)",
        ),
        (
            "Online sales make up more than 15% of the total production of Hoa Binh Food JSC.",
            "one company's own figure",
        ),
        ("Bán hàng trực tuyến chiếm 15% doanh thu của Công ty Cổ phần Thực phẩm An Phú", "one company's own figure"),
        ("about 25% of more than 30,000 retailers had applied technology", "the whole a share is taken of"),
        ("năm 2030 là 40%, cao hơn mục tiêu quốc gia từ 5-10%", "a gap to the nation's target"),
        ("- Số mục tiêu đã thực hiện trên 25%: 24.", "a threshold some units fall under or rise over"),
        ("100% of OCOP products that meet the 4-star criteria", "a class or grade of a thing"),
        ("các xã, phường đã bố trí lực lượng trực 100% quân số tại các điểm", "the staff on duty (a workforce)"),
        ("the province issued the 92-day strategy for online public services", "duration"),
        ("Kết quả dựa trên cuộc khảo sát 3.566 doanh nghiệp tại 54 tỉnh, thành phố", "the sample of a survey"),
        ("a survey of 1,200 households in the province", "the sample of a survey"),
        ("Mỗi tổ có từ 3-5 thành viên, gồm công an xã và đoàn viên", "the size of each one (a composition)"),
        ("each community digital technology team has 5 to 7 members", "the size of each one (a composition)"),
        (
            "Lễ ra quân được kết nối trực tuyến tới 212 điểm cầu xã, phường",
            "an event's connection points or attendance",
        ),
        ("Hội thảo diễn ra với sự tham gia của gần 400 đại biểu", "an event's connection points or attendance"),
        (
            "hội nghị được truyền tới 36 điểm cầu có sự tham dự của lãnh đạo các xã",
            "an event's connection points or attendance",
        ),
        ("Riêng 53 dịch vụ công thiết yếu theo Đề án 06 đạt 91%", "the list a share is taken of"),
        ("the rate of 25 essential public services reached 96.5%", "the list a share is taken of"),
        ("Tỷ lệ hộ nghèo của tỉnh còn 7,4%", "the poverty rate (a base)"),
        ("a poverty rate of about 14% and a mountainous terrain", "the poverty rate (a base)"),
        ("khu đô thị thông minh quy hoạch trên diện tích 236 ha", "an area of land"),
        ("an area of 1,200 hectares for the new urban area", "an area of land"),
        ("provided 1,712 Level-4 online public services out of the 1,832 procedures", "the whole a share is taken of"),
        ("sản phẩm OCOP đạt 4 sao được đưa lên sàn", "a class or grade of a thing"),
        ("a share of 30%, higher than the national target by 5%", "a gap to the nation's target"),
        ("khoảng 25% trong số hơn 30.000 hộ kinh doanh đã dùng mã QR", "the whole a share is taken of"),
        ("xã hội số đạt 0,1089 điểm, dưới mức 0,5 điểm", "a reference level a figure is set against"),
        ("trao tặng 50 máy tính bảng cho 50 học sinh nghèo", "the recipients of a gift"),
        ("tỉnh thuộc nhóm “Tốt” vì kết quả chỉ số đạt hơn 80 điểm", "the bar of a grade"),
        ("trao tặng máy tính bảng cho 1.200 học sinh nghèo", "the recipients of a gift"),
        ("Under Official Dispatch No. 1462 on digital transformation", "document number"),
        ("Dân số toàn tỉnh là 1.234.567 người", "the population (a base)"),
        ("The province has a total population of 2,163,039 people in the system", "the population (a base)"),
        ("of which 2,115,661 are permanent residents", "the population (a base)"),
        ("Citizens aged 14 and over are over 1.7 million people", "the population (a base)"),
        ("(stttt.gov.vn) - 1. Hiện trạng chính quyền số năm 2023", "list numbering"),
        (
            "trong số 8 chỉ số thành phần, chỉ số hoạt động chính quyền số tăng cao nhất",
            "the set its parts are taken from",
        ),
    ],
)
def test_numbers_that_are_not_measures_are_set_aside_with_the_reason(text, reason):
    result = scan(text)
    assert reason in {s.reason for s in result.set_aside}, result.set_aside
    assert all(
        m.value not in {212, 7, 15, 14, 236, 5, 3, 16, 8, 4, 6, 19, 63} or m.kind == "rank" for m in result.mentions
    )


@pytest.mark.parametrize(
    "text",
    [
        # "chúng tôi" may speak for an agency or the province; an official's "tôi" speaks of the province
        "chúng tôi đã đạt 95% hồ sơ trực tuyến",
        "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 95%, tôi cho rằng đây là kết quả đáng ghi nhận",
        "Tôi đề nghị các sở, ngành phấn đấu đạt 95% hồ sơ trực tuyến toàn trình",
        # a quotation in which an official gives a view ("my view", "quan điểm của tôi") speaks of the province
        "“In my view, the province's online dossier rate of 95% is a good result,” he said.",
        "“Theo quan điểm của tôi, tỷ lệ hồ sơ trực tuyến đạt 95% là đáng ghi nhận”, ông Nam nói.",
    ],
)
def test_what_is_said_for_the_province_is_no_speakers_own_figure(text):
    assert [m.value for m in scan(text).mentions] == [95]


@pytest.mark.parametrize(
    "text",
    [
        # a level reached, not one a figure before is set against
        "tỷ lệ hồ sơ giải quyết đúng hạn luôn duy trì ở trên mức 95%",
        "tỷ lệ thanh toán không dùng tiền mặt đã vượt ngưỡng 95%",
    ],
)
def test_a_level_reached_is_a_figure(text):
    assert [m.value for m in scan(text).mentions] == [95]


@pytest.mark.parametrize(
    "text,values",
    [
        ("tỷ lệ hồ sơ trực tuyến đạt từ 65-70%", [65, 70]),
        ("tỷ lệ thanh toán trực tuyến tăng từ 5-10%", [5, 10]),  # a day and a month it could be, with a percent
    ],
)
def test_a_range_of_percents_after_a_word_of_time_is_no_date(text, values):
    assert [m.value for m in scan(text).mentions] == values


def test_a_day_and_month_after_a_word_of_time_is_still_a_date():
    assert {s.reason for s in scan("Từ 14-9 đến 20-9, tỉnh tổ chức tuần lễ chuyển đổi số").set_aside} == {"date"}


@pytest.mark.parametrize(
    "text,value",
    [
        # a document's word used as a verb before a count: "hướng dẫn" (guided), "báo cáo" (reported)
        ("tổ công nghệ số cộng đồng đã hướng dẫn 350.000 lượt người dân sử dụng dịch vụ công", 350_000),
        ("tổ công nghệ số cộng đồng đã hướng dẫn 3500 người dân cài đặt ứng dụng", 3500),
        ("các xã đã báo cáo 12 trường hợp lừa đảo qua mạng", 12),
    ],
)
def test_a_count_after_a_documents_word_used_as_a_verb_is_no_document_number(text, value):
    assert [m.value for m in scan(text).mentions] == [value]
    assert "document number" not in {s.reason for s in scan(text).set_aside}


def test_years_and_periods_are_not_figures():
    result = scan("Trong 6 tháng đầu năm 2024 và năm 2025")
    assert result.mentions == []
    assert {s.reason for s in result.set_aside} == {"period"}


def _vi(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@given(st.integers(min_value=1000, max_value=10**9))
def test_any_vietnamese_count_reads_whole(n):
    assert one(f"có {_vi(n)} hồ sơ").value == n


@given(st.integers(min_value=1000, max_value=10**9))
def test_any_english_grouped_count_reads_whole(n):
    assert one(f"có {n:,} accounts").value == n


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=99))
def test_any_percent_with_a_decimal_comma(whole, cents):
    assert one(f"đạt {whole},{cents:02d}%").value == pytest.approx(whole + cents / 100)


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=9),
    st.sampled_from([("nghìn", 1e3), ("triệu", 1e6), ("tỷ", 1e9)]),
)
def test_any_scale_word(whole, tenth, scale):
    word, factor = scale
    assert one(f"gần {whole},{tenth} {word} thuê bao").value == pytest.approx((whole + tenth / 10) * factor)


@given(st.integers(min_value=1, max_value=63), st.sampled_from([63, 34]))
def test_any_rank_out_of_the_provinces(rank, of):
    m = one(f"đứng thứ {rank}/{of}")
    assert (m.kind, m.value, m.denominator) == ("rank", rank, of)


@given(st.integers(min_value=1, max_value=60), st.sampled_from(["tăng", "giảm", "tụt", "vươn lên"]))
def test_any_rank_change_is_signed_by_its_verb(places, verb):
    sign = -1 if verb in ("giảm", "tụt") else 1
    assert one(f"{verb} {places} bậc").value == sign * places


def test_provinces_counted_out_of_all_are_no_rank():
    text = normalize_text("Cả nước hiện có 60/63 tỉnh ban hành nghị quyết; 41/63 tỉnh đã thành lập tổ công nghệ số.")
    kinds = {m.value: m.kind for m in scan_mentions(text, LANGUAGE, [], []).mentions}
    assert kinds[60] != "rank" and kinds[41] != "rank"


def test_a_bare_number_that_ends_a_cut_text_is_set_aside():
    for text in ("Về tiến độ giải quyết hồ sơ TTHC 8", "tổ chức tập huấn chuyển đổi số cho hơn 3"):
        result = scan(text)
        assert result.mentions == []
        assert {s.reason for s in result.set_aside} == {"the text is cut off at the number"}
    assert [m.value for m in scan("xếp hạng thể chế số, hạ tầng số lần lượt là 8, 19, 33").mentions] == [8, 19, 33]
    # a value a label or a verb states before it is complete
    for text in ("Tổng số trạm BTS trên địa bàn tỉnh là 3.420", "Số trạm BTS 5G đã lắp đặt: 450"):
        assert len(scan(text).mentions) == 1
    # a complete sentence, a unit or a rank keeps its number
    assert mentions("Toàn tỉnh có 1.200 trạm BTS") == [("count", 1200, None, None)]
    assert [m.kind for m in scan("Tỷ lệ hồ sơ trực tuyến đạt 85%").mentions] == ["percent"]
    assert [m.kind for m in scan("Tỉnh xếp thứ 8").mentions] == ["rank"]


def test_an_amount_per_another_unit_is_set_aside():
    for text in ("thu nhập bình quân 60 triệu đồng/người", "chi phí 12 USD/thuê bao"):
        result = scan(text)
        assert result.mentions == []
        assert {s.reason for s in result.set_aside} == {"a rate per another unit"}
    # a year's amount stays an amount
    assert [(m.kind, m.value) for m in scan("doanh thu đạt 1.200 tỷ đồng/năm").mentions] == [("money", 1.2e12)]


@pytest.mark.parametrize(
    "text,value,reason",
    [
        ("triển khai hệ thống tổng đài 1022 hỗ trợ người dân", 1022, "hotline number"),
        ("cung cấp học bạ số cho học sinh lớp 12", 12, "school grade"),
        ("3 trụ cột: Chính quyền số (400 điểm), Kinh tế số (300 điểm)", 400, "the weight of a pillar in the index"),
        ("chia thành 3 trụ cột với tổng điểm 1.000", 1000, "the weight of a pillar in the index"),
    ],
)
def test_the_numbers_of_a_hotline_a_grade_and_a_pillars_weight_are_no_measures(text, value, reason):
    result = scan(text)
    assert reason in {s.reason for s in result.set_aside}
    assert value not in {m.value for m in result.mentions}


def test_a_pillars_score_in_points_stays_a_measure():
    assert [m.value for m in scan("Chính quyền số (546,78 điểm)").mentions] == [546.78]


def test_provinces_counted_after_tro_len_are_no_rank():
    # "trở lên" (at least) is no rank verb, and "ở" inside "trở" is no word
    text = "63/63 tỉnh có giá trị DTI đạt từ mức 0,5 trở lên và 34/63 tỉnh, thành phố trên mức giá trị trung bình"
    assert "rank" not in [m.kind for m in scan(text).mentions]
    assert [m.kind for m in scan("tỉnh vươn lên 12/63 tỉnh, thành phố").mentions] == ["rank"]


def test_a_small_number_after_a_stating_word_at_the_end_of_a_cut_text_is_set_aside():
    # "đạt 4" may be the start of "đạt 4.512": only three digits or a thousands separator look whole
    for text in ("Toàn tỉnh có tổ công nghệ số cộng đồng đạt 4", "Số trạm BTS 4G: 2"):
        assert scan(text).mentions == []


def test_bare_numbers_of_a_list_under_a_head_of_ranks_are_ranks():
    listed = "Xếp hạng các chỉ số chính lần lượt là: Nhận thức số - xếp thứ 36; Thể chế số - 57; Hạ tầng số - 24."
    assert [(m.kind, m.value) for m in scan(listed).mentions] == [("rank", 36), ("rank", 57), ("rank", 24)]
    pillars = "Thứ hạng các trụ cột: Chính quyền số 12, Kinh tế số 20, Xã hội số 31."
    assert [m.kind for m in scan(pillars).mentions] == ["rank", "rank", "rank"]
    # a head without rank words, a count with its noun, or an item after the list's sentence ended is no rank
    assert [m.kind for m in scan("Kết quả các chỉ số: Thể chế số - 57; Hạ tầng số - 24.").mentions] == [
        "plain",
        "plain",
    ]
    counted = "Xếp hạng các huyện: huyện A có 12 xã, huyện B có 9 xã."
    assert [m.kind for m in scan(counted).mentions] == ["count", "count"]
    ended = "Thứ hạng các trụ cột: Chính quyền số 12. Số xã được hỗ trợ 20."
    assert [m.kind for m in scan(ended).mentions] == ["rank", "plain"]
    # a head with its edition year is one; the province's districts ranked, or the units in each grade, are not
    dated = "Về xếp hạng Chỉ số DTI năm 2023 như sau: tổng thể - 25; Chính quyền số - 20."
    assert [m.kind for m in scan(dated).mentions] == ["rank", "rank"]
    compared = "Thứ hạng Chỉ số DTI của tỉnh so với các địa phương trong cả nước như sau: Chính quyền số - 12; Kinh tế số - 20."
    assert [m.kind for m in scan(compared).mentions] == ["rank", "rank"]
    districts = "Bảng xếp hạng DTI cấp huyện: Đồng Văn - 3; Mèo Vạc - 5."
    assert [m.kind for m in scan(districts).mentions] == ["plain", "plain"]
    grades = "Kết quả xếp hạng chỉ số chuyển đổi số cấp xã: Tốt - 12; Khá - 45; Trung bình - 30."
    assert "rank" not in [m.kind for m in scan(grades).mentions]


def test_a_change_word_before_the_comparison_base_makes_the_value_a_change():
    [_, change] = scan("Chỉ số đạt 0,5321 điểm, tăng so với năm 2022 là 0,0521 điểm.").mentions
    assert (change.value, change.change) == (0.0521, "up")
    [_, fall] = scan("Tỷ lệ đạt 45%, giảm so với cùng kỳ năm trước là 3,5%.").mentions
    assert (fall.value, fall.change) == (3.5, "down")
    # the base's own value, with no change word, is no change; nor is a level reached after a change of another
    [_, base] = scan("Tỷ lệ đạt 45%, so với năm 2022 là 30,1%.").mentions
    assert base.change is None
    [_, level] = scan("Chỉ số xếp thứ 40/63, tăng 6 bậc so với năm 2020 đạt 13,92 điểm.").mentions[-2:]
    assert (level.value, level.change) == (13.92, None)
    # other bases, a qualifier before the value; a value after a comma is the level reached
    assert scan("Chỉ số đạt 0,53 điểm, tăng so với cùng kỳ là 0,05 điểm.").mentions[-1].change == "up"
    assert scan("Chỉ số đạt 0,53 điểm, tăng so với năm 2022 khoảng 0,05 điểm.").mentions[-1].change == "up"
    assert scan("Số giao dịch tăng so với năm 2023, là 1,2 triệu giao dịch.").mentions[-1].change is None


# --- English pages ---------------------------------------------------------------------


def test_an_english_page_writes_thousands_with_commas():
    text = "The province has 2,361 base transceiver stations and the fibre network is 3,240 km long, with an average of 1,052 residents per station."
    assert [(m.kind, m.value) for m in scan(text).mentions][:2] == [("count", 2361), ("length", 3240)]
    # the same number on a Vietnamese page is a decimal
    assert one("Bán kính phục vụ bình quân là 1,705 km.").value == pytest.approx(1.705)


@pytest.mark.parametrize(
    "text,kind,value,denominator",
    [
        ("The province ranked 27th among the provinces and cities of the country.", "rank", 27, None),
        ("Last year the city was ranking 12th nationwide.", "rank", 12, None),
        ("The province moved into 2nd place nationwide.", "rank", 2, None),
        ("In the e-government pillar the province ranks third.", "rank", 3, None),
        ("Its digital society pillar was ranked thirty-seventh.", "rank", 37, None),
        ("The index put the city in first position nationally.", "rank", 1, None),
        ("The province is ranked No. 8 on the index.", "rank", 8, None),
        ("The province climbed 7 spots on the index.", "rank_change", 7, None),
        ("The province has dropped 4 notches on the index.", "rank_change", -4, None),
        ("The province has risen 12 places on the index since the year before.", "rank_change", 12, None),
        ("Schools in 27 out of 30 communes have fibre connections.", "count", 27, 30),
        # an ordinal in digits is a place even with no rank word before it; a change of rank in words
        ("The digital government pillar ranked 2nd, the digital economy pillar 5th.", "rank", 5, None),
        ("The province ranked 3rd, up two places from the year before.", "rank_change", 2, None),
        ("The province fell five positions on the index.", "rank_change", -5, None),
    ],
)
def test_english_ranks_rank_changes_and_fractions(text, kind, value, denominator):
    found = [m for m in scan(text).mentions if m.value == value]
    assert [(m.kind, m.value, m.denominator) for m in found] == [(kind, value, denominator)]


def test_english_ordinals_are_ranks_only_after_a_rank_word_or_before_a_place():
    assert scan("In the first place, the province trained its staff.").mentions == []
    assert scan("The first phase of the project was completed.").mentions == []
    # an ordinal in digits before what it orders is no place
    for text in (
        "It is the 5th time the province hosts the forum.",
        "The 3rd quarter saw more online dossiers.",
        "In the 2nd half of 2023, dossiers rose.",
        "The 14th National Digital Transformation Forum opened.",
        "On the 5th of May 2023, the forum opened.",
    ):
        assert all(m.kind != "rank" for m in scan(text).mentions)


def test_bare_numbers_after_levels_in_brackets_after_a_count_are_its_parts():
    text = "thành lập 1.871 tổ công nghệ số cộng đồng (cấp xã: 138, cấp thôn: 1.733) với 10.257 thành viên"
    assert [(m.kind, m.value, m.noun) for m in scan(text).mentions] == [
        ("count", 1871, "tổ công nghệ số cộng đồng"),
        ("count", 138, "tổ công nghệ số cộng đồng"),
        ("count", 1733, "tổ công nghệ số cộng đồng"),
        ("count", 10257, "thành viên"),
    ]
    # not a breakdown by other names
    text = "có 4.977 trạm BTS (Viettel 2.100, VNPT 1.500, MobiFone 1.377)"
    assert [m.kind for m in scan(text).mentions] == ["count", "plain", "plain", "plain"]


def test_tens_in_words_before_years_count_nothing():
    # "hai mươi năm qua" is twenty years (no figure), never a 2; "thứ mười năm 2023" is tenth, the year after it
    assert scan("Hai mươi năm qua, tỉnh luôn quan tâm đến công nghệ thông tin.").mentions == []
    assert [(m.kind, m.value) for m in scan("Chỉ số DTI của tỉnh đứng thứ mười năm 2023.").mentions] == [("rank", 10)]


def test_a_capitalised_vietnamese_number_word_before_a_name_is_part_of_the_name():
    # "Hai" (two) and "Ba" (three) open place names written without diacritics
    assert scan("The provinces of Hai Duong and Ba Ria cooperate on data sharing.").mentions == []
    assert mentions("Hai huyện đã hoàn thành kế hoạch.") == [("count", 2, None, None)]


def test_a_currency_written_before_its_amount():
    for text, unit, value in (
        ("a total value of VND 12.5 billion", "vnd", 12.5e9),
        ("USD 3.2 million", "usd", 3.2e6),
        ("revenue reached VND 5.2 trillion", "vnd", 5.2e12),
    ):
        [m] = scan(text).mentions
        assert (m.kind, m.unit, m.value) == ("money", unit, pytest.approx(value))


def test_an_english_density_per_hundred_people():
    [m] = scan("Mobile subscribers totalled 125 subscriptions per 100 people.").mentions
    assert (m.kind, m.value, m.unit) == ("density", 125, "per_100")


def test_an_exchange_is_no_gift():
    assert [m.value for m in scan("Sở đã trao đổi, hướng dẫn kỹ năng số cho 850 người dân").mentions] == [850]


def test_a_thousand_billion_dong_is_one_amount():
    [m] = scan("doanh thu thương mại điện tử đạt 5,2 nghìn tỷ đồng").mentions
    assert (m.kind, m.unit, m.value) == ("money", "vnd", pytest.approx(5.2e12))


@pytest.mark.parametrize(
    "text,change",
    [
        ("The number of online dossiers rose to 450,000, a 35% increase year-on-year.", "up"),
        ("Paper dossiers fell to 12,000, a 20 percent decline from 2022.", "down"),
    ],
)
def test_an_english_change_named_after_its_amount(text, change):
    [percent] = [m for m in scan(text).mentions if m.kind == "percent"]
    assert percent.change == change


@pytest.mark.parametrize(
    "text,value",
    [
        ("toàn tỉnh hiện có 3 triệu 200 nghìn thuê bao di động", 3_200_000),
        ("doanh thu đạt 2 tỷ 500 triệu đồng", 2_500_000_000),
    ],
)
def test_a_number_written_in_two_scales_is_one(text, value):
    assert [m.value for m in scan(text).mentions] == [value]


def test_two_numbers_each_with_its_scale_stay_two():
    assert [m.value for m in scan("3 triệu thuê bao di động, 200 nghìn thuê bao cố định").mentions] == [3e6, 2e5]


@pytest.mark.parametrize(
    "text,values",
    [
        # the word of change further back, with the rank it moves named after it
        ("Phấn đấu cải thiện vị trí xếp hạng chuyển đổi số so với năm trước từ 1 - 2 bậc", [1, 2]),
        ("Phấn đấu cải thiện thứ hạng DTI của tỉnh thêm 3 bậc so với năm 2023", [3]),
        ("Năm 2023 tỉnh tụt thứ hạng về chính quyền số thêm 5 bậc", [-5]),
        # a range's lower end is in the places of its upper end
        ("Phấn đấu hằng năm tăng từ 1 - 2 bậc", [1, 2]),
    ],
)
def test_places_a_rank_moves_by(text, values):
    found = [m for m in scan(text).mentions if m.kind != "plain"]
    assert [(m.kind, m.unit, m.value) for m in found] == [("rank_change", "places", v) for v in values]


def test_a_count_of_steps_with_no_rank_named_is_no_move_of_rank():
    # a word of change further back, but no rank named after it: "bậc" of something else
    text = "Tỉnh tăng đầu tư cho giáo dục vùng cao, nơi các trường học có 2 bậc học"
    assert [m.kind for m in scan(text).mentions] == ["count"]


def test_the_number_of_a_level_inside_an_english_noun_stays_in_the_noun():
    counts = scan("The city activated more than 2.38 million level 2 electronic identification accounts.").mentions
    assert [(m.value, m.noun) for m in counts] == [(2_380_000, "level 2 electronic identification accounts")]


@pytest.mark.parametrize("text", ["Tỷ lệ dân số có tài khoản thanh toán đạt 80%", "Đã có 50% dân số sử dụng VNeID"])
def test_a_share_of_the_population_is_no_population(text):
    assert [m.value for m in scan(text).mentions] in ([80], [50])


def test_a_whole_given_exactly_is_not_set_aside_as_a_base():
    # a share's whole stated exactly may be a count of its own ("98% of 12,000 dossiers"); only a rough whole is a base
    assert [m.value for m in scan("processed 98% of 12,000 dossiers on time").mentions] == [98, 12000]


def test_a_bare_of_makes_no_fraction_of_a_year_or_a_smaller_number():
    # "the 340 of 2024" (those of the year 2024), not 340 out of 2,024
    assert [(m.value, m.denominator) for m in scan("it issued 340 of 2024 certificates").mentions][0] == (340, None)
    assert [(m.value, m.denominator) for m in scan("issued 30 of 12 certificates").mentions] == [(30, None), (12, None)]


def test_english_values_before_respectively_are_a_list_only_when_joined():
    joined = scan("the rates are 87.4%, 61% and 68.3%, respectively").mentions
    assert [m.respectively for m in joined] == [(0, 3), (1, 3), (2, 3)]
    # a value with nothing joining it to the next is not in the list
    apart = scan("in 2023 the rate was 87.4% 68.3% respectively").mentions
    assert [m.respectively for m in apart] == [None, None]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Sở đã lắp đặt và cấu hình 35 camera giám sát.", 35.0),
        ("Tỉnh nhân rộng mô hình 12 xã thông minh.", 12.0),
    ],
)
def test_a_word_ending_in_hinh_is_no_figure_reference(text, value):
    # "Hình 3", "Ảnh 2": a picture's number, set aside; "cấu hình 35 camera" configures cameras, which are counted
    assert value in [m.value for m in scan(text).mentions]


def test_a_picture_number_is_set_aside():
    assert [s.text for s in scan("Hình 3. Trung tâm điều hành thông minh của tỉnh.").set_aside] == ["3"]
