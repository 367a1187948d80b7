"""Which numbers of a report are measures and which are not, as the language tells: counts of units that take part in a
system, the parts listed after a count, amounts whose currency a funding word implies, people counted by taking part;
and numbers that name a class, a selection, a page, a complement, a name or an act of reform, the figures of a
ministry, and a rank of a topic of its own. Sentences are written for these tests (none is taken from the labelled
corpus, the held-out sets or the shipped reports); expected values are read off each sentence."""

from datetime import date

from tests.test_report_context import THAI_BINH, extract

D = date(2024, 5, 10)


def found(extraction):
    """(value, indicator or None, province) of every figure kept: facts, undated and outside the catalog."""
    return sorted(
        (f.value, f.indicator_code, f.province_code)
        for f in extraction.facts + extraction.undated + extraction.uncatalogued
    )


def values(extraction):
    return sorted(v for v, _, _ in found(extraction))


def set_aside(extraction):
    return {(s.text, s.reason) for s in extraction.set_aside}


# --- measures --------------------------------------------------------------------------------------------------------


def test_units_that_take_part_in_a_system_are_counted(context):
    text = "Đến nay, 37 đơn vị đã tham gia nền tảng tiếp nhận phản ánh trực tuyến của tỉnh."
    assert values(extract(context, text, document_date=D)) == [37]
    # how many there are is no measure
    assert values(extract(context, "Tỉnh có 20 sở, ngành và 9 đơn vị hành chính cấp huyện.", document_date=D)) == []


def test_a_fraction_of_a_point_over_a_total_of_points_is_left_to_the_analyst(context):
    # "0,4120/1.000 điểm": literally 0.000412 of the 0-1 index, or 0.4120 if the total was written by mistake; either
    # reading would be a guess, so the number is kept unclaimed, not loaded
    text = "Năm 2022, điểm số chuyển đổi số trung bình cấp tỉnh là 0,4120/1.000 điểm."
    extraction = extract(context, text, document_date=D)
    assert found(extraction) == []
    assert [u.value for u in extraction.unclaimed] == [0.412]


def test_households_called_families_are_counted(context):
    text = "Hiện nay, hơn 52.000 gia đình trong tỉnh có kết nối internet cáp quang."
    assert found(extract(context, text, document_date=D)) == [(52000, None, THAI_BINH)]


def test_the_centres_of_villages_are_the_villages_counted(context):
    text = "Đến nay, 1.204/1.250 trung tâm thôn đã được phủ sóng băng rộng di động."
    assert found(extract(context, text, document_date=D)) == [(1204, "villages_mobile_broadband_count", THAI_BINH)]


def test_a_group_of_leading_provinces_named_in_english_is_a_top_n(context):
    text = "By 2026, the province strives to be in the group of 15 leading provinces in digital transformation."
    extraction = extract(context, text, document_date=D)
    assert [(f.indicator_code, f.value, f.is_target) for f in extraction.facts] == [("dti_top_n", 15, True)]
    # a group of people is no leading group
    text = "A group of 12 experts supports the province's digital transformation in 2024."
    assert "dti_top_n" not in {f.indicator_code for f in extract(context, text, document_date=D).facts}


def test_one_of_a_group_of_localities_is_no_count_of_those_taking_part(context):
    text = "Là một trong 7 địa phương tiên phong triển khai nền tảng số cộng đồng, tỉnh đã đạt nhiều kết quả."
    assert 7 not in values(extract(context, text, document_date=D))


def test_the_parts_listed_after_a_count_are_counts_too(context):
    text = (
        "Năm 2023, nền tảng tiếp nhận phản ánh trực tuyến có 150 đơn vị tham gia xử lý, bao gồm 120 cơ quan nhà nước "
        "và 30 doanh nghiệp cung cấp dịch vụ."
    )
    assert values(extract(context, text, document_date=D)) == [30, 120, 150]
    # a part must be smaller than its total: a larger number is no part of it
    larger = "Năm 2023, có 15 đơn vị tham gia hệ thống trực tuyến, bao gồm 120 cơ quan nhà nước."
    assert 120 not in values(extract(context, larger, document_date=D))


def test_a_sentence_with_a_catalog_figure_is_about_digital_transformation(context):
    # no word of digital transformation in the sentence, but its first figure is a catalog indicator's
    text = "Năm 2023, ứng dụng đã tiếp nhận trên 12.000 phản ánh với 45 đơn vị tham gia giải quyết."
    assert 45 in values(extract(context, text, document_date=D))


def test_an_amount_with_a_few_words_only_continues_the_measure_before_it(context):
    text = (
        "Năm 2023, sản lượng dịch vụ bưu chính đạt 2.100.000 bưu gửi, tăng 15% so với năm 2022.\n\n"
        "Doanh thu ước đạt 95,5 tỷ đồng."
    )
    assert 95.5e9 in values(extract(context, text, document_date=D))
    # not an amount whose clause names a subject of its own
    other = (
        "Năm 2023, sản lượng dịch vụ bưu chính đạt 2.100.000 bưu gửi.\n\n"
        "Thu hút đầu tư ngoài ngân sách của tỉnh đạt gần 900 tỷ đồng."
    )
    assert 900e9 not in values(extract(context, other, document_date=D))


def test_an_amount_without_its_currency_after_a_funding_word_is_in_dong(context):
    text = "Kinh phí bố trí hằng năm cho công nghệ thông tin của tỉnh là khoảng 25 tỷ, chiếm 0,4% tổng chi."
    extraction = extract(context, text, document_date=D)
    assert [f.unit for f in extraction.facts + extraction.uncatalogued if f.value == 25e9] == ["vnd"]
    # foreign investment, mostly counted in dollars, is not guessed to be in dong
    text = "Năm 2024, vốn FDI thu hút vào các dự án công nghệ thông tin của tỉnh đạt 150 triệu."
    assert [f for f in extract(context, text, document_date=D).uncatalogued if f.unit == "vnd"] == []


def test_people_counted_by_taking_part_or_restating_a_share_are_measures(context):
    text = "Năm 2024, tỉnh duy trì 800 tổ công nghệ số cộng đồng với sự tham gia của hơn 6.000 người."
    assert 6000 in values(extract(context, text, document_date=D))
    text = "Năm 2024, tỉnh tập huấn kỹ năng số cho 100% cán bộ cấp xã (gần 3.500 người)."
    assert 3500 in values(extract(context, text, document_date=D))


def test_postal_outlets_and_traffic_are_counted(context):
    text = "Năm 2023, mạng bưu chính có 9 đại lý, 4 văn phòng đại diện và 1.250.000 bưu gửi được chấp nhận."
    assert values(extract(context, text, document_date=D)) == [4, 9, 1_250_000]


# --- not measures ----------------------------------------------------------------------------------------------------


def test_the_class_of_a_post_office_is_no_count(context):
    extraction = extract(
        context, "Năm 2023, toàn tỉnh có 45 bưu cục cấp 2 và 3 cung cấp dịch vụ bưu chính.", document_date=D
    )
    assert values(extraction) == [45]
    assert {("2", "a class or grade of a thing"), ("3", "a class or grade of a thing")} <= set_aside(extraction)


def test_a_selection_of_the_best_is_no_count(context):
    text = "Sau hội thi chuyển đổi số năm 2024, 6 sản phẩm số xuất sắc nhất được khen thưởng."
    extraction = extract(context, text, document_date=D)
    assert values(extraction) == [] and ("6", "a selection of the best (not a count)") in set_aside(extraction)
    text = "In 2024, the 3 best apps of the digital transformation contest were awarded."
    assert values(extract(context, text, document_date=D)) == []


def test_a_page_number_is_no_figure(context):
    text = "Trang 12 - Bản tin chuyển đổi số\nP. 12\nThe province has 120 digital platforms in use."
    extraction = extract(context, text, document_date=D)
    assert 12 not in values(extraction)
    assert ("12", "a page number") in set_aside(extraction)


def test_the_complement_of_a_share_is_no_figure(context):
    text = "In 2024, 75% of households used digital payment apps, while the remaining 25% paid in cash."
    assert values(extract(context, text, document_date=D)) == [75]
    text = "Năm 2024, 75% hồ sơ được nộp trực tuyến, 25% còn lại nộp trực tiếp."
    assert values(extract(context, text, document_date=D)) == [75]


def test_the_number_in_a_name_is_no_rank(context):
    text = "In 2024, the community digital technology team of residential group No. 3 helped residents install VNeID."
    assert values(extract(context, text, document_date=D)) == []


def test_documents_a_reform_abolishes_are_no_documents_exchanged(context):
    text = "Năm 2024, tỉnh ban hành quyết định bãi bỏ 14 văn bản liên quan đến sổ hộ khẩu giấy."
    assert values(extract(context, text, document_date=D)) == []


def test_service_levels_in_english_are_no_counts(context):
    text = "In 2024, the province provided online public services at levels 3 and 4 to residents."
    assert values(extract(context, text, document_date=D)) == []


def test_a_speakers_own_deed_in_the_first_person_is_no_figure(context):
    text = "“Tôi đã tự tay hướng dẫn cho hơn 300 hộ dân cài đặt ứng dụng VNeID”, chị chia sẻ."
    assert values(extract(context, text, document_date=D)) == []
    # an agency speaking in the first person plural still reports its figures
    text = "“Chúng tôi đã số hóa 85% hồ sơ thủ tục hành chính trong năm 2024”, Giám đốc Sở cho biết."
    assert 85 in values(extract(context, text, document_date=D))


# --- whose figure, and of what ---------------------------------------------------------------------------------------


def test_a_ministry_ranked_first_is_no_provinces_figure(context):
    text = (
        "Về xếp hạng chuyển đổi số cấp bộ năm 2023, Bộ Tư pháp xếp hạng nhất, tăng 2 bậc so với năm 2022. "
        "Viện Hàn lâm Khoa học xã hội Việt Nam tiếp tục xếp hạng nhất khối không cung cấp dịch vụ công."
    )
    extraction = extract(context, text, document_date=D)
    assert found(extraction) == []
    assert sorted(u.value for u in extraction.unclaimed if "ministry" in u.reason) == [1, 1, 2]


def test_a_ministry_that_ranks_the_provinces_announces(context):
    text = "Năm 2023, Bộ Thông tin và Truyền thông xếp hạng tỉnh đứng thứ 12 cả nước về chỉ số chuyển đổi số."
    assert [(v, p) for v, _, p in found(extract(context, text, document_date=D))] == [(12, THAI_BINH)]


def test_a_rank_of_a_topic_of_its_own_is_no_index_rank(context):
    title = "Chuyển đổi số nông nghiệp: tỉnh đẩy mạnh bán nông sản qua sàn thương mại điện tử"
    text = "Tỉnh là địa phương có diện tích nuôi trồng thủy sản đứng thứ ba ở khu vực."
    assert [f for f in found(extract(context, text, title=title, document_date=D)) if f[1]] == []
    # a rank of what the index names is still the index's
    text = "Năm 2023, tỉnh đứng thứ 5 về chuyển đổi số trong khu vực."
    assert [v for v, code, _ in found(extract(context, text, title=title, document_date=D)) if code] == [5]


def test_an_english_phase_or_category_is_no_count(context):
    text = "In 2024, the IOC (phase 2) connected 35 camera systems; 45 per cent of services are in category 4."
    assert values(extract(context, text, document_date=D)) == [35, 45]


def test_a_document_number_with_a_lower_case_kind_is_no_figure(context):
    text = "Under Programme 27-CTr/TU on digital transformation, in 2024 the province digitised 85% of its records."
    assert values(extract(context, text, document_date=D)) == [85]


def test_the_parts_a_project_is_tendered_in_are_no_count(context):
    text = "In 2024, the provincial data centre project, with 18 bidding packages, connected 140 agencies online."
    assert 18 not in values(extract(context, text, document_date=D))


def test_the_most_deserving_few_are_a_selection(context):
    text = (
        "In 2024, the digital transformation award selected the 25 most outstanding applications for the final round."
    )
    assert values(extract(context, text, document_date=D)) == []


def test_equal_counts_of_one_list_are_two_figures(context):
    text = (
        "Năm 2024, tỉnh có 6 doanh nghiệp cung cấp dịch vụ viễn thông di động, 6 doanh nghiệp cung cấp dịch vụ "
        "internet băng rộng cố định."
    )
    assert values(extract(context, text, document_date=D)) == [6, 6]
    # the same count said again in another sentence is still one figure
    text = "Năm 2024, tỉnh có 2.153 trạm BTS. Như vậy, toàn tỉnh có 2.153 trạm BTS phủ sóng các thôn, bản."
    assert values(extract(context, text, document_date=D)) == [2153]
    # ... and so is a count said again with the same words in one sentence
    text = "Năm 2024, tỉnh có 40 trạm BTS mới (40 trạm BTS mới) phủ sóng các thôn."
    assert values(extract(context, text, document_date=D)) == [40]


def test_a_ministry_a_report_is_sent_to_is_not_the_figures_subject(context):
    text = (
        "Báo cáo của UBND tỉnh vừa gửi Văn phòng Chính phủ cho thấy, trong tháng 10/2025, tổng số hồ sơ thủ tục hành "
        "chính đã tiếp nhận là 52.340 hồ sơ."
    )
    assert [(v, p) for v, _, p in found(extract(context, text, document_date=D))] == [(52340, THAI_BINH)]


def test_smartphones_are_counted(context):
    text = "Năm 2024, người dân trong tỉnh sử dụng 950.000 điện thoại thông minh."
    assert values(extract(context, text, document_date=D)) == [950_000]


def test_the_threshold_of_a_condition_is_no_figure(context):
    text = (
        "Năm 2024, dịch vụ công chỉ được tính là toàn trình khi đáp ứng điều kiện tối thiểu 20% hồ sơ phát sinh trực "
        "tuyến, trong khi tỉnh có 1.150 thủ tục hành chính."
    )
    extraction = extract(context, text, document_date=D)
    assert values(extraction) == [1150]
    assert ("20", "the threshold of a condition") in set_aside(extraction)


def test_a_ministry_that_does_something_for_the_province_is_not_the_figures_subject(context):
    # the agent of a passive ("được Bộ ... phê duyệt"): the villages are the province's
    text = "Năm 2024, tỉnh được Bộ Khoa học và Công nghệ hỗ trợ kinh phí lắp đặt 12 trạm BTS tại các thôn vùng sâu."
    assert [(v, p) for v, _, p in found(extract(context, text, document_date=D))] == [(12, THAI_BINH)]


def test_a_place_among_the_provinces_highest_on_an_index_is_a_leading_group(context):
    text = "Tỉnh đặt mục tiêu nằm trong 15 tỉnh, thành phố có chỉ số chuyển đổi số cao nhất cả nước vào năm 2026."
    assert [(v, code) for v, code, _ in found(extract(context, text, document_date=D))] == [(15, "dti_top_n")]
    # one of those a grade's highest level puts together is no leading group
    text = "Tỉnh là một trong 9 tỉnh, thành phố đạt mức A, mức xếp loại cao nhất trong 5 mức độ đánh giá năm 2023."
    assert "dti_top_n" not in [code for _, code, _ in found(extract(context, text, document_date=D))]
    # nor the most of something bad
    text = "Năm 2023, tỉnh nằm trong 10 tỉnh có tỷ lệ hộ nghèo cao nhất cả nước."
    title = "Chỉ số chuyển đổi số cấp tỉnh năm 2023"
    assert "dti_top_n" not in [code for _, code, _ in found(extract(context, text, title=title, document_date=D))]


def test_a_smart_citys_equipment_is_counted(context):
    text = "Năm 2025, đề án đô thị thông minh trang bị 14 drone giám sát và 36 cảm biến quan trắc môi trường."
    assert values(extract(context, text, document_date=D)) == [14, 36]


def test_a_villages_households_and_people_are_its_population(context):
    text = "Thôn Đồng Tâm có 86 hộ với 352 nhân khẩu; năm 2024, thôn đã được phủ sóng di động 4G và cáp quang."
    extraction = extract(context, text, document_date=D)
    assert not {86, 352} & set(values(extraction))
    assert {("86", "the population (a base)"), ("352", "the population (a base)")} <= set_aside(extraction)
    # people whose records a data campaign handles are counted
    text = "Năm 2024, Công an tỉnh làm sạch dữ liệu 5.200 nhân khẩu trên hệ thống định danh điện tử."
    assert 5200 in values(extract(context, text, document_date=D))
    assert {("86", "the population (a base)"), ("352", "the population (a base)")} <= set_aside(extraction)


# --- guards: what these rules must leave alone -----------------------------------------------------------------------

DTI_TITLE = "Công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023"


def test_a_rank_of_the_assessments_own_words_is_still_the_index_rank(context):
    for text in (
        "Năm 2023, tỉnh có kết quả đánh giá đứng thứ 15 cả nước.",
        "Năm 2023, tỉnh có tổng điểm đứng thứ 12 cả nước, tăng 3 bậc.",
    ):
        codes = [code for _, code, _ in found(extract(context, text, title=DTI_TITLE, document_date=D))]
        assert "dti_rank" in codes, text


def test_an_official_speaking_in_the_first_person_reports_the_provinces_figures(context):
    text = "Giám đốc Sở cho biết: Tôi xin thông tin, đến nay toàn tỉnh đã có 1.482 tổ công nghệ số cộng đồng."
    assert 1482 in values(extract(context, text, document_date=D))


def test_a_class_names_no_count_after_it(context):
    text = "Năm 2023, toàn tỉnh có 01 bưu cục cấp 1, 8 bưu cục cấp 2 và 35 bưu cục cấp 3."
    assert values(extract(context, text, document_date=D)) == [1, 8, 35]


def test_a_rank_borrowed_from_the_title_makes_no_other_figure_a_measure(context):
    text = "Năm 2023, tỉnh xếp thứ 12 cả nước, thu hút 45 dự án đầu tư với tổng vốn 3.200 tỷ đồng."
    assert 3.2e12 not in values(extract(context, text, title=DTI_TITLE, document_date=D))


def test_the_budget_after_a_measure_is_no_measure(context):
    text = "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 65%.\n\nTổng thu ngân sách đạt 9.500 tỷ đồng."
    assert 9.5e12 not in values(extract(context, text, document_date=D))


def test_another_plans_completion_rate_is_no_continuation(context):
    text = "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 65%. Tỷ lệ hoàn thành mục tiêu giảm nghèo đạt 98%."
    assert not {98, -98} & set(values(extract(context, text, document_date=D)))


def test_paper_documents_an_electronic_system_replaces_are_counted(context):
    text = "Năm 2024, hệ thống quản lý văn bản điện tử thay thế 850 văn bản giấy mỗi tháng."
    assert 850 in values(extract(context, text, document_date=D))


def test_a_count_after_this_phase_is_a_count(context):
    text = "During this phase 35 communes were connected to the provincial data network in 2024."
    assert 35 in values(extract(context, text, document_date=D))


def test_a_count_said_again_shorter_in_brackets_is_one_figure(context):
    text = "Năm 2024, toàn tỉnh có 1.482 tổ công nghệ số cộng đồng (1.482 tổ với 7.410 thành viên)."
    assert values(extract(context, text, document_date=D)).count(1482) == 1


def test_units_set_up_by_law_are_no_units_taking_part(context):
    text = "Năm 2024, tỉnh có 65 đơn vị hành chính cấp xã được thành lập theo nghị quyết, vận hành chính quyền số."
    assert 65 not in values(extract(context, text, document_date=D))


def test_a_ministry_ranked_highest_keeps_its_own_figure(context):
    text = "Năm 2023, Bộ Tư pháp xếp hạng cao nhất với 92,5% hồ sơ trực tuyến."
    assert [f for f in found(extract(context, text, document_date=D)) if f[2] == THAI_BINH] == []


def test_a_part_must_count_what_its_total_counts(context):
    text = "Năm 2023, hệ thống tiếp nhận 58.000 phản ánh trực tuyến, trong đó có 45 đơn vị xử lý chậm."
    assert 45 not in values(extract(context, text, document_date=D))


def test_first_among_the_provinces_keeps_its_field_set_aside(context):
    text = "Năm 2023, tỉnh đứng thứ 1 trong 63 tỉnh về tỷ lệ hồ sơ trực tuyến."
    assert 63 not in values(extract(context, text, document_date=D))


def test_parcels_are_no_bidding_packages(context):
    text = "In 2024, the provincial post office delivered 1,250,000 packages for online shoppers."
    assert 1_250_000 in values(extract(context, text, document_date=D))


def test_capitals_of_a_headline_are_no_abbreviation(context):
    text = "KHÔNG AI BỊ BỎ LẠI: 500 HỘ NGHÈO ĐƯỢC TẶNG QUÀ TẾT"
    assert values(extract(context, text, document_date=D)) == []


def test_a_place_compared_with_owns_the_figure_in_its_own_bracket(context):
    text = (
        "Năm 2024, tốc độ băng rộng cố định của tỉnh vượt xa các địa phương như Cần Thơ (tốc độ tải xuống 88,5 Mbps)."
    )
    can_tho = context.resolver.resolve("Cần Thơ", 63)
    assert [(v, p) for v, _, p in found(extract(context, text, document_date=D))] == [(88.5, can_tho)]


def test_the_place_a_multiple_is_taken_of_is_no_owner(context):
    text = (
        "Năm 2024, tốc độ Internet cố định của tỉnh đạt 210 Mbps, nhanh gấp 2,2 lần Cần Thơ, gấp 1,8 lần Hải Phòng và "
        "gấp 2,4 lần Huế."
    )
    multiples = [(v, p) for v, _, p in found(extract(context, text, document_date=D)) if v < 3]
    assert multiples == [(1.8, THAI_BINH), (2.2, THAI_BINH), (2.4, THAI_BINH)]


def test_a_count_after_the_word_for_number_of_is_still_a_count(context):
    # "số hộ" (the number of households) written after the count: the households are still what it counts
    text = "Năm 2023, có 125.400 số hộ sản xuất nông nghiệp được đào tạo kỹ năng số."
    assert found(extract(context, text, document_date=D)) == [(125400, None, THAI_BINH)]
