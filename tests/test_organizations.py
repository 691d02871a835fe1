"""Body names: where they end in a sentence, and the full name a short mention stands for in its article."""

from loaders.document import Document, Sentence
from loaders.organizations import bodies_in, body_end, build_context, resolve_organization, span_text
from loaders.tokens import tokenize


def _ctx(*sentences: str):
    return build_context(
        Document(
            source="t.txt",
            text="\n".join(sentences),
            title=sentences[0],
            sentences=[Sentence(i, s) for i, s in enumerate(sentences)],
        )
    )


def _body(sentence: str) -> str:
    tokens = tokenize(sentence, tag=True)
    return span_text(tokens, 0, body_end(tokens, 0))


def test_body_ends_before_the_verb():
    assert _body("Đảng ủy Bộ Kế hoạch và Đầu tư tổ chức hội nghị") == "Đảng ủy Bộ Kế hoạch và Đầu tư"
    assert (
        _body("Trường Đại học Giao thông vận tải khai giảng năm học mới")
        == "Trường Đại học Giao thông vận tải"
    )


def test_body_keeps_lower_case_words_of_its_name():
    assert _body("Ủy ban nhân dân tỉnh Sơn La phát động phong trào") == "Ủy ban nhân dân tỉnh Sơn La"
    assert _body("Đảng ủy Khối các cơ quan tỉnh đã ban hành kế hoạch") == "Đảng ủy Khối các cơ quan tỉnh"


def test_body_with_a_comma_inside_its_name():
    assert (
        _body("Đảng ủy Khối các trường Đại học, Cao đẳng Đà Nẵng.")
        == "Đảng ủy Khối các trường Đại học, Cao đẳng Đà Nẵng"
    )


def test_short_committee_resolved_to_the_one_named_in_full():
    ctx = _ctx("Đảng ủy Bộ Y tế tổ chức hội nghị.", "Đảng ủy Bộ đã chỉ đạo sát sao.")
    assert ctx.main_party_body == "Đảng ủy Bộ Y tế"
    assert resolve_organization("Đảng ủy Bộ", ctx) == "Đảng ủy Bộ Y tế"
    assert resolve_organization("Ban Thường vụ", ctx) == "Ban Thường vụ Đảng ủy Bộ Y tế"
    assert resolve_organization("Ban Chấp hành", ctx) == "Ban Chấp hành Đảng bộ Bộ Y tế"
    assert resolve_organization("Ban Tổ chức Đảng ủy Bộ", ctx) == "Ban Tổ chức Đảng ủy Bộ Y tế"
    assert ctx.main_party_organization == "Đảng bộ Bộ Y tế"


def test_province_committee_takes_the_article_province():
    ctx = _ctx("Tỉnh ủy Quảng Ninh tổ chức hội nghị.", "Ban Thường vụ Tỉnh ủy Quảng Ninh kết luận.")
    assert resolve_organization("Tỉnh ủy", ctx) == "Tỉnh ủy Quảng Ninh"
    assert resolve_organization("Ban Tổ chức Tỉnh ủy", ctx) == "Ban Tổ chức Tỉnh ủy Quảng Ninh"
    assert resolve_organization("Đảng bộ tỉnh", ctx) == "Đảng bộ tỉnh Quảng Ninh"


def test_national_bodies_have_one_name():
    ctx = _ctx("Hội nghị trực tuyến toàn quốc.")
    assert resolve_organization("Trung ương Đảng", ctx) == "Ban Chấp hành Trung ương Đảng"
    assert resolve_organization("Ban Bí thư Trung ương Đảng", ctx) == "Ban Bí thư"
    assert resolve_organization("Ban Tổ chức Trung ương", ctx) == "Ban Tổ chức Trung ương"


def test_acronym_spelled_out_in_the_article():
    ctx = _ctx(
        "Đại hội Đảng bộ Tổng công ty Hàng hải Việt Nam lần thứ IV.", "Đảng ủy TCT HHVN đã chuẩn bị chu đáo."
    )
    assert ctx.acronyms.get("HHVN") == "Hàng hải Việt Nam"


def test_chain_unit_gives_the_bare_committee_its_unit():
    ctx = _ctx("Hội nghị tổng kết năm.")
    assert (
        resolve_organization("Đảng ủy", ctx, chain_unit="Bộ đội Biên phòng tỉnh Kiên Giang")
        == "Đảng ủy Bộ đội Biên phòng tỉnh Kiên Giang"
    )


def test_old_tone_marks_resolve_the_same():
    ctx = _ctx("Đảng uỷ Bộ Nông nghiệp và Phát triển nông thôn họp phiên thường kỳ.")
    assert resolve_organization("Đảng ủy Bộ", ctx) == "Đảng ủy Bộ Nông nghiệp và Phát triển nông thôn"


def test_bare_province_level_takes_a_province_not_a_city():
    ctx = _ctx(
        "Đoàn công tác của Thành ủy Hà Nội làm việc tại Hà Nội.",
        "Hội nghị diễn ra tại Hà Nội, Tỉnh ủy Hưng Yên cử đại diện tham dự.",
    )
    assert resolve_organization("Hội Nông dân tỉnh", ctx) == "Hội Nông dân tỉnh Hưng Yên"
    assert resolve_organization("Thành ủy", ctx) == "Thành ủy Hà Nội"
    assert resolve_organization("Tỉnh ủy", ctx) == "Tỉnh ủy Hưng Yên"


def test_acronym_defined_in_brackets_after_a_unit():
    ctx = _ctx(
        "Đảng bộ Tổng công ty Lương thực miền Nam (VINAFOOD2) tổ chức đại hội.",
        "Đồng chí Lê Văn Hà được bầu giữ chức Bí thư Đảng ủy VINAFOOD2.",
    )
    assert resolve_organization("Đảng ủy VINAFOOD2", ctx) == "Đảng ủy Tổng công ty Lương thực miền Nam"


def test_bare_local_level_takes_the_district_or_commune_the_article_names():
    ctx = _ctx(
        "Đảng bộ huyện Tam Nông tổ chức đại hội đại biểu tại hội trường Huyện ủy Tam Nông.",
        "Các đại biểu của xã Phú Cường và xã Phú Cường đến sớm; huyện Tháp Mười cử đoàn dự.",
    )
    assert resolve_organization("Huyện ủy", ctx) == "Huyện ủy Tam Nông"
    assert resolve_organization("Ủy ban nhân dân huyện", ctx) == "Ủy ban nhân dân huyện Tam Nông"
    assert resolve_organization("Hội Nông dân huyện", ctx) == "Hội Nông dân huyện Tam Nông"
    assert resolve_organization("UBND xã", ctx) == "Ủy ban nhân dân xã Phú Cường"
    assert resolve_organization("Huyện đoàn", ctx) == "Huyện đoàn Tam Nông"


def test_a_level_head_ending_a_line_takes_no_place_from_the_next_line():
    ctx = _ctx(
        "Tin hoạt động của Huyện ủy",
        "Hội nghị sơ kết công tác quý III được tổ chức tại hội trường.",
        "Ngày 3/10, Huyện ủy Phong Điền tổ chức hội nghị sơ kết.",
        "Huyện Phong Điền hoàn thành chỉ tiêu thu ngân sách.",
    )
    assert resolve_organization("Huyện ủy", ctx) == "Huyện ủy Phong Điền"
    assert resolve_organization("Ủy ban nhân dân huyện", ctx) == "Ủy ban nhân dân huyện Phong Điền"


def test_a_commune_body_is_not_the_district_body_of_the_same_name():
    ctx = _ctx(
        "Ông Hà Văn Lộc, Chủ tịch UBND huyện Bảo Thắng phát biểu.",
        "Bà Lò Thị Duyên, Chủ tịch UBND xã báo cáo.",
    )
    assert resolve_organization("Ủy ban nhân dân xã", ctx) == "Ủy ban nhân dân xã"


def test_youth_union_committee_of_the_province():
    ctx = _ctx("Tỉnh đoàn Sóc Trăng phát động tháng thanh niên.")
    assert resolve_organization("Tỉnh đoàn", ctx) == "Tỉnh đoàn Sóc Trăng"


def test_cung_after_a_body_starts_the_rest_of_the_sentence():
    assert bodies_in("Dự có đồng chí Lê Văn Tư, Chủ tịch Ủy ban nhân dân tỉnh cùng 300 đại biểu.") == [
        "Ủy ban nhân dân tỉnh"
    ]


def test_ho_chi_minh_city_bodies_write_the_city_out():
    ctx = _ctx("Thành ủy TP.HCM tổ chức hội nghị; UBND TP.HCM báo cáo.")
    assert resolve_organization("Thành ủy TP.HCM", ctx) == "Thành ủy Thành phố Hồ Chí Minh"
    assert resolve_organization("Thành ủy", ctx) == "Thành ủy Thành phố Hồ Chí Minh"
    assert resolve_organization("UBND TP.HCM", ctx) == "Ủy ban nhân dân Thành phố Hồ Chí Minh"


def test_a_numbered_district_keeps_its_level_word():
    ctx = _ctx("Quận ủy Quận 3 họp phiên thường kỳ.")
    assert resolve_organization("Quận ủy Quận 3", ctx) == "Quận ủy Quận 3"
    assert resolve_organization("Quận ủy quận Bình Thạnh", ctx) == "Quận ủy Bình Thạnh"


def test_acronym_in_brackets_after_a_board_of_the_unit_s_committee():
    ctx = _ctx("Ban Thường vụ Đảng ủy Tổng công ty Hàng hải Việt Nam (VIMC) họp phiên thường kỳ.")
    assert ctx.acronyms.get("VIMC") == "Tổng công ty Hàng hải Việt Nam"


def test_the_central_party_office_keeps_dang_in_its_name():
    ctx = _ctx("Văn phòng Trung ương Đảng tổ chức hội nghị tổng kết.")
    assert resolve_organization("Văn phòng Trung ương", ctx) == "Văn phòng Trung ương Đảng"
    assert resolve_organization("Văn phòng Trung ương Đảng", ctx) == "Văn phòng Trung ương Đảng"


def test_a_military_command_s_bare_committee_is_named_after_the_force():
    ctx = _ctx("Đảng bộ Quân sự tỉnh Kon Tum tổng kết công tác năm.")
    assert (
        resolve_organization("Đảng ủy", ctx, chain_unit="Bộ Chỉ huy Quân sự tỉnh Kon Tum")
        == "Đảng ủy Quân sự tỉnh Kon Tum"
    )
    police = resolve_organization("Đảng ủy", ctx, chain_unit="Công an tỉnh Kon Tum")
    assert police == "Đảng ủy Công an tỉnh Kon Tum"


def test_a_body_ending_in_a_bare_unit_head_is_the_article_unit_s():
    ctx = _ctx("Đảng ủy Tổng công ty Lương thực miền Bắc tổ chức hội nghị.")
    board = resolve_organization("Ban Kiểm soát Tổng công ty", ctx)
    assert board == "Ban Kiểm soát Tổng công ty Lương thực miền Bắc"
    # Not the head of this article's unit: left as written.
    assert resolve_organization("Ban Kiểm soát Tập đoàn", ctx) == "Ban Kiểm soát Tập đoàn"


def test_lower_case_words_of_the_head_do_not_count_against_the_name():
    assert _body("Đảng ủy các cơ quan Đảng tỉnh phát biểu khai mạc") == "Đảng ủy các cơ quan Đảng tỉnh"
    central = _body("Đảng bộ các cơ quan Đảng Trung ương tổ chức hội nghị")
    assert central == "Đảng bộ các cơ quan Đảng Trung ương"
