"""Posts: chains of titles, titles before and after names, lists, appointments, terms, dates."""

from loaders.document import Document, Sentence
from loaders.people import extract_people


def _doc(
    *sentences: str, published: str | None = "2023-10-20", dates: dict[int, str] | None = None
) -> Document:
    dates = dates or {}
    return Document(
        source="t.txt",
        text="\n".join(sentences),
        title=sentences[0],
        published=published,
        sentences=[Sentence(i, s, dates.get(i)) for i, s in enumerate(sentences)],
    )


def _posts(*sentences: str, **kw) -> set[tuple[str, str, str]]:
    return {
        (p["person"], p["title"], p["organization"]) for p in extract_people(_doc(*sentences, **kw))["posts"]
    }


def test_name_then_chain_gives_one_post_per_title():
    posts = _posts(
        "Đồng chí Lê Minh Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Yên Thành phát biểu.",
        "Đại hội Đảng bộ tỉnh Nghệ An lần thứ XX diễn ra trang trọng.",
    )
    assert posts == {
        ("Lê Minh Hải", "Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An"),
        ("Lê Minh Hải", "Bí thư", "Huyện ủy Yên Thành"),
    }


def test_chain_before_the_name():
    posts = _posts("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Hà Quang Vinh chủ trì hội nghị.")
    assert posts == {
        ("Hà Quang Vinh", "Ủy viên", "Bộ Chính trị"),
        ("Hà Quang Vinh", "Thường trực", "Ban Bí thư"),
    }


def test_dash_separated_chain():
    posts = _posts(
        "Đồng chí Phan Đức Toàn – Phó Bí thư Đảng ủy Tập đoàn Dầu khí Việt Nam – Tổng Giám đốc Tập đoàn "
        "Dầu khí Việt Nam trình bày báo cáo."
    )
    assert posts == {
        ("Phan Đức Toàn", "Phó Bí thư", "Đảng ủy Tập đoàn Dầu khí Việt Nam"),
        ("Phan Đức Toàn", "Tổng Giám đốc", "Tập đoàn Dầu khí Việt Nam"),
    }


def test_title_over_a_list_applies_to_each_name():
    posts = _posts(
        "Đảng ủy Bộ Tài chính tổ chức hội nghị sơ kết.",
        "Dự hội nghị có các đồng chí Thứ trưởng: Võ Thành Hưng, Đỗ Thị Lan và Cao Anh Tuấn.",
    )
    assert posts == {
        (n, "Thứ trưởng", "Bộ Tài chính") for n in ("Võ Thành Hưng", "Đỗ Thị Lan", "Cao Anh Tuấn")
    }


def test_national_bodies_are_canonical():
    posts = _posts(
        "Tổng Bí thư, Chủ tịch nước Lâm Quốc Thịnh gửi thư chúc mừng.",
        "Đồng chí Kiều Văn Bình, Ủy viên Trung ương Đảng khóa XIII, Bí thư Trung ương Đảng dự lễ.",
    )
    assert posts == {
        ("Lâm Quốc Thịnh", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"),
        ("Lâm Quốc Thịnh", "Chủ tịch nước", "Nhà nước"),
        ("Kiều Văn Bình", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
        ("Kiều Văn Bình", "Bí thư", "Ban Bí thư"),
    }


def test_term_qualifier_goes_in_term():
    facts = extract_people(_doc("Đồng chí Kiều Văn Bình, Ủy viên Trung ương Đảng khóa XIII phát biểu."))
    assert [(p["title"], p.get("term")) for p in facts["posts"]] == [("Ủy viên", 13)]


def test_ministry_post_without_bo():
    posts = _posts("Bộ trưởng Tài chính Hồ Đức Phớc làm việc với tỉnh Bình Định.")
    assert posts == {("Hồ Đức Phớc", "Bộ trưởng", "Bộ Tài chính")}


def test_short_committee_names_resolved_from_the_article():
    posts = _posts(
        "Đảng ủy Bộ Tư pháp tổ chức hội nghị quý III.",
        "Đồng chí Trịnh Hữu Nghĩa, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Đảng ủy Bộ báo cáo.",
    )
    assert posts == {
        ("Trịnh Hữu Nghĩa", "Ủy viên", "Ban Thường vụ Đảng ủy Bộ Tư pháp"),
        ("Trịnh Hữu Nghĩa", "Trưởng ban", "Ban Tuyên giáo Đảng ủy Bộ Tư pháp"),
    }


def test_bare_party_committee_takes_the_unit_named_in_the_chain():
    posts = _posts("Đại tá Ngô Quang Vũ, Bí thư Đảng ủy, Giám đốc Công an tỉnh Hà Tĩnh phát biểu.")
    assert posts == {
        ("Ngô Quang Vũ", "Bí thư", "Đảng ủy Công an tỉnh Hà Tĩnh"),
        ("Ngô Quang Vũ", "Giám đốc", "Công an tỉnh Hà Tĩnh"),
    }


def test_appointment_gives_the_post_to_the_name_before():
    posts = _posts(
        "Đại hội Chi bộ Trường Tiểu học Kim Đồng đã thành công.",
        "Đồng chí Lưu Thị Hạnh được bầu giữ chức Bí thư Chi bộ Trường Tiểu học Kim Đồng.",
    )
    assert posts == {("Lưu Thị Hạnh", "Bí thư", "Chi bộ Trường Tiểu học Kim Đồng")}


def test_former_post_is_not_held():
    assert _posts("Nguyên Bí thư Tỉnh ủy Đồng Tháp Lê Vĩnh Tân dự lễ.") == set()


def test_abbreviated_boards_are_written_out():
    posts = _posts(
        "Đại hội Đảng bộ Trường Đại học Kinh tế quốc dân lần thứ XXX khai mạc.",
        "Đồng chí Bạch Ngọc Lan - Ủy viên BTV Đảng ủy, Chủ nhiệm UBKT Đảng ủy điều hành.",
    )
    assert posts == {
        ("Bạch Ngọc Lan", "Ủy viên", "Ban Thường vụ Đảng ủy Trường Đại học Kinh tế quốc dân"),
        ("Bạch Ngọc Lan", "Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy Trường Đại học Kinh tế quốc dân"),
    }


def test_post_date_is_the_event_date_else_publication_and_evidence_is_the_sentence():
    sentences = (
        "Đồng chí Châu Văn Lâm, Bí thư Tỉnh ủy Tuyên Quang dự.",
        "Ông Đặng Quốc Khánh, Bí thư Tỉnh ủy Hà Giang phát biểu.",
    )
    posts = extract_people(_doc(*sentences, dates={0: "2023-10-18"}))["posts"]
    assert [(p["date"], p["evidence"]) for p in posts] == [
        ("2023-10-18", sentences[0]),
        ("2023-10-20", sentences[1]),
    ]


def test_each_post_once():
    facts = extract_people(
        _doc(
            "Bí thư Tỉnh ủy Cà Mau Nguyễn Tiến Hải phát biểu.",
            "Bí thư Tỉnh ủy Cà Mau Nguyễn Tiến Hải trao quà.",
        )
    )
    assert len(facts["posts"]) == 1
    assert facts["organizations"] == [{"name": "Tỉnh ủy Cà Mau"}]


def test_bare_unit_takes_the_unit_named_in_full():
    posts = _posts(
        "Đảng bộ Tổng công ty Cảng hàng không Việt Nam tổ chức đại hội lần thứ II.",
        "Đ/c Vũ Thế Phiệt, Bí thư Đảng ủy, Chủ tịch HĐQT Tổng công ty phát biểu khai mạc.",
    )
    assert posts == {
        ("Vũ Thế Phiệt", "Bí thư", "Đảng ủy Tổng công ty Cảng hàng không Việt Nam"),
        ("Vũ Thế Phiệt", "Chủ tịch HĐQT", "Tổng công ty Cảng hàng không Việt Nam"),
    }


def test_two_people_joined_by_and_keep_their_own_titles():
    posts = _posts(
        "GS.TS Trịnh Quốc Dũng, Giám đốc Bệnh viện Chợ Rẫy và PGS.TS Lương Ngọc Bảo, Thứ trưởng Bộ Y tế dự."
    )
    assert posts == {
        ("Trịnh Quốc Dũng", "Giám đốc", "Bệnh viện Chợ Rẫy"),
        ("Lương Ngọc Bảo", "Thứ trưởng", "Bộ Y tế"),
    }


def test_list_under_a_board_gives_each_member():
    facts = extract_people(
        _doc("Cùng dự có các đồng chí trong Ban Thường vụ Tỉnh ủy Gia Lai: Hồ Văn Điềm, Rah Lan Chung.")
    )
    assert {(p["person"], p["title"], p["organization"]) for p in facts["posts"]} == {
        ("Hồ Văn Điềm", "Ủy viên", "Ban Thường vụ Tỉnh ủy Gia Lai"),
        ("Rah Lan Chung", "Ủy viên", "Ban Thường vụ Tỉnh ủy Gia Lai"),
    }
    assert [p["name"] for p in facts["persons"]] == ["Hồ Văn Điềm", "Rah Lan Chung"]


def test_re_election_cue():
    posts = _posts(
        "Đại tá Lương Văn Kiên tái đắc cử Bí thư Đảng ủy Công an tỉnh Yên Bái nhiệm kỳ 2020 - 2025."
    )
    assert posts == {("Lương Văn Kiên", "Bí thư", "Đảng ủy Công an tỉnh Yên Bái")}


def test_qualifier_after_a_title_does_not_end_the_chain():
    posts = _posts(
        "Thượng tướng Đỗ Văn Lâm, Tổng Tham mưu trưởng QĐND Việt Nam, Thứ trưởng Bộ Quốc phòng dự lễ."
    )
    assert ("Đỗ Văn Lâm", "Thứ trưởng", "Bộ Quốc phòng") in posts


def test_provincial_department_takes_the_province():
    posts = _posts("Tỉnh ủy Sóc Trăng tổ chức hội nghị.", "Giám đốc Sở Tài chính Lý Minh Đức báo cáo.")
    assert posts == {("Lý Minh Đức", "Giám đốc", "Sở Tài chính tỉnh Sóc Trăng")}


def test_commune_committee_takes_the_commune_the_sentence_names():
    posts = _posts("Tại xã Hòa Bắc, đồng chí Lê Văn Tám, Bí thư Đảng ủy xã cho biết đã hoàn thành kế hoạch.")
    assert posts == {("Lê Văn Tám", "Bí thư", "Đảng ủy xã Hòa Bắc")}


def test_village_name_before_a_person_is_part_of_the_body():
    posts = _posts("Bí thư Chi bộ thôn Đồng Tâm Trần Thị Lụa chia sẻ kinh nghiệm.")
    assert posts == {("Trần Thị Lụa", "Bí thư", "Chi bộ thôn Đồng Tâm")}


def test_dash_inside_an_enterprise_name():
    posts = _posts("Đồng chí Phùng Văn Sáu, Tổng Giám đốc Tập đoàn Hóa chất - Phân bón Miền Nam phát biểu.")
    assert posts == {("Phùng Văn Sáu", "Tổng Giám đốc", "Tập đoàn Hóa chất - Phân bón Miền Nam")}


def test_former_post_after_tung_is_not_held():
    assert _posts("Đồng chí Mạc Văn Tùng từng giữ chức Phó Giám đốc Sở Xây dựng tỉnh Lào Cai.") == set()


def test_unit_named_without_a_head_between_title_and_name():
    posts = _posts("Tổng Giám đốc Viglacera Nguyễn Anh Tuấn trao thưởng cho các chi bộ.")
    assert posts == {("Nguyễn Anh Tuấn", "Tổng Giám đốc", "Viglacera")}


def test_name_with_two_family_names():
    posts = _posts("Đồng chí Lương Nguyễn Minh Triết, Bí thư Tỉnh ủy Quảng Nam phát biểu.")
    assert posts == {("Lương Nguyễn Minh Triết", "Bí thư", "Tỉnh ủy Quảng Nam")}


def test_youth_union_and_inspectorate_titles():
    posts = _posts(
        "Đồng chí Đoàn Văn Thái, Bí thư Thứ nhất Trung ương Đoàn dự lễ.",
        "Chánh Thanh tra tỉnh Bình Phước Hà Văn Chung và Tổng Biên tập Báo Nhân Dân Lê Văn Khôi cùng dự.",
    )
    assert posts == {
        ("Đoàn Văn Thái", "Bí thư Thứ nhất", "Trung ương Đoàn"),
        ("Hà Văn Chung", "Chánh Thanh tra", "Thanh tra tỉnh Bình Phước"),
        ("Lê Văn Khôi", "Tổng Biên tập", "Báo Nhân Dân"),
    }


def test_lower_case_single_head_word_after_a_title_is_not_a_body():
    posts = _posts(
        "Đại hội Chi bộ Trường Tiểu học Phú Lâm nhiệm kỳ 2025 - 2027.",
        "Đồng chí Kha Văn Bảy, Hiệu trưởng báo cáo kết quả năm học.",
    )
    assert posts == {("Kha Văn Bảy", "Hiệu trưởng", "Trường Tiểu học Phú Lâm")}


def test_bare_district_bodies_in_a_district_article():
    posts = _posts(
        "Đảng bộ huyện Tam Nông (tỉnh Đồng Tháp) tổ chức Đại hội đại biểu lần thứ XIII.",
        "Đồng chí Võ Thị Mỹ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện trình bày báo cáo; "
        "anh Trần Quốc Nam, Bí thư Huyện đoàn tham luận.",
    )
    assert posts == {
        ("Võ Thị Mỹ", "Phó Bí thư", "Huyện ủy Tam Nông"),
        ("Võ Thị Mỹ", "Chủ tịch", "Ủy ban nhân dân huyện Tam Nông"),
        ("Trần Quốc Nam", "Bí thư", "Huyện đoàn Tam Nông"),
    }


def test_a_title_list_ends_at_the_semicolon_after_its_last_name():
    posts = _posts(
        "Đảng ủy Bộ Y tế tổ chức hội nghị.",
        "Dự có các đồng chí Thứ trưởng: Đoàn Văn Hậu, Lê Thị Bình và Mạc Văn Tú; "
        "đồng chí Chu Minh Đạo, Phó Bí thư Đảng ủy Khối các cơ quan Trung ương.",
    )
    assert posts == {
        ("Đoàn Văn Hậu", "Thứ trưởng", "Bộ Y tế"),
        ("Lê Thị Bình", "Thứ trưởng", "Bộ Y tế"),
        ("Mạc Văn Tú", "Thứ trưởng", "Bộ Y tế"),
        ("Chu Minh Đạo", "Phó Bí thư", "Đảng ủy Khối các cơ quan Trung ương"),
    }


def test_an_appointment_after_two_joined_names_elects_both():
    posts = _posts(
        "Đại hội Đảng bộ tỉnh Phú Yên lần thứ XVII bế mạc.",
        "Các đồng chí Tạ Văn Khiêm và Lưu Thị Ngà được bầu giữ chức Phó Bí thư Tỉnh ủy.",
    )
    assert posts == {
        ("Tạ Văn Khiêm", "Phó Bí thư", "Tỉnh ủy Phú Yên"),
        ("Lưu Thị Ngà", "Phó Bí thư", "Tỉnh ủy Phú Yên"),
    }


def test_a_bare_standing_board_belongs_to_the_committee_a_later_board_names():
    posts = _posts(
        "Đảng bộ Tổng công ty Đường sắt Việt Nam tổ chức đại hội.",
        "Dự có đồng chí Kha Văn Lượng, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối "
        "Doanh nghiệp Trung ương.",
    )
    assert posts == {
        ("Kha Văn Lượng", "Ủy viên", "Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương"),
        ("Kha Văn Lượng", "Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy Khối Doanh nghiệp Trung ương"),
    }


def test_party_group_of_a_mass_organisation_and_its_central_committee():
    posts = _posts(
        "Đảng đoàn Hội Cựu chiến binh Việt Nam tổ chức hội nghị.",
        "Đồng chí Tôn Thất Bảo, Bí thư Đảng đoàn, Chủ tịch Hội Cựu chiến binh Việt Nam chủ trì; "
        "cùng dự có các đồng chí Phó Chủ tịch Trung ương Hội: Khúc Văn Lâm, Lý Thị Hoa.",
    )
    assert posts == {
        ("Tôn Thất Bảo", "Bí thư", "Đảng đoàn Hội Cựu chiến binh Việt Nam"),
        ("Tôn Thất Bảo", "Chủ tịch", "Hội Cựu chiến binh Việt Nam"),
        ("Khúc Văn Lâm", "Phó Chủ tịch", "Trung ương Hội Cựu chiến binh Việt Nam"),
        ("Lý Thị Hoa", "Phó Chủ tịch", "Trung ương Hội Cựu chiến binh Việt Nam"),
    }


def test_head_of_the_provincial_delegation_of_deputies():
    posts = _posts(
        "Đồng chí Vũ Văn Sơn, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Tuyên Quang dự hội nghị.",
        "Đồng chí Hầu Minh Lợi, Phó Trưởng Đoàn ĐBQH tỉnh phát biểu.",
    )
    assert ("Vũ Văn Sơn", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Tuyên Quang") in posts
    assert ("Hầu Minh Lợi", "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Tuyên Quang") in posts


def test_a_council_board_with_a_dash_in_its_name():
    posts = _posts(
        "Kỳ họp HĐND tỉnh Gia Lai khai mạc.",
        "Đồng chí Rơ Mah Tuân, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh trình bày báo cáo thẩm tra.",
    )
    board = "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Gia Lai"
    assert posts == {("Rơ Mah Tuân", "Phó Trưởng ban", board)}


def test_joining_a_committee_s_boards_makes_a_member_of_each():
    posts = _posts(
        "Bộ Chính trị điều động, chỉ định đồng chí Lương Văn Kiên, Phó Trưởng Ban Tổ chức Trung ương, "
        "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Cao Bằng nhiệm kỳ 2020-2025.",
        "Đồng chí Nông Văn Pha, Bí thư Tỉnh ủy Cao Bằng thôi tham gia Ban Chấp hành, Ban Thường vụ "
        "để nghỉ hưu.",
    )
    assert posts == {
        ("Lương Văn Kiên", "Phó Trưởng ban", "Ban Tổ chức Trung ương"),
        ("Lương Văn Kiên", "Ủy viên", "Tỉnh ủy Cao Bằng"),
        ("Lương Văn Kiên", "Ủy viên", "Ban Thường vụ Tỉnh ủy Cao Bằng"),
        ("Lương Văn Kiên", "Bí thư", "Tỉnh ủy Cao Bằng"),
        ("Nông Văn Pha", "Bí thư", "Tỉnh ủy Cao Bằng"),
    }


def test_governor_of_the_state_bank_names_the_bank():
    posts = _posts("Thống đốc Đinh Văn Hòa và Phó Thống đốc Trần Minh Khang dự lễ ra mắt sản phẩm.")
    assert posts == {
        ("Đinh Văn Hòa", "Thống đốc", "Ngân hàng Nhà nước Việt Nam"),
        ("Trần Minh Khang", "Phó Thống đốc", "Ngân hàng Nhà nước Việt Nam"),
    }


def test_a_title_after_a_plural_honorific_applies_to_the_names_joined_after_it():
    posts = _posts(
        "Dự lễ có các đồng chí Phó Chủ tịch UBND tỉnh Lạng Sơn Hoàng Văn Tiến, Đặng Thị Mơ và Lý Quốc Bảo; "
        "đồng chí Vi Thanh Hà, Bí thư Thành ủy Lạng Sơn."
    )
    assert posts == {
        ("Hoàng Văn Tiến", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("Đặng Thị Mơ", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("Lý Quốc Bảo", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("Vi Thanh Hà", "Bí thư", "Thành ủy Lạng Sơn"),
    }


def test_commander_of_a_provincial_military_command():
    posts = _posts(
        "Đại tá Hoàng Văn Phúc, Bí thư Đảng ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Sơn La và "
        "Thượng tá Lò Văn Khánh, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Sơn La dự hội nghị."
    )
    assert ("Hoàng Văn Phúc", "Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Sơn La") in posts
    assert ("Hoàng Văn Phúc", "Bí thư", "Đảng ủy Quân sự tỉnh Sơn La") in posts
    assert ("Lò Văn Khánh", "Phó Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Sơn La") in posts


def test_head_and_deputy_of_a_congress_subcommittee():
    posts = _posts(
        "Đồng chí Vàng Thị Mai, Trưởng Tiểu ban Nhân sự và đồng chí Đào Quốc Việt, "
        "Phó Trưởng Tiểu ban Văn kiện Đại hội XIV báo cáo tiến độ."
    )
    assert ("Vàng Thị Mai", "Trưởng tiểu ban", "Tiểu ban Nhân sự") in posts
    assert ("Đào Quốc Việt", "Phó Trưởng tiểu ban", "Tiểu ban Văn kiện Đại hội XIV") in posts


def test_a_state_group_named_by_its_acronym_alone_is_the_chain_s_unit():
    posts = _posts(
        "Đại hội đại biểu Đảng bộ Công ty Nhiệt điện Phả Lại lần thứ VI khai mạc sáng nay.",
        "Đồng chí Vũ Đình Khang, Bí thư Đảng ủy, Tổng Giám đốc TKV phát biểu chỉ đạo Đại hội.",
    )
    assert posts >= {
        ("Vũ Đình Khang", "Bí thư", "Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"),
        ("Vũ Đình Khang", "Tổng Giám đốc", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"),
    }


def test_a_qualifier_with_lower_case_syllables_does_not_end_the_chain():
    posts = _posts(
        "Thượng tướng Đặng Quốc Vinh, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, "
        "Thứ trưởng Bộ Quốc phòng dự lễ."
    )
    assert posts == {
        ("Đặng Quốc Vinh", "Tổng Tham mưu trưởng", "Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam"),
        ("Đặng Quốc Vinh", "Thứ trưởng", "Bộ Quốc phòng"),
    }


def test_a_ministry_department_named_alone_belongs_to_the_article_s_ministry():
    posts = _posts(
        "Đảng ủy Bộ Tư pháp tổ chức hội nghị sơ kết công tác đảng.",
        "Đồng chí Lại Văn Phú, Vụ trưởng Vụ Hợp tác quốc tế báo cáo tại hội nghị.",
    )
    assert ("Lại Văn Phú", "Vụ trưởng", "Vụ Hợp tác quốc tế Bộ Tư pháp") in posts


def test_kiem_joins_two_titles_of_one_chain():
    posts = _posts("Ông Phan Văn Tâm, Chủ tịch HĐQT kiêm Tổng Giám đốc Tổng công ty Thép Việt Nam phát biểu.")
    assert posts == {
        ("Phan Văn Tâm", "Chủ tịch HĐQT", "Tổng công ty Thép Việt Nam"),
        ("Phan Văn Tâm", "Tổng Giám đốc", "Tổng công ty Thép Việt Nam"),
    }


def test_board_member_and_chief_accountant_of_a_company():
    posts = _posts(
        "Bà Đinh Thị Nga, Thành viên HĐTV, Kế toán trưởng Tổng công ty Lâm nghiệp Việt Nam báo cáo tài chính."
    )
    assert posts == {
        ("Đinh Thị Nga", "Thành viên HĐTV", "Tổng công ty Lâm nghiệp Việt Nam"),
        ("Đinh Thị Nga", "Kế toán trưởng", "Tổng công ty Lâm nghiệp Việt Nam"),
    }


def test_titles_abbreviated_on_provincial_portals():
    posts = _posts(
        "Đ/c Hà Văn Thạch - UVTW Đảng, Bí thư Tỉnh ủy Cao Bằng chủ trì; "
        "đ/c Bế Thị Lan - Phó Bí thư TT Tỉnh ủy; "
        "đ/c Nông Đức Hiếu - UV BTV Tỉnh ủy, PCT UBND tỉnh Cao Bằng; "
        "đ/c Lục Văn Sinh - TUV, CT HĐND tỉnh Cao Bằng."
    )
    assert posts == {
        ("Hà Văn Thạch", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
        ("Hà Văn Thạch", "Bí thư", "Tỉnh ủy Cao Bằng"),
        ("Bế Thị Lan", "Phó Bí thư Thường trực", "Tỉnh ủy Cao Bằng"),
        ("Nông Đức Hiếu", "Ủy viên", "Ban Thường vụ Tỉnh ủy Cao Bằng"),
        ("Nông Đức Hiếu", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cao Bằng"),
        ("Lục Văn Sinh", "Ủy viên", "Tỉnh ủy Cao Bằng"),
        ("Lục Văn Sinh", "Chủ tịch", "Hội đồng nhân dân tỉnh Cao Bằng"),
    }


def test_a_place_ending_the_body_of_a_named_person_s_chain_is_no_second_person():
    facts = extract_people(
        _doc("Ông Trịnh Văn Lộc, Giám đốc Công ty Điện lực Hoàng Mai phát biểu tại hội nghị.")
    )
    assert [p["name"] for p in facts["persons"]] == ["Trịnh Văn Lộc"]
    assert {(p["person"], p["title"], p["organization"]) for p in facts["posts"]} == {
        ("Trịnh Văn Lộc", "Giám đốc", "Công ty Điện lực Hoàng Mai"),
    }
    # Without a name before the chain, the pair after the body is the person it names.
    assert ("Tô Lâm", "Bộ trưởng", "Bộ Công an") in _posts("Bộ trưởng Bộ Công an Tô Lâm phát biểu.")


def test_a_province_named_only_in_the_masthead_completes_its_bodies():
    from loaders.text import build_document

    doc = build_document(
        "t.txt",
        "Cổng thông tin điện tử Đảng bộ tỉnh Quảng Ngãi\n"
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ hai\n"
        "Sáng 20/8/2025, đồng chí Lê Văn Sơn, Phó Bí thư Tỉnh ủy chủ trì hội nghị với 60 đại biểu dự.\n",
    )
    posts = {(p["person"], p["title"], p["organization"]) for p in extract_people(doc)["posts"]}
    assert posts == {("Lê Văn Sơn", "Phó Bí thư", "Tỉnh ủy Quảng Ngãi")}
