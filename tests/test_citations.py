"""Congress-directive links: "concerns" from the directive's subject, "cites" from carrying it out."""

from __future__ import annotations

from loaders.citations import extract_citations
from loaders.congresses import extract_congresses
from loaders.directives import extract_directives
from loaders.text import build_document

NATIONAL = "Đảng Cộng sản Việt Nam"


def citations_of(text: str, title: str) -> set[tuple[str, int, str, str]]:
    doc = build_document("t.txt", f"{title}\n\n{text}")
    directives, mentions = extract_directives(doc)
    congresses, congress_mentions = extract_congresses(doc)
    found = extract_citations(doc, congresses, congress_mentions, mentions)
    for c in found:
        assert c.evidence in doc.text  # every link keeps the sentence it came from
    return {(c.congress.organization, c.congress.ordinal, c.directive.key, c.relation) for c in found}


TITLE = "Đảng bộ Sở Tư pháp tỉnh Bình Định sẵn sàng cho Đại hội lần thứ VIII, nhiệm kỳ 2025 - 2030"
LOCAL = ("Đảng bộ Sở Tư pháp tỉnh Bình Định", 8)


def test_a_directive_about_the_congresses_leading_to_the_national_one_concerns_it() -> None:
    text = (
        "Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới "
        "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng là căn cứ quan trọng."
    )
    assert citations_of(text, "Quán triệt chỉ thị về đại hội") == {(NATIONAL, 14, "45-CT/TW", "concerns")}


def test_carrying_a_directive_out_for_the_article_congress_cites_it() -> None:
    text = (
        "Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới "
        "Đại hội XIV của Đảng và Kế hoạch số 91-KH/ĐUK, ngày 2/5/2025 của Đảng ủy Khối các cơ quan tỉnh, "
        "Đảng ủy Sở đã chỉ đạo chuẩn bị đại hội chu đáo."
    )
    assert citations_of(text, TITLE) == {
        (NATIONAL, 14, "45-CT/TW", "concerns"),
        (*LOCAL, "45-CT/TW", "cites"),
        (*LOCAL, "91-KH/ĐUK", "cites"),
    }


def test_documents_the_main_clause_issues_are_not_carried_out_by_the_cue() -> None:
    text = (
        "Thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị, Đảng ủy Sở đã ban hành các văn bản chỉ đạo đại hội: "
        "(1) Kế hoạch số 12-KH/ĐU ngày 20/5/2025 về tổ chức Đại hội Đảng bộ Sở Tư pháp tỉnh Bình Định "
        "lần thứ VIII."
    )
    found = citations_of(text, TITLE)
    assert (*LOCAL, "45-CT/TW", "cites") in found
    assert (*LOCAL, "12-KH/ĐU", "concerns") in found
    assert (*LOCAL, "12-KH/ĐU", "cites") not in found


def test_a_later_document_in_the_subject_clause_takes_the_congress() -> None:
    text = (
        "Ban Thường vụ ban hành Công văn số 77-CV/TU về triển khai Kết luận số 150-KL/TW của Bộ Chính trị "
        "về nhân sự Đại hội XIV của Đảng."
    )
    assert citations_of(text, "Tin hoạt động") == {(NATIONAL, 14, "150-KL/TW", "concerns")}


def test_a_congress_held_in_the_spirit_of_a_directive_cites_it() -> None:
    text = (
        "Đại hội Đảng bộ Sở Tư pháp tỉnh Bình Định lần thứ VIII được tổ chức theo đúng tinh thần "
        "Chỉ thị số 45-CT/TW của Bộ Chính trị."
    )
    assert citations_of(text, TITLE) == {(*LOCAL, "45-CT/TW", "cites")}


def test_a_congress_held_according_to_two_documents_cites_both() -> None:
    text = (
        "Đại hội diễn ra đúng theo Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ "
        "các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Kế hoạch số 12-KH/TU "
        "của Tỉnh ủy."
    )
    assert citations_of(text, TITLE) == {
        (NATIONAL, 14, "45-CT/TW", "concerns"),
        (*LOCAL, "45-CT/TW", "cites"),
        (*LOCAL, "12-KH/TU", "cites"),
    }


def test_a_plan_to_carry_out_a_directive_about_the_congresses_concerns_them_too() -> None:
    text = (
        "Ban Thường vụ ban hành Kế hoạch số 64-KH/TU về triển khai thực hiện Chỉ thị số 45-CT/TW của "
        "Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng."
    )
    assert citations_of(text, "Tin hoạt động") == {
        (NATIONAL, 14, "45-CT/TW", "concerns"),
        (NATIONAL, 14, "64-KH/TU", "concerns"),
    }


def test_no_congress_work_no_citation() -> None:
    text = "Thực hiện Quyết định số 301-QĐ/TW của Bộ Chính trị, hai đảng bộ hợp nhất thành một."
    assert citations_of(text, TITLE) == set()


def test_a_back_reference_is_the_document_named_before() -> None:
    text = (
        "Ngày 14/4/2025, Bộ Chính trị ban hành Chỉ thị số 45-CT/TW. Thực hiện Chỉ thị của Trung ương, "
        "Đảng ủy Sở đã ban hành kế hoạch tổ chức Đại hội Đảng bộ Sở Tư pháp tỉnh Bình Định lần thứ VIII."
    )
    assert citations_of(text, TITLE) == {(*LOCAL, "45-CT/TW", "cites")}


def test_a_numbered_list_after_a_congress_goal_cites_each_item() -> None:
    text = (
        "Để Đại hội Đảng bộ Sở Tư pháp tỉnh Bình Định lần thứ VIII thành công, "
        "Đảng ủy xác định các nhiệm vụ sau: "
        "1. Tiếp tục thực hiện nghiêm túc Kế hoạch số 5-KH/ĐU về tuyên truyền đại hội; "
        "Kế hoạch số 6-KH/ĐU về thi đua chào mừng đại hội."
    )
    assert citations_of(text, TITLE) == {(*LOCAL, "5-KH/ĐU", "cites"), (*LOCAL, "6-KH/ĐU", "cites")}


def test_a_congress_named_in_the_plan_s_subject_clause_is_not_the_one_carried_out() -> None:
    text = (
        "Thực hiện Kế hoạch số 77-KH/TU ngày 5/9/2019 của Tỉnh ủy Bình Định về đại hội đảng bộ các cấp tiến "
        "tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025, Đảng ủy Sở đã chuẩn bị chu đáo "
        "các điều kiện tổ chức Đại hội."
    )
    assert citations_of(text, TITLE) == {
        ("Đảng bộ tỉnh Bình Định", 20, "77-KH/TU", "concerns"),
        (*LOCAL, "77-KH/TU", "cites"),
    }


def test_a_document_carried_out_in_a_clause_not_about_the_congress_cites_nothing() -> None:
    text = (
        "Nhiệm kỳ qua, Đảng bộ đã hoàn thành các chỉ tiêu Nghị quyết Đại hội lần thứ VII đề ra; "
        "triển khai thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương về nông nghiệp."
    )
    assert citations_of(text, TITLE) == set()


def test_congress_preparation_carried_out_according_to_documents_cites_them() -> None:
    text = (
        "Công tác chuẩn bị Đại hội được thực hiện đúng Chỉ thị số 45-CT/TW của Bộ Chính trị "
        "và Kế hoạch số 88-KH/TU của Tỉnh ủy Bình Định."
    )
    assert citations_of(text, TITLE) == {(*LOCAL, "45-CT/TW", "cites"), (*LOCAL, "88-KH/TU", "cites")}


def test_the_documents_above_are_those_of_the_sentence_before() -> None:
    text = (
        "Hội nghị quán triệt Hướng dẫn số 31-HD/BTCTW và Kế hoạch số 88-KH/TU của Tỉnh ủy Bình Định. "
        "Thực hiện các văn bản trên, Đảng ủy Sở đã ban hành Kế hoạch số 12-KH/ĐU về tổ chức đại hội "
        "tiến tới Đại hội Đảng bộ Sở Tư pháp tỉnh Bình Định lần thứ VIII."
    )
    found = citations_of(text, "Đảng ủy Sở Tư pháp tỉnh Bình Định quán triệt các văn bản về đại hội")
    assert (*LOCAL, "31-HD/BTCTW", "cites") in found
    assert (*LOCAL, "88-KH/TU", "cites") in found
    assert (*LOCAL, "12-KH/ĐU", "concerns") in found


def test_the_congress_of_the_document_issued_is_the_one_carried_out_for() -> None:
    text = (
        "Đại hội Đảng bộ Bệnh viện tỉnh lần thứ XX đã diễn ra. Thực hiện Chỉ thị số 45-CT/TW, Đảng ủy Sở Tư "
        "pháp đã ban hành Kế hoạch số 12-KH/ĐU về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội Đảng bộ "
        "Sở Tư pháp tỉnh Bình Định lần thứ VIII."
    )
    found = citations_of(text, "Các đơn vị quán triệt chỉ thị về đại hội")
    assert (*LOCAL, "45-CT/TW", "cites") in found



def test_preparing_or_holding_the_congress_according_to_a_directive_cites_it() -> None:
    text = (
        "Ban Thường vụ Tỉnh ủy chuẩn bị Đại hội theo đúng Chỉ thị số 45-CT/TW ngày 14/4/2025 "
        "của Bộ Chính trị. "
        "Các đảng bộ cơ sở tổ chức đại hội đúng Kế hoạch số 12-KH/TU của Tỉnh ủy."
    )
    assert citations_of(text, "Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025 - 2030") == {
        ("Đảng bộ tỉnh Hà Tĩnh", 20, "45-CT/TW", "cites"),
        ("Đảng bộ tỉnh Hà Tĩnh", 20, "12-KH/TU", "cites"),
    }


def test_a_congress_s_documents_taking_a_directive_up_cite_it() -> None:
    text = (
        "Theo Ban Tuyên giáo, dự thảo các văn kiện trình Đại hội XIV của Đảng đã thể hiện đầy đủ tinh thần "
        "Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị."
    )
    assert citations_of(text, "Góp ý văn kiện") == {
        (NATIONAL, 14, "66-NQ/TW", "cites"),
        (NATIONAL, 14, "68-NQ/TW", "cites"),
    }


def test_a_draft_without_its_congress_is_the_article_congress_s_draft() -> None:
    title = "Cho ý kiến vào dự thảo văn kiện Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXII"
    text = "Đồng chí cho biết, dự thảo đã bám sát Nghị quyết số 57-NQ/TW của Bộ Chính trị."
    assert citations_of(text, title) == {("Đảng bộ tỉnh Ninh Bình", 22, "57-NQ/TW", "cites")}
    # No congress's drafts in the article: a report that follows a resolution is not a congress's.
    report = "Báo cáo chính trị của Ủy ban đã bám sát Nghị quyết số 57-NQ/TW."
    assert citations_of(report, "Hội nghị") == set()


def test_the_congress_carrying_a_directive_out_itself_cites_it() -> None:
    text = "Đại hội đã quán triệt Chỉ thị số 45-CT/TW của Bộ Chính trị và Kế hoạch số 30-KH/TU."
    title = "Đại hội đại biểu Đảng bộ huyện Mường Tè lần thứ XXI, nhiệm kỳ 2020 - 2025"
    assert citations_of(text, title) == {
        ("Đảng bộ huyện Mường Tè", 21, "45-CT/TW", "cites"),
        ("Đảng bộ huyện Mường Tè", 21, "30-KH/TU", "cites"),
    }
