"""Persons: the genre's cues, the family-name grammar, credits that are not persons."""

from loaders.credits import strip_credits
from loaders.document import Document, Sentence
from loaders.people import extract_people
from loaders.persons import find_names
from loaders.tokens import tokenize


def _doc(*sentences: str, published: str = "2024-03-12") -> Document:
    return Document(
        source="t.txt",
        text="\n".join(sentences),
        title=sentences[0],
        published=published,
        sentences=[Sentence(i, s) for i, s in enumerate(sentences)],
    )


def _persons(*sentences: str) -> list[str]:
    return [p["name"] for p in extract_people(_doc(*sentences))["persons"]]


def _names(sentence: str) -> list[str]:
    tokens = tokenize(sentence)
    return [" ".join(t.text for t in tokens[n.start : n.end]) for n in find_names(tokens)]


def test_honorific_cue_gives_a_person_without_the_honorific():
    assert _persons("Đồng chí Phạm Văn Hòa phát biểu tại hội nghị.") == ["Phạm Văn Hòa"]
    assert _persons("Ông Đinh Quốc Bảo cho biết kế hoạch đã hoàn thành.") == ["Đinh Quốc Bảo"]


def test_military_rank_is_a_cue():
    assert _persons("Trung tướng Lò Văn Sáng chủ trì buổi làm việc.") == ["Lò Văn Sáng"]


def test_strong_cue_takes_a_name_without_a_listed_family_name():
    assert _persons("Đồng chí Y Biêr Niê, Phó Bí thư Tỉnh ủy Đắk Lắk dự hội nghị.") == ["Y Biêr Niê"]


def test_title_before_the_name_gives_a_person():
    assert _persons("Phó Thủ tướng Trần Minh Khoa thăm tỉnh Quảng Trị.") == ["Trần Minh Khoa"]


def test_four_syllable_name():
    assert _persons("Đồng chí Nguyễn Thị Thu Trang, Bí thư Huyện ủy Tân Kỳ phát biểu.") == [
        "Nguyễn Thị Thu Trang"
    ]


def test_place_names_are_not_persons():
    assert _names("Bí thư Tỉnh ủy Lâm Đồng Trần Quốc Hưng dự lễ.") == ["Trần Quốc Hưng"]
    assert "Hồ Chí Minh" not in _persons(
        "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh Lê Văn Nam phát biểu."
    )


def test_bylines_and_photo_credits_are_not_persons():
    assert _persons("Quang cảnh hội nghị. Ảnh: Minh Đức/TTXVN") == []
    assert _persons("Tin: Hoàng Yến") == []
    assert _persons("Thu Hà (TTXVN/Vietnam+)") == []


def test_caption_naming_the_pictured_official_counts():
    names = _persons("Ảnh: Đồng chí Vũ Đức Thắng, Bí thư Đảng ủy Tổng công ty Điện lực miền Bắc phát biểu")
    assert names == ["Vũ Đức Thắng"]


def test_nfd_and_old_tone_marks_are_read():
    import unicodedata

    text = unicodedata.normalize("NFD", "Đồng chí Hoàng Thuỵ Anh, Uỷ viên Ban Thường vụ Tỉnh uỷ Hoà Bình dự.")
    assert _persons(text) == ["Hoàng Thụy Anh"]


def test_a_person_named_twice_is_listed_once():
    assert _persons("Đồng chí Mai Văn Lực phát biểu.", "Ông Mai Văn Lực nhấn mạnh yêu cầu.") == [
        "Mai Văn Lực"
    ]


def test_strip_credits_keeps_the_sentence_before_the_credit():
    assert strip_credits("Đại biểu biểu quyết. Ảnh: Văn Điệp").strip() == "Đại biểu biểu quyết."


def test_cut_off_name_at_the_end_of_a_page_is_not_a_person():
    assert _persons("Nguyên Chủ tịch nước Trương Tấn S") == []


def test_place_glued_before_a_name_is_cut_off():
    assert _persons("Bí thư Huyện ủy Lý Sơn Đặng Văn Bình dự lễ.") == ["Đặng Văn Bình"]
    assert _persons("Bí thư Chi bộ thôn Bình An Trần Thị Thu Trang phát biểu.") == ["Trần Thị Thu Trang"]


def test_youth_union_after_a_family_name_head_is_no_person():
    assert _persons("Bí thư Đoàn Thanh niên Bộ Tư pháp phát biểu.") == []


def test_a_name_syllable_with_an_apostrophe_is_one_word():
    persons = _persons(
        "Cùng dự có các đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh: H'Mai Ayũn và Trần Văn Hòa.",
        "Đồng chí Điểu K'Rưm, Phó Bí thư Huyện ủy phát biểu.",
    )
    assert persons == ["H'Mai Ayũn", "Trần Văn Hòa", "Điểu K'Rưm"]


def test_a_name_joined_to_the_first_of_a_plural_honorific_is_cued_by_it():
    assert _persons("Các đồng chí Lê Thanh Tùng và Rmah Đức Phong được bầu làm Phó Bí thư Huyện ủy.") == [
        "Lê Thanh Tùng",
        "Rmah Đức Phong",
    ]
