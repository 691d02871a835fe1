"""Numbered party documents in their written shapes (sentences written for these tests)."""

from __future__ import annotations

import pytest

from loaders.directives import extract_directives, issuer_code_for
from loaders.text import build_document

BODY = "Đảng ủy Tổng công ty Lương thực miền Nam tổ chức hội nghị cán bộ chủ chốt. "


def directives_of(text: str, title: str = "Tin hoạt động") -> list[dict]:
    doc = build_document("t.txt", f"{title}\n\n{BODY}{text}")
    return [d.as_fact() for d in extract_directives(doc)[0]]


def keys_of(text: str) -> list[str]:
    return [d["key"] for d in directives_of(text)]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Hội nghị quán triệt Chỉ thị số 28-CT/TW của Ban Bí thư về công tác dân vận.", "28-CT/TW"),
        ("Các chi bộ học tập Chỉ thị số 07/CT/TW về phát triển đảng viên.", "07-CT/TW"),
        ("Đảng ủy đã ban hành Kế hoạch số 214-KH-ĐU về kiểm tra, giám sát năm 2023.", "214-KH/ĐU"),
        ("Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị về khoa học, công nghệ.", "57-NQ/TW"),
        ("Cấp ủy thực hiện Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng.", "144-QĐ/TW"),
        ("Ban Thường vụ triển khai Kết luận số 21-KL/TW về xây dựng, chỉnh đốn Đảng.", "21-KL/TW"),
        ("Ban Tổ chức Tỉnh ủy hướng dẫn theo Hướng dẫn số 06-HD/BTCTW về nhân sự.", "06-HD/BTCTW"),
        ("Huyện ủy ban hành Kế hoạch số 88-KH/HU về tuyên truyền.", "88-KH/HU"),
        ("Ban cán sự đảng gửi Công văn số 45-CV/BCSĐ tới các đơn vị.", "45-CV/BCSĐ"),
        ("Tỉnh ủy ban hành Chương trình hành động số 15-CTr/TU thực hiện nghị quyết.", "15-CTr/TU"),
        ("Ban Thường vụ ra Thông báo kết luận số 302-TB/TU về việc sắp xếp tổ chức.", "302-TB/TU"),
        ("Đảng ủy triển khai Quy định số 08-QĐi/TW về trách nhiệm nêu gương.", "08-QĐi/TW"),
        ("Theo Chỉ thị số 26 - CT/TW, các tổ chức đảng rà soát đội ngũ.", "26-CT/TW"),
        ("Các chi bộ quán triệt Nghị quyết số 18-NQ/TƯ về sắp xếp bộ máy.", "18-NQ/TW"),
        ("Đảng ủy học tập Kết luận số 12/KL-TW của Bộ Chính trị.", "12-KL/TW"),
        ("Tỉnh ủy thực hiện Kế hoạch số 27/KH-BCĐTW của Ban Chỉ đạo Trung ương.", "27-KH/BCĐTW"),
        ("Tỉnh Đoàn triển khai Hướng dẫn số 64-HD/TWĐTN-BTC về đại hội Đoàn cơ sở.", "64-HD/TWĐTN-BTC"),
    ],
)
def test_written_codes(sentence: str, key: str) -> None:
    assert keys_of(sentence) == [key]


def test_the_written_code_wins_over_the_word_before_it() -> None:
    (fact,) = directives_of("Đảng ủy gửi Công văn số 73-HD/ĐUK ngày 4/3/2020 về tuyên truyền.")
    assert fact["key"] == "73-HD/ĐUK"
    assert fact["type"] == "Công văn"
    assert fact["date"] == "2020-03-04"


def test_code_built_from_the_issuer_when_the_text_gives_none() -> None:
    text = (
        "Việc bầu cử thực hiện theo Chỉ thị 46 của Bộ Chính trị và Hướng dẫn 27 của Ban Tổ chức Trung ương."
    )
    assert keys_of(text) == ["46-CT/TW", "27-HD/BTCTW"]


def test_no_issuer_gives_number_and_type_code_only() -> None:
    assert keys_of(
        "Các chi bộ tiếp tục thực hiện Chỉ thị 05 về học tập và làm theo tư tưởng Hồ Chí Minh."
    ) == ["05-CT"]


def test_a_short_mention_is_the_document_named_in_full_elsewhere() -> None:
    text = (
        "Cấp ủy quán triệt Kết luận số 14-KL/TW về khuyến khích cán bộ năng động. "
        "Kết quả thực hiện Kết luận 14 được sơ kết hằng quý."
    )
    facts = directives_of(text)
    assert [d["key"] for d in facts] == ["14-KL/TW"]


def test_issuer_and_date_after_the_code() -> None:
    (fact,) = directives_of("Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội.")
    assert (fact["issuer"], fact["issuer_code"], fact["date"], fact["number"]) == (
        "Bộ Chính trị",
        "TW",
        "2024-06-14",
        "35",
    )


def test_number_then_date_then_issuer_without_a_code() -> None:
    (fact,) = directives_of(
        "Hội nghị quán triệt Kết luận số 68 ngày 7/3/2023 của Bộ Chính trị về phát triển vùng Đông Nam Bộ."
    )
    assert (fact["key"], fact["date"], fact["issuer"]) == ("68-KL/TW", "2023-03-07", "Bộ Chính trị")


def test_issuer_and_date_before_ban_hanh() -> None:
    (fact,) = directives_of(
        "Ngày 2/11/2022, Tỉnh ủy Hà Giang đã ban hành Nghị quyết số 12-NQ/TU về chuyển đổi số."
    )
    assert fact["issuer"] == "Tỉnh ủy Hà Giang"
    assert fact["date"] == "2022-11-02"


def test_a_date_and_issuer_of_an_earlier_document_do_not_pass_to_the_next() -> None:
    text = (
        "Căn cứ Kế hoạch số 20-KH/TU ngày 3/9/2024 của Tỉnh ủy Yên Bái, đã ban hành Kế hoạch số 41-KH/ĐU "
        "về đại hội chi bộ."
    )
    facts = {d["key"]: d for d in directives_of(text)}
    assert (facts["20-KH/TU"]["date"], facts["20-KH/TU"]["issuer"]) == ("2024-09-03", "Tỉnh ủy Yên Bái")
    # No date of its own; its issuer is read from its code (ĐU: the article's party committee).
    assert (facts["41-KH/ĐU"]["date"], facts["41-KH/ĐU"]["issuer"]) == (
        None,
        "Đảng ủy Tổng công ty Lương thực miền Nam",
    )


def test_short_issuer_completed_from_the_article() -> None:
    text = (
        "Đảng ủy Bộ Tài chính tổ chức hội nghị. Các đơn vị thực hiện Kế hoạch số 310-KH/ĐUB, ngày 5/5/2020 "
        "của Đảng ủy Bộ về đại hội."
    )
    (fact,) = directives_of(text)
    assert fact["issuer"] == "Đảng ủy Bộ Tài chính"


def test_two_documents_with_one_key_and_different_years_stay_two() -> None:
    text = (
        "Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị hướng dẫn đại hội nhiệm kỳ trước. "
        "Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị hướng dẫn đại hội nhiệm kỳ này."
    )
    facts = directives_of(text)
    assert [(d["key"], d["date"]) for d in facts] == [("35-CT/TW", "2019-05-30"), ("35-CT/TW", "2024-06-14")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cán bộ học tập Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.",
        "Tỉnh triển khai Nghị quyết Đại hội XIII của Đảng.",
        "UBND tỉnh ban hành Quyết định số 1520/QĐ-UBND về phê duyệt đề án.",
        "Thủ tướng ký Chỉ thị số 16/CT-TTg về giãn cách xã hội.",
        "Sở ban hành Kế hoạch số 310/KH-SNV-TCBC về tuyển dụng viên chức.",
        "Xã hoàn thành Kế hoạch 5 năm phát triển kinh tế.",
        "Đoàn thực hiện Kế hoạch 10 ngày cao điểm ra quân làm sạch đường phố.",
        "Huyện thực hiện Chương trình 135 ở các xã đặc biệt khó khăn.",
        "Đảng ủy xây dựng Kế hoạch 2025 về chuyển đổi số.",
    ],
)
def test_not_numbered_party_documents(sentence: str) -> None:
    assert keys_of(sentence) == []


@pytest.mark.parametrize(
    ("issuer", "code"),
    [
        ("Bộ Chính trị", "TW"),
        ("Ban Bí thư", "TW"),
        ("Ban Tổ chức Trung ương", "BTCTW"),
        ("Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh", "ĐUK"),
        ("Đảng ủy Bộ Y tế", "ĐUB"),
        ("Thành ủy Cần Thơ", "TU"),
        ("Huyện ủy Lục Nam", "HU"),
        ("Bộ Y tế", None),
    ],
)
def test_issuer_codes(issuer: str, code: str | None) -> None:
    assert issuer_code_for(issuer) == code


def test_an_issuer_ends_before_the_next_document_joined_by_va() -> None:
    found = directives_of(
        "Hội nghị quán triệt Hướng dẫn 25 của Ban Tổ chức Trung ương và Quy định 232 "
        "của Ban Chấp hành Trung ương."
    )
    assert [(d["key"], d["issuer"]) for d in found] == [
        ("25-HD/BTCTW", "Ban Tổ chức Trung ương"),
        ("232-QĐ/TW", "Ban Chấp hành Trung ương Đảng"),
    ]
