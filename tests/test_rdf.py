"""RDF export: the mapping, the streamed formats, content negotiation, and the export against a real Neo4j.

The graph is written by the project's own loader (graph/load.py) from short articles written
here in the genre's style; the extractor is replaced by the facts each article states, so these
tests check the export against what the graph holds, whatever the extractor's quality.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SDO, TIME
from typer.testing import CliRunner

from api.app import create_app
from api.linked_data import preferred_rdf_format
from api.rdf import CITO, ELI, Iris, dated_literal, new_graph, rows_to_graph
from api.rdf_export import FORMATS, GraphReader, RdfXmlWriter, TurtleWriter, export_graph, serialise
from graph.load import load_paths
from graph.schema import ensure_schema
from partygraph.cli import app as cli_app
from partygraph.settings import Settings
from queries.registry import QueryRegistry

BASE = "https://data.example.vn/partygraph/id/"

# ---------------------------------------------------------------------------------------------
# Articles written for these tests, and the facts each one states (the facts format).

NOI_DUNG_2020 = "\n".join([
    "Đại hội Đảng bộ Bộ Xây dựng lần thứ IV, nhiệm kỳ 2020 - 2025 thành công tốt đẹp",
    "18/06/2020",
    "Sáng 18/6, Đảng bộ Bộ Xây dựng tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2020 - 2025.",
    "Đồng chí Trần Minh Khang, Bí thư Đảng ủy Bộ Xây dựng chủ trì Đại hội.",
    "Đồng chí Lê Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy Bộ Xây dựng trình bày báo cáo chính trị.",
    "Đại hội được tổ chức theo đúng tinh thần Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị"
    " về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
])

NOI_DUNG_2021 = """Hội nghị Ban Chấp hành Đảng bộ Bộ Xây dựng
24/05/2021
Ngày 24/5, đồng chí Phạm Quốc Bảo, Phó Bí thư Thường trực Đảng ủy Bộ Xây dựng chủ trì hội nghị.
Đồng chí Lê Thị Thu Hà, Trưởng Ban Tuyên giáo Đảng ủy Bộ Xây dựng quán triệt các nghị quyết.
"""

NOI_DUNG_2022 = """Đảng ủy Bộ Xây dựng sơ kết công tác quý I
10/03/2022
Ngày 10/3, đồng chí Phạm Quốc Bảo, Phó Bí thư Thường trực Đảng ủy Bộ Xây dựng phát biểu chỉ đạo.
"""

NOI_DUNG_2024 = "\n".join([
    "Triển khai Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030",
    "02/07/2024",
    "Đảng ủy Bộ Xây dựng ban hành Kế hoạch số 12-KH/ĐUB triển khai Chỉ thị số 35-CT/TW ngày 14/6/2024"
    " của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
    "Năm 2024, đồng chí Đỗ Hữu Nghĩa, Ủy viên Ban Thường vụ Đảng ủy Bộ Xây dựng được phân công"
    " theo dõi công tác chuẩn bị.",
])


def _sentence(text: str, starts: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(starts))


def _post(person: str, title: str, organization: str, date: str | None, text: str, starts: str) -> dict:
    return {"person": person, "title": title, "organization": organization, "date": date,
            "evidence": _sentence(text, starts)}


BXD = "Đảng ủy Bộ Xây dựng"
FACTS: dict[str, tuple[str, dict]] = {
    "xay-dung-dai-hoi-iv.txt": (NOI_DUNG_2020, {
        "article": {"title": NOI_DUNG_2020.splitlines()[0], "published": "2020-06-18"},
        "persons": [{"name": "Trần Minh Khang"}, {"name": "Lê Thị Thu Hà"}],
        "posts": [
            _post("Trần Minh Khang", "Bí thư", BXD, "2020-06-18", NOI_DUNG_2020, "Đồng chí Trần"),
            _post("Lê Thị Thu Hà", "Phó Bí thư Thường trực", BXD, "2020-06-18", NOI_DUNG_2020, "Đồng chí Lê"),
        ],
        "organizations": [{"name": BXD}, {"name": "Bộ Chính trị"}],
        "congresses": [
            {"organization": "Đảng bộ Bộ Xây dựng", "ordinal": 4, "term": "2020-2025",
             "name": "Đại hội Đảng bộ Bộ Xây dựng lần thứ IV"},
            {"organization": "Đảng Cộng sản Việt Nam", "ordinal": 13},
        ],
        "directives": [{"key": "35-CT/TW", "type": "Chỉ thị", "number": "35", "issuer_code": "TW",
                        "issuer": "Bộ Chính trị", "date": "2019-05-30"}],
        "citations": [
            {"congress": {"organization": "Đảng bộ Bộ Xây dựng", "ordinal": 4}, "directive": "35-CT/TW",
             "relation": "cites", "evidence": _sentence(NOI_DUNG_2020, "Đại hội được")},
            {"congress": {"organization": "Đảng Cộng sản Việt Nam", "ordinal": 13}, "directive": "35-CT/TW",
             "relation": "concerns", "evidence": _sentence(NOI_DUNG_2020, "Đại hội được")},
        ],
    }),
    "xay-dung-hoi-nghi-2021.txt": (NOI_DUNG_2021, {
        "article": {"title": NOI_DUNG_2021.splitlines()[0], "published": "2021-05-24"},
        "persons": [{"name": "Phạm Quốc Bảo"}, {"name": "Lê Thị Thu Hà"}],
        "posts": [
            # The text gives the month only in this test's facts: the holding keeps month precision.
            _post("Phạm Quốc Bảo", "Phó Bí thư Thường trực", BXD, "2021-05", NOI_DUNG_2021, "Ngày 24/5"),
            _post("Lê Thị Thu Hà", "Trưởng ban", "Ban Tuyên giáo Đảng ủy Bộ Xây dựng", "2021-05-24",
                  NOI_DUNG_2021, "Đồng chí Lê"),
        ],
    }),
    "xay-dung-so-ket-2022.txt": (NOI_DUNG_2022, {
        "article": {"title": NOI_DUNG_2022.splitlines()[0], "published": "2022-03-10"},
        "persons": [{"name": "Phạm Quốc Bảo"}],
        "posts": [
            _post("Phạm Quốc Bảo", "Phó Bí thư Thường trực", BXD, "2022-03-10", NOI_DUNG_2022, "Ngày 10/3"),
        ],
    }),
    "xay-dung-chi-thi-35-2024.txt": (NOI_DUNG_2024, {
        "article": {"title": NOI_DUNG_2024.splitlines()[0], "published": "2024-07-02"},
        "persons": [{"name": "Đỗ Hữu Nghĩa"}],
        "posts": [_post("Đỗ Hữu Nghĩa", "Ủy viên", "Ban Thường vụ Đảng ủy Bộ Xây dựng", "2024",
                        NOI_DUNG_2024, "Năm 2024")],
        "congresses": [{"organization": "Đảng Cộng sản Việt Nam", "ordinal": 14}],
        "directives": [
            {"key": "35-CT/TW", "type": "Chỉ thị", "number": "35", "issuer_code": "TW",
             "issuer": "Bộ Chính trị", "date": "2024-06-14"},
            {"key": "12-KH/ĐUB", "type": "Kế hoạch", "number": "12", "issuer_code": "ĐUB", "issuer": BXD},
        ],
        "citations": [
            {"congress": {"organization": "Đảng Cộng sản Việt Nam", "ordinal": 14}, "directive": "35-CT/TW",
             "relation": "concerns", "evidence": _sentence(NOI_DUNG_2024, "Đảng ủy Bộ Xây dựng ban hành")},
        ],
    }),
}


def stated_facts(source: str, text: str) -> dict:
    """The extractor for these tests: the facts the article at SOURCE states."""
    return FACTS[Path(source).name][1]


def write_articles(folder: Path) -> list[Path]:
    paths = []
    for name, (text, _) in FACTS.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def load(driver, settings: Settings, paths: list[Path], batch_size: int = 50) -> None:
    ensure_schema(driver, settings.neo4j_database)
    summary = load_paths(driver, paths, database=settings.neo4j_database, extractor=stated_facts,
                         batch_size=batch_size)
    assert summary.loaded == len(paths) and not summary.skipped, summary.skipped


def export_text(driver, settings: Settings, fmt: str, chunk_size: int = 2) -> str:
    reader = GraphReader(driver, settings.neo4j_database, settings.query_timeout_s)
    return "".join(export_graph(reader, FORMATS[fmt], BASE, chunk_size))


def parse(text: str, fmt: str) -> Graph:
    graph = Graph()
    graph.parse(data=text, format=FORMATS[fmt].rdflib_name)
    return graph


def count(driver, settings: Settings, cypher: str) -> int:
    records, _, _ = driver.execute_query(cypher, database_=settings.neo4j_database)
    return records[0][0]


@pytest.fixture
def loaded(clean_db, neo4j_settings, tmp_path):
    """The test articles loaded into a clean graph; yields (driver, settings, article paths)."""
    paths = write_articles(tmp_path)
    load(clean_db, neo4j_settings, paths)
    return clean_db, neo4j_settings, paths


# ---------------------------------------------------------------------------------------------
# Against the real Neo4j.


def test_every_format_parses_back_to_the_same_triples(loaded):
    driver, settings, _ = loaded
    reference = set(parse(export_text(driver, settings, "nt"), "nt"))
    assert len(reference) > 100
    for fmt in ("turtle", "jsonld", "xml"):
        assert set(parse(export_text(driver, settings, fmt), fmt)) == reference, fmt


def test_chunk_size_does_not_change_the_export(loaded):
    driver, settings, _ = loaded
    one_page = set(parse(export_text(driver, settings, "turtle", chunk_size=1000), "turtle"))
    many_pages = set(parse(export_text(driver, settings, "turtle", chunk_size=1), "turtle"))
    assert one_page == many_pages


def test_numbers_of_resources_match_the_graph(loaded):
    driver, settings, _ = loaded
    rdf = parse(export_text(driver, settings, "nt"), "nt")
    expected = {
        FOAF.Person: "MATCH (n:Person) RETURN count(n)",
        ORG.Post: "MATCH (n:Post) RETURN count(n)",
        ELI.LegalResource: "MATCH (n:Directive) RETURN count(n)",
        ORG.Membership: "MATCH (n:Occupancy) RETURN count(n)",
        ORG.Organization: "MATCH (n:Organization) RETURN count(n)",
        SDO.Event: "MATCH (n:Congress) RETURN count(n)",
        SDO.NewsArticle: "MATCH (n:Article) RETURN count(n)",
    }
    for rdf_class, cypher in expected.items():
        in_graph = count(driver, settings, cypher)
        assert in_graph > 0, cypher
        assert len(set(rdf.subjects(RDF.type, rdf_class))) == in_graph, rdf_class
    # Two documents share the code 35-CT/TW (2019 and 2024): two resources, one local id.
    same_code = set(rdf.subjects(ELI.id_local, Literal("35-CT/TW")))
    assert len(same_code) == 2


HOLDERS_SPARQL = """
SELECT ?name ?first ?last WHERE {
  ?post org:postIn ?body ; org:role ?role .
  ?membership a org:Membership ; org:organization ?body ; org:role ?role ;
              org:member ?person ; org:memberDuring ?interval .
  ?person foaf:name ?name .
  OPTIONAL { ?interval time:hasBeginning ?b . ?b ?bp ?first .
             FILTER (?bp IN (time:inXSDDate, time:inXSDgYearMonth, time:inXSDgYear)) }
  OPTIONAL { ?interval time:hasEnd ?e . ?e ?ep ?last .
             FILTER (?ep IN (time:inXSDDate, time:inXSDgYearMonth, time:inXSDgYear)) }
}
"""

# (name, first seen, last seen) of one holder of a post.
Holder = tuple[str, str | None, str | None]


def sparql_holders(rdf: Graph, post_key: str) -> list[Holder]:
    """The holders of the post, asked of the RDF with SPARQL."""
    answers = rdf.query(HOLDERS_SPARQL, initNs={"org": ORG, "foaf": FOAF, "time": TIME},
                        initBindings={"post": Iris(BASE).of("post", post_key)})
    return sorted((str(r.name), str(r.first) if r.first else None, str(r.last) if r.last else None)
                  for r in answers)


def cypher_holders(registry: QueryRegistry, driver, post_key: str) -> list[Holder]:
    """The same, from the canned Cypher query post_holders."""
    rows = registry.run(driver, "post_holders", {"post": post_key}).rows
    return sorted((r["person"], r["first_seen"], r["last_seen"]) for r in rows)


def test_sparql_who_held_a_post_when_answers_as_the_cypher_query(loaded):
    driver, settings, _ = loaded
    rdf = parse(export_text(driver, settings, "turtle"), "turtle")
    registry = QueryRegistry.from_folder(settings)
    post_keys = [r["key"] for r in driver.execute_query(
        "MATCH (p:Post) RETURN p.key AS key", database_=settings.neo4j_database
    ).records]
    assert len(post_keys) >= 4
    compared = 0
    for post_key in post_keys:
        expected = cypher_holders(registry, driver, post_key)
        assert sparql_holders(rdf, post_key) == expected, post_key
        compared += len(expected)
    assert compared >= 5
    # The post with two holders: both, with their own spans and precision.
    vice = registry.run(driver, "post_holders", {"post": f"{BXD}|Phó Bí thư Thường trực"}).rows
    assert [(r["person"], r["first_seen"], r["last_seen"]) for r in vice] == [
        ("Lê Thị Thu Hà", "2020-06-18", "2020-06-18"),
        ("Phạm Quốc Bảo", "2021-05", "2022-03-10"),
    ]


def test_dates_keep_their_precision(loaded):
    driver, settings, _ = loaded
    rdf = parse(export_text(driver, settings, "nt"), "nt")
    positions = {
        str(value): value.datatype
        for predicate in (TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear)
        for value in rdf.objects(None, predicate)
    }
    assert positions["2021-05"] == XSD.gYearMonth
    assert positions["2024"] == XSD.gYear
    assert positions["2022-03-10"] == XSD.date


def test_every_holding_says_which_article_and_sentence_it_comes_from(loaded):
    driver, settings, _ = loaded
    rdf = parse(export_text(driver, settings, "jsonld"), "jsonld")
    records, _, _ = driver.execute_query(
        "MATCH (o:Occupancy)-[a:ATTESTED_IN]->(art:Article) RETURN o.key AS key, art.id AS article,"
        " a.evidence AS evidence", database_=settings.neo4j_database,
    )
    assert len(records) >= 6
    iris = Iris(BASE)
    for record in records:
        membership = iris.of("occupancy", record["key"])
        article = iris.of("article", record["article"])
        assert (membership, PROV.wasDerivedFrom, article) in rdf
        assert (article, RDF.type, SDO.NewsArticle) in rdf
        quotes = {
            str(rdf.value(derivation_entity, PROV.value))
            for derivation in rdf.objects(membership, PROV.qualifiedDerivation)
            for derivation_entity in rdf.objects(derivation, PROV.entity)
            if (derivation_entity, PROV.wasQuotedFrom, article) in rdf
        }
        assert record["evidence"] in quotes


def test_iris_are_the_same_after_a_reload(clean_db, neo4j_settings, tmp_path):
    paths = write_articles(tmp_path)
    load(clean_db, neo4j_settings, paths)
    first = set(parse(export_text(clean_db, neo4j_settings, "nt"), "nt"))
    clean_db.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_settings.neo4j_database)
    # Another order and one article per transaction: the graph, hence the RDF, must not care.
    load(clean_db, neo4j_settings, list(reversed(paths)), batch_size=1)
    second = set(parse(export_text(clean_db, neo4j_settings, "nt"), "nt"))
    iris = {term for triple in first for term in triple if isinstance(term, URIRef) and term.startswith(BASE)}
    assert len(iris) > 30
    assert first == second


def test_export_of_the_sample_articles_read_by_the_real_extractor(clean_db, neo4j_settings):
    """The shipped sample articles through the real extractor and loader: RDF and Cypher agree."""
    samples = Path(__file__).resolve().parent.parent / "examples" / "articles"
    ensure_schema(clean_db, neo4j_settings.neo4j_database)
    summary = load_paths(clean_db, [samples], database=neo4j_settings.neo4j_database)
    assert summary.loaded >= 5, summary.skipped
    rdf = parse(export_text(clean_db, neo4j_settings, "turtle", chunk_size=25), "turtle")
    for rdf_class, label in ((FOAF.Person, "Person"), (ORG.Post, "Post"), (ELI.LegalResource, "Directive"),
                             (ORG.Membership, "Occupancy")):
        in_graph = count(clean_db, neo4j_settings, f"MATCH (n:{label}) RETURN count(n)")
        assert in_graph > 0, label
        assert len(set(rdf.subjects(RDF.type, rdf_class))) == in_graph, label
    registry = QueryRegistry.from_folder(neo4j_settings)
    post_keys = [r["key"] for r in clean_db.execute_query(
        "MATCH (p:Post) RETURN p.key AS key", database_=neo4j_settings.neo4j_database
    ).records]
    for post_key in post_keys:
        assert sparql_holders(rdf, post_key) == cypher_holders(registry, clean_db, post_key), post_key


def test_cli_writes_the_export_to_a_file(loaded, tmp_path):
    driver, settings, _ = loaded
    out = tmp_path / "graph.ttl"
    arguments = ["export", "--format", "turtle", "--out", str(out), "--chunk-size", "3"]
    result = CliRunner().invoke(cli_app, arguments)
    assert result.exit_code == 0, result.output
    rdf = parse(out.read_text(encoding="utf-8"), "turtle")
    persons = count(driver, settings, "MATCH (n:Person) RETURN count(n)")
    assert len(set(rdf.subjects(RDF.type, FOAF.Person))) == persons
    bad = CliRunner().invoke(cli_app, ["export", "--format", "rdfa"])
    assert bad.exit_code == 2
    assert "unknown RDF format 'rdfa'" in bad.output


def test_api_export_streams_every_format(loaded):
    driver, settings, _ = loaded
    reference = set(parse(export_text(driver, settings, "nt"), "nt"))
    app = create_app(settings.model_copy(update={"base_iri": BASE}))
    with TestClient(app) as client:
        for fmt in FORMATS.values():
            response = client.get("/export", params={"format": fmt.name})
            assert response.status_code == 200
            assert response.headers["content-type"].startswith(fmt.media_type)
            assert set(parse(response.text, fmt.name)) == reference, fmt.name
        assert client.get("/export", params={"format": "rdfa"}).status_code == 422


def test_resource_endpoints_answer_rdf_when_asked(loaded):
    _, settings, _ = loaded
    app = create_app(settings.model_copy(update={"base_iri": BASE}))
    iris = Iris(BASE)
    person = iris.of("person", "phạm quốc bảo")
    with TestClient(app) as client:
        turtle = client.get("/persons/Phạm Quốc Bảo", headers={"Accept": "text/turtle"})
        assert turtle.status_code == 200
        assert turtle.headers["content-type"].startswith("text/turtle")
        rdf = parse(turtle.text, "turtle")
        assert (person, FOAF.name, Literal("Phạm Quốc Bảo", lang="vi")) in rdf
        assert len(set(rdf.subjects(ORG.member, person))) == 1
        jsonld = client.get("/persons/pham quoc bao", headers={"Accept": "application/ld+json"})
        if jsonld.status_code == 200:  # the person route may not fold diacritics; the key form must work
            assert (person, RDF.type, FOAF.Person) in parse(jsonld.text, "jsonld")
        by_key = client.get("/persons/phạm quốc bảo", headers={"Accept": "application/ld+json"})
        assert by_key.status_code == 200
        assert (person, RDF.type, FOAF.Person) in parse(by_key.text, "jsonld")
        plain = client.get("/persons/Phạm Quốc Bảo", headers={"Accept": "application/json"})
        assert plain.headers["content-type"].startswith("application/json")
        assert plain.json()["key"] == "phạm quốc bảo"
        directive = client.get("/directives/35-CT/TW|2024", headers={"Accept": "text/turtle"})
        assert directive.status_code == 200
        assert (iris.of("directive", "35-CT/TW|2024"), ELI.id_local, Literal("35-CT/TW")) in parse(
            directive.text, "turtle"
        )
        assert client.get("/persons/Không Có Ai", headers={"Accept": "text/turtle"}).status_code == 404


def test_every_resource_kind_answers_rdf_when_asked(loaded):
    driver, settings, _ = loaded
    article_id = driver.execute_query(
        "MATCH (a:Article) RETURN a.id AS id ORDER BY a.published LIMIT 1", database_=settings.neo4j_database
    ).records[0]["id"]
    iris = Iris(BASE)
    resources = [
        ("/organizations/Đảng ủy Bộ Xây dựng", iris.of("organization", BXD.lower()), ORG.Organization),
        ("/posts/Đảng ủy Bộ Xây dựng|Bí thư", iris.of("post", "đảng ủy bộ xây dựng|bí thư"), ORG.Post),
        ("/congresses/Đảng bộ Bộ Xây dựng|IV", iris.of("congress", "bộ xây dựng|4"), SDO.Event),
        (f"/articles/{article_id}", iris.of("article", article_id), SDO.NewsArticle),
    ]
    app = create_app(settings.model_copy(update={"base_iri": BASE}))
    with TestClient(app) as client:
        for path, iri, rdf_class in resources:
            response = client.get(path, headers={"Accept": "application/rdf+xml"})
            assert response.status_code == 200, path
            assert response.headers["content-type"].startswith("application/rdf+xml"), path
            assert (iri, RDF.type, rdf_class) in parse(response.text, "xml"), path
            assert client.get(path).headers["content-type"].startswith("application/json"), path
        # A congress's description carries its citations (with their sentences), a directive's too.
        turtle = {"Accept": "text/turtle"}
        congress = parse(client.get("/congresses/Đảng bộ Bộ Xây dựng|IV", headers=turtle).text, "turtle")
        directive = parse(client.get("/directives/35-CT/TW|2019", headers=turtle).text, "turtle")
        for description in (congress, directive):
            assert (iris.of("congress", "bộ xây dựng|4"), DCTERMS.references,
                    iris.of("directive", "35-CT/TW|2019")) in description
            assert set(description.subjects(RDF.type, CITO.Citation))


def test_export_answers_503_while_neo4j_is_unreachable():
    settings = Settings(neo4j_uri="bolt://127.0.0.1:9", base_iri=BASE)
    with TestClient(create_app(settings)) as client:
        response = client.get("/export", params={"format": "nt"})
    assert response.status_code == 503
    assert "unreachable" in response.json()["detail"]


# ---------------------------------------------------------------------------------------------
# Without Neo4j: the mapping and the negotiation.


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, None),
        ("*/*", None),
        ("application/json", None),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", None),
        ("text/turtle", "turtle"),
        ("application/ld+json", "jsonld"),
        ("application/json;q=0.5, text/turtle", "turtle"),
        ("text/turtle;q=0.4, application/json", None),
        ("text/turtle;q=0.5, application/ld+json;q=0.9, */*;q=0.1", "jsonld"),
        ("text/*", "turtle"),
        ("text/turtle;q=0", None),
        ("text/turtle;q=abc", None),
    ],
)
def test_accept_header_picks_rdf_only_when_preferred_to_json(accept, expected):
    fmt = preferred_rdf_format(accept)
    assert (fmt.name if fmt else None) == expected


def test_partial_dates_become_literals_of_their_precision():
    assert dated_literal("2021") == Literal("2021", datatype=XSD.gYear)
    assert dated_literal("2021-05") == Literal("2021-05", datatype=XSD.gYearMonth)
    assert dated_literal("2021-05-24") == Literal("2021-05-24", datatype=XSD.date)
    assert dated_literal("24/5/2021") is None
    assert dated_literal(None) is None


def test_iris_percent_encode_any_key_and_parse_back():
    iris = Iris("https://data.example.vn/id")  # no trailing slash: one is added
    directive = iris.of("directive", "1422-KH/ĐUB|2020")
    assert directive == URIRef("https://data.example.vn/id/directive/1422-KH%2F%C4%90UB%7C2020")
    for fmt in FORMATS.values():
        graph = new_graph(iris)
        rows_to_graph("directive", [{"key": "1422-KH/ĐUB|2020", "code": "1422-KH/ĐUB"}], iris, graph)
        text = serialise(graph, fmt, "https://data.example.vn/id")
        assert (directive, ELI.id_local, Literal("1422-KH/ĐUB")) in parse(text, fmt.name)


def test_turtle_chunk_keeps_a_prefix_the_header_lacks():
    iris = Iris(BASE)
    writer = TurtleWriter(FORMATS["turtle"], iris)
    graph = new_graph(iris)
    other = Namespace("http://example.org/other#")
    graph.add((iris.of("person", "a"), other.knows, iris.of("person", "b")))
    text = writer.header() + writer.chunk(graph) + writer.footer()
    assert (iris.of("person", "a"), other.knows, iris.of("person", "b")) in parse(text, "turtle")


def test_rdf_xml_chunk_with_an_undeclared_namespace_is_refused():
    iris = Iris(BASE)
    graph = new_graph(iris)
    graph.add((iris.of("person", "a"), Namespace("http://example.org/other#").knows, iris.of("person", "b")))
    with pytest.raises(ValueError, match="undeclared namespace"):
        RdfXmlWriter(FORMATS["xml"], iris).chunk(graph)
