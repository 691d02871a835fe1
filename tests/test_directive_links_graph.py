"""Directive links in the graph: REFERS_TO written from the real extractor, removed on re-load, walked by
the canned queries and exported as ELI, against the real Neo4j.

The sample article examples/articles/chi-thi-45-thay-the-chi-thi-35.txt says "Chỉ thị mới thay thế Chỉ
thị số 35-CT/TW, ngày 14/6/2024 ..., và Kết luận số 118-KL/TW": Chỉ thị 45-CT/TW of 2025 replaces both.
A second article, written here, has a provincial plan carry 45-CT/TW out.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph

from api.rdf import ELI, Iris
from api.rdf_export import FORMATS, GraphReader, export_graph
from graph.dump import canonical_dump
from graph.facts_to_rows import facts_to_rows
from graph.load import load_paths
from graph.schema import ensure_schema
from loaders.extract import extract_file
from queries.registry import QueryRegistry

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
SAMPLE = EXAMPLES / "chi-thi-45-thay-the-chi-thi-35.txt"
REPLACING_SENTENCE_STARTS = "Chỉ thị mới thay thế Chỉ thị số 35-CT/TW"
NEW, OLD, CONCLUSION = "45-CT/TW|2025", "35-CT/TW|2024", "118-KL/TW|2025"
PLAN = "230-KH/TU|2025"
PLAN_SENTENCE = (
    "Ngày 8/5/2025, Ban Thường vụ Tỉnh ủy Quảng Trị ban hành Kế hoạch số 230-KH/TU thực hiện Chỉ thị số "
    "45-CT/TW, ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn "
    "quốc lần thứ XIV của Đảng."
)
PLAN_ARTICLE = "\n".join([
    "Tỉnh ủy Quảng Trị ban hành kế hoạch tổ chức đại hội",
    "Thứ Sáu, 09/05/2025",
    "",
    PLAN_SENTENCE,
    "",
    "Kế hoạch yêu cầu các chi bộ hoàn thành đại hội trước tháng 6/2025.",
])
BASE = "https://data.example.vn/partygraph/id/"

LINKS = """
MATCH (a:Directive)-[r:REFERS_TO]->(b:Directive)
RETURN a.key AS source, b.key AS target, r.relation AS relation, r.evidence AS evidence, r.article AS article
ORDER BY source, target
"""


def load(driver, settings, paths: list[Path]) -> None:
    ensure_schema(driver, settings.neo4j_database)
    summary = load_paths(driver, paths, database=settings.neo4j_database)
    assert summary.loaded == len(paths) and not summary.skipped, summary.skipped


def links(driver, settings) -> list[dict]:
    return [dict(r) for r in driver.execute_query(LINKS, database_=settings.neo4j_database).records]


def article_id_of(driver, settings, path: Path) -> str:
    records = driver.execute_query("MATCH (a:Article {source: $source}) RETURN a.id AS id",
                                   source=str(path.resolve()), database_=settings.neo4j_database).records
    return records[0]["id"]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A copy of the sample article (tests edit it) in a folder of its own."""
    path = tmp_path / "chi-thi-45.txt"
    shutil.copyfile(SAMPLE, path)
    return path


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "quang-tri-ke-hoach-230.txt"
    path.write_text(PLAN_ARTICLE, encoding="utf-8")
    return path


def test_the_sample_says_the_new_directive_replaces_the_2024_one_not_the_2019_one():
    rows = facts_to_rows(extract_file(str(SAMPLE), 2_000_000), "id", str(SAMPLE))
    assert {(r["from"], r["relation"], r["to"]) for r in rows.directive_links} == {
        (NEW, "replaces", OLD), (NEW, "replaces", CONCLUSION)
    }
    # Both documents numbered 35-CT/TW are nodes; only the one of 2024 is replaced.
    assert {"35-CT/TW|2019", OLD} <= {d["key"] for d in rows.directives}


def test_refers_to_keeps_the_sentence_and_the_article(clean_db, neo4j_settings, sample):
    load(clean_db, neo4j_settings, [sample])
    found = links(clean_db, neo4j_settings)
    article = article_id_of(clean_db, neo4j_settings, sample)
    assert [(r["source"], r["target"], r["relation"]) for r in found] == [
        (NEW, CONCLUSION, "replaces"), (NEW, OLD, "replaces")
    ]
    for record in found:
        assert record["evidence"].startswith(REPLACING_SENTENCE_STARTS)
        assert record["article"] == article


def test_reloading_a_changed_text_removes_its_links_and_leaves_nothing_stale(
    clean_db, neo4j_settings, sample, tmp_path
):
    load(clean_db, neo4j_settings, [sample])
    assert links(clean_db, neo4j_settings)
    # "kế thừa" (carries on from) is no cue: the new version states no link.
    changed = sample.read_text(encoding="utf-8").replace("Chỉ thị mới thay thế", "Chỉ thị mới kế thừa")
    assert changed != sample.read_text(encoding="utf-8")
    sample.write_text(changed, encoding="utf-8")
    load(clean_db, neo4j_settings, [sample])
    assert links(clean_db, neo4j_settings) == []
    reloaded = canonical_dump(clean_db, neo4j_settings.neo4j_database)
    # The same graph as the changed text loaded into an empty one (same path, so the same source).
    clean_db.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_settings.neo4j_database)
    load(clean_db, neo4j_settings, [sample])
    assert canonical_dump(clean_db, neo4j_settings.neo4j_database) == reloaded


def test_another_articles_link_stays_when_one_article_is_reloaded(clean_db, neo4j_settings, sample, plan):
    load(clean_db, neo4j_settings, [sample, plan])
    sample.write_text(sample.read_text(encoding="utf-8").replace("thay thế", "kế thừa"), encoding="utf-8")
    load(clean_db, neo4j_settings, [sample])
    assert [(r["source"], r["target"], r["relation"]) for r in links(clean_db, neo4j_settings)] == [
        (PLAN, NEW, "implements")
    ]


def test_directive_links_lists_what_a_directive_refers_to_and_what_refers_to_it(
    clean_db, neo4j_settings, sample, plan
):
    load(clean_db, neo4j_settings, [sample, plan])
    registry = QueryRegistry.from_folder(neo4j_settings)
    rows = registry.run(clean_db, "directive_links", {"directive": "45-CT/TW"}).rows
    assert [(r["direction"], r["relation"], r["other"]) for r in rows] == [
        ("refers_to", "replaces", CONCLUSION),
        ("refers_to", "replaces", OLD),
        ("referred_to_by", "implements", PLAN),
    ]
    implemented = rows[-1]
    assert implemented["evidence"] == PLAN_SENTENCE
    assert implemented["article_title"] == "Tỉnh ủy Quảng Trị ban hành kế hoạch tổ chức đại hội"
    assert implemented["other_code"] == "230-KH/TU"
    # From the replaced document's side the link points the other way.
    back = registry.run(clean_db, "directive_links", {"directive": OLD}).rows
    assert [(r["direction"], r["relation"], r["other"]) for r in back] == [
        ("referred_to_by", "replaces", NEW)
    ]


def test_the_chain_from_a_plan_to_the_directive_its_directive_replaced_walks_refers_to(
    clean_db, neo4j_settings, sample, plan
):
    load(clean_db, neo4j_settings, [sample, plan])
    registry = QueryRegistry.from_folder(neo4j_settings)
    (chain,) = registry.run(clean_db, "directive_chain", {"from": PLAN, "to": OLD}).rows
    # Through the articles it would take 4 steps (plan - article - 45 - article - 35); the links take 2.
    assert chain["steps"] == 2
    assert [n["key"] for n in chain["nodes"]] == [PLAN, NEW, OLD]
    assert [(link["type"], link["relation"]) for link in chain["links"]] == [
        ("REFERS_TO", "implements"), ("REFERS_TO", "replaces")
    ]


def test_the_rdf_export_says_the_new_directive_repeals_and_cites_the_old_one(
    clean_db, neo4j_settings, sample, plan
):
    load(clean_db, neo4j_settings, [sample, plan])
    reader = GraphReader(clean_db, neo4j_settings.neo4j_database, neo4j_settings.query_timeout_s)
    for fmt in FORMATS:  # every serialisation: RDF/XML refuses a namespace its root does not declare
        rdf = Graph()
        rdf.parse(data="".join(export_graph(reader, FORMATS[fmt], BASE, 2)), format=FORMATS[fmt].rdflib_name)
        iris = Iris(BASE)
        new, old, conclusion, plan_iri = (iris.of("directive", key) for key in (NEW, OLD, CONCLUSION, PLAN))
        for replaced in (old, conclusion):
            assert (new, ELI.repeals, replaced) in rdf
            assert (new, ELI.cites, replaced) in rdf
        assert (plan_iri, ELI.cites, new) in rdf
        assert (plan_iri, ELI.repeals, new) not in rdf and (plan_iri, ELI.amends, new) not in rdf
        # The 2019 document of the same number is neither repealed nor cited.
        assert not set(rdf.subjects(ELI.cites, iris.of("directive", "35-CT/TW|2019")))
