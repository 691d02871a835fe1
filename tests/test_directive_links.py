"""Document-to-document links: "thay thế" (replaces), "sửa đổi, bổ sung" (amends), "thực hiện" (implements).

Every sentence here is written for these tests, in the style of provincial party news.
"""

from __future__ import annotations

import pytest

from loaders.directive_links import (
    AMENDS,
    IMPLEMENTS,
    LINK_CUES,
    RELATIONS,
    REPLACES,
    extract_directive_links,
)
from loaders.directives import extract_directives
from loaders.extract import extract_text
from loaders.text import build_document

TITLE = "Tỉnh ủy Quảng Trị triển khai các văn bản mới của Trung ương"


def links_of(text: str, title: str = TITLE) -> set[tuple[str, str, str]]:
    doc = build_document("t.txt", f"{title}\n\n{text}")
    directives, mentions = extract_directives(doc)
    found = extract_directive_links(doc, directives, mentions)
    for link in found:
        assert link.evidence in doc.text  # every link keeps the sentence it came from
        assert link.relation in RELATIONS
    return {(link.source.key, link.relation, link.target.key) for link in found}


def test_every_cue_has_a_relation_and_an_english_gloss() -> None:
    for cue in LINK_CUES:
        assert cue.relation in RELATIONS and cue.gloss, cue


def test_the_document_named_first_replaces_the_one_after_the_cue() -> None:
    text = "Quy định số 08-QĐ/TU ngày 3/3/2023 của Ban Thường vụ Tỉnh ủy thay thế Quy định số 91-QĐ/TU."
    assert links_of(text) == {("08-QĐ/TU", REPLACES, "91-QĐ/TU")}


def test_passive_replacement_turns_the_link_round() -> None:
    text = "Chỉ thị số 17-CT/TU đã được thay thế bởi Chỉ thị số 29-CT/TU."
    # "đã" before the cue is not in the subject's grammar: the passive needs the bare form.
    assert links_of(text) == set()
    text = "Chỉ thị số 17-CT/TU được thay thế bởi Chỉ thị số 29-CT/TU từ đầu năm nay."
    assert links_of(text) == {("29-CT/TU", REPLACES, "17-CT/TU")}


def test_amending_some_articles_of_a_regulation_amends_it() -> None:
    text = (
        "Ban Bí thư ban hành Quy định số 63-QĐ/TW sửa đổi, bổ sung một số điều của Quy định số "
        "140-QĐ/TW về thi hành Điều lệ Đảng."
    )
    assert links_of(text) == {("63-QĐ/TW", AMENDS, "140-QĐ/TW")}


@pytest.mark.parametrize(
    "text",
    [
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 230-KH/TU thực hiện Chỉ thị số 45-CT/TW.",
        "Kế hoạch số 230-KH/TU, ngày 2/5/2025 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện "
        "Chỉ thị số 45-CT/TW của Bộ Chính trị đã được phổ biến tới các chi bộ.",
        "Kế hoạch số 230-KH/TU nhằm cụ thể hóa Chỉ thị số 45-CT/TW trong toàn Đảng bộ tỉnh.",
        "Kế hoạch số 230-KH/TU ngày 2/5/2025 về lãnh đạo, chỉ đạo thực hiện Chỉ thị số 45-CT/TW.",
    ],
)
def test_a_plan_that_carries_a_directive_out_implements_it(text: str) -> None:
    assert links_of(text) == {("230-KH/TU", IMPLEMENTS, "45-CT/TW")}


def test_a_guidance_that_guides_the_implementation_implements_it() -> None:
    text = "Hướng dẫn số 21-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn thực hiện Chỉ thị số 45-CT/TW."
    assert links_of(text) == {("21-HD/BTCTW", IMPLEMENTS, "45-CT/TW")}


def test_a_document_made_under_a_conclusion_implements_it_but_not_after_a_comma() -> None:
    assert links_of("Quy định số 50-QĐ/TU theo Kết luận số 21-KL/TW được áp dụng từ tháng 6.") == {
        ("50-QĐ/TU", IMPLEMENTS, "21-KL/TW")
    }
    after_comma = "Tỉnh ủy ban hành Quy định số 50-QĐ/TU, theo Kết luận số 21-KL/TW là việc cần làm."
    assert links_of(after_comma) == set()


def test_objects_joined_by_and_are_each_replaced() -> None:
    text = (
        "Chỉ thị số 12-CT/TU thay thế Chỉ thị số 05-CT/TU, ngày 9/1/2021 của Ban Thường vụ Tỉnh ủy về công "
        "tác dân vận, và Kết luận số 33-KL/TU, ngày 4/4/2022 của Tỉnh ủy."
    )
    assert links_of(text) == {("12-CT/TU", REPLACES, "05-CT/TU"), ("12-CT/TU", REPLACES, "33-KL/TU")}


def test_after_a_subject_clause_a_bare_comma_starts_another_document_not_an_object() -> None:
    text = (
        "Kế hoạch số 40-KH/HU về triển khai thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị về đại hội "
        "đảng bộ các cấp, Kế hoạch số 41-KH/HU về tổ chức đại hội chi bộ."
    )
    assert links_of(text) == {("40-KH/HU", IMPLEMENTS, "45-CT/TW")}


def test_two_links_in_one_sentence_keep_their_own_subjects() -> None:
    text = (
        "Chỉ thị số 12-CT/TU thay thế Chỉ thị số 05-CT/TU và Quy định số 18-QĐ/TU sửa đổi Quy định "
        "số 07-QĐ/TU."
    )
    assert links_of(text) == {("12-CT/TU", REPLACES, "05-CT/TU"), ("18-QĐ/TU", AMENDS, "07-QĐ/TU")}


def test_this_directive_stands_for_the_one_just_named() -> None:
    text = (
        "Ngày 20/3/2025, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU về công tác dân vận.\n\n"
        "Chỉ thị này thay thế Chỉ thị số 05-CT/TU, ngày 9/1/2021."
    )
    assert links_of(text) == {("12-CT/TU", REPLACES, "05-CT/TU")}


def test_a_back_reference_too_far_back_links_nothing() -> None:
    text = (
        "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU về công tác dân vận. Hội nghị diễn ra sôi nổi. "
        "Các đại biểu thảo luận nhiều ý kiến. Chỉ thị mới thay thế Chỉ thị số 05-CT/TU."
    )
    assert links_of(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # The article's own implementing documents: no document stands before the cue.
        "Thực hiện Chỉ thị số 45-CT/TW, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 40-KH/HU.",
        # A list after the cue shares it; none of them is the subject of another.
        "Quán triệt, thực hiện Chỉ thị số 45-CT/TW và Kế hoạch số 230-KH/TU của Tỉnh ủy.",
        # A new clause between the document and the verb: the verb is the body's.
        "Sau khi có Kế hoạch số 230-KH/TU, Huyện ủy thực hiện Chỉ thị số 45-CT/TW nghiêm túc.",
        # A negation is no link.
        "Chỉ thị số 12-CT/TU không thay thế Chỉ thị số 05-CT/TU.",
        # The document's own "về ..." clause runs before the cue: the cue is not its verb.
        "Kế hoạch số 40-KH/HU về công tác cán bộ theo Quy định số 214-QĐ/TW của Bộ Chính trị.",
        # "bổ sung" inside an issuer-like run of ordinary words is not a body's name.
        "Quy định số 08-QĐ/TU của Tỉnh ủy đề nghị bổ sung Quy định số 91-QĐ/TU.",
    ],
)
def test_no_link_where_the_verb_is_not_the_first_documents(text: str) -> None:
    assert links_of(text) == set()


def test_a_document_never_links_to_itself() -> None:
    text = "Ban hành Chỉ thị số 05-CT/TU. Chỉ thị này thay thế Chỉ thị số 05-CT/TU đã cũ."
    assert links_of(text) == set()


def test_two_documents_with_one_code_are_told_apart_by_their_dates() -> None:
    text = (
        "Chỉ thị số 07-CT/TU, ngày 2/2/2025 thay thế Chỉ thị số 07-CT/TU, ngày 5/5/2020 của Ban Thường "
        "vụ Tỉnh ủy."
    )
    doc = build_document("t.txt", f"{TITLE}\n\n{text}")
    directives, mentions = extract_directives(doc)
    (link,) = extract_directive_links(doc, directives, mentions)
    assert (link.source.date, link.target.date) == ("2025-02-02", "2020-05-05")


def test_the_extractor_lists_the_links_as_an_extra_field() -> None:
    text = f"{TITLE}\n\nQuy định số 63-QĐ/TW sửa đổi Quy định số 140-QĐ/TW của Ban Bí thư."
    facts = extract_text(text, "t.txt")
    assert facts["directive_links"] == [{
        "from": "63-QĐ/TW", "from_date": None, "to": "140-QĐ/TW", "to_date": None,
        "relation": AMENDS, "evidence": "Quy định số 63-QĐ/TW sửa đổi Quy định số 140-QĐ/TW của Ban Bí thư.",
    }]
