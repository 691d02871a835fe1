"""`partygraph extract FILE...`: one JSON line per article, bad files reported, the rest still extracted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "articles"
PARTYGRAPH = Path(sys.executable).with_name("partygraph")

ARTICLE = """Huyện ủy Krông Pắc tổng kết công tác tổ chức đại hội
15/10/2020 09:30

Ngày 14/10, Huyện ủy Krông Pắc tổ chức hội nghị tổng kết đại hội đảng bộ cơ sở.

Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ \
các cấp tiến tới Đại hội XIII của Đảng, \
Ban Thường vụ Huyện ủy đã chỉ đạo chuẩn bị \
Đại hội đại biểu Đảng bộ huyện Krông Pắc lần thứ XIV, nhiệm kỳ 2020 - 2025.

Đồng chí Nguyễn Văn Hòa, Phó Bí thư Thường trực Huyện ủy phát biểu kết luận hội nghị.

Thanh Tâm
"""


def run_extract(*paths: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(PARTYGRAPH), "extract", *paths], cwd=cwd, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (folder / "latin1.txt").write_bytes("Đại hội Đảng bộ".encode() + b" \xe9t\xe9 \xff")
    with open(folder / "huge.txt", "wb") as huge:
        huge.truncate(20 * 1024 * 1024)
    (folder / "page.txt").write_text(
        "<!DOCTYPE html><html><head><title>Tin</title></head><body><div><p>Đại hội "
        "Đảng bộ tỉnh</p></div></body></html>",
        encoding="utf-8",
    )
    (folder / "english.txt").write_text(
        "The party congress of the province opened on Monday with 350 delegates "
        "and elected a new executive committee.",
        encoding="utf-8",
    )
    (folder / "good2.txt").write_text(ARTICLE.replace("Krông Pắc", "Ea Kar"), encoding="utf-8")
    names = [
        "good.txt",
        "empty.txt",
        "image.txt",
        "latin1.txt",
        "huge.txt",
        "page.txt",
        "english.txt",
        "good2.txt",
        "missing.txt",
    ]
    return run_extract(*names, cwd=folder), folder


def test_bad_files_are_reported_one_line_each_and_the_rest_extracted(mixed_run) -> None:
    run, _ = mixed_run
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    errors = run.stderr.strip().splitlines()
    bad = ["empty.txt", "image.txt", "latin1.txt", "huge.txt", "page.txt", "english.txt", "missing.txt"]
    assert len(errors) == len(bad)
    for name, line in zip(bad, errors, strict=True):
        assert name in line
    reasons = "\n".join(errors)
    for reason in ("empty", "binary", "not UTF-8", "too large", "HTML", "not Vietnamese", "cannot read"):
        assert reason in reasons
    sources = [json.loads(line)["source"] for line in run.stdout.splitlines()]
    assert sources == ["good.txt", "good2.txt"]  # the path as given, in order


def test_facts_in_the_spec_shape(mixed_run) -> None:
    run, _ = mixed_run
    facts = json.loads(run.stdout.splitlines()[0])
    assert set(facts) >= {
        "source",
        "article",
        "persons",
        "posts",
        "organizations",
        "congresses",
        "directives",
        "citations",
    }
    assert facts["article"] == {
        "title": "Huyện ủy Krông Pắc tổng kết công tác tổ chức đại hội",
        "published": "2020-10-15",
    }
    assert "Krông Pắc" in run.stdout  # ensure_ascii=False: Vietnamese written as is
    assert [d["key"] for d in facts["directives"]] == ["35-CT/TW"]
    congresses = {(c["organization"], c["ordinal"], c["term"]) for c in facts["congresses"]}
    assert congresses == {("Đảng Cộng sản Việt Nam", 13, None), ("Đảng bộ huyện Krông Pắc", 14, "2020-2025")}
    links = {
        (c["congress"]["organization"], c["congress"]["ordinal"], c["relation"]) for c in facts["citations"]
    }
    assert links == {("Đảng Cộng sản Việt Nam", 13, "concerns"), ("Đảng bộ huyện Krông Pắc", 14, "cites")}
    for fact in facts["directives"] + facts["congresses"] + facts["citations"]:
        assert fact["evidence"] and fact["evidence"] in ARTICLE.replace("\n", " ")
    names = {o["name"] for o in facts["organizations"]}
    assert {"Đảng Cộng sản Việt Nam", "Đảng bộ huyện Krông Pắc", "Bộ Chính trị"} <= names
    assert len(names) == len(facts["organizations"])


def test_sample_articles_extract_cleanly_and_keep_two_distinct_35_ct_tw() -> None:
    samples = sorted(p.name for p in EXAMPLES.glob("*.txt"))
    assert len(samples) >= 6
    run = run_extract(*samples, cwd=EXAMPLES)
    assert run.returncode == 0, run.stderr
    facts = {json.loads(line)["source"]: json.loads(line) for line in run.stdout.splitlines()}
    assert set(facts) == set(samples)
    replaced = facts["chi-thi-45-thay-the-chi-thi-35.txt"]
    dated = sorted((d["key"], d["date"]) for d in replaced["directives"] if d["key"] == "35-CT/TW")
    assert dated == [("35-CT/TW", "2019-05-30"), ("35-CT/TW", "2024-06-14")]
    concerned = {
        (c["congress"]["ordinal"], c["directive_date"])
        for c in replaced["citations"]
        if c["directive"] == "35-CT/TW"
    }
    assert concerned == {(13, "2019-05-30"), (14, "2024-06-14")}
