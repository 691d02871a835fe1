"""The API on the real Neo4j: resources on known facts of the dev corpus, ingest, errors, outages, limits.

The graph is the dev corpus (../shared/corpus/dev) loaded through the real loader. An outage is
played with a TCP relay between the API and Neo4j that the test cuts and restores, so the API
sees Neo4j go away and come back without the shared test server being stopped.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from graph.load import load_paths
from graph.schema import ensure_schema
from graph.server import free_port
from queries.registry import QUERY_DIR, load_query

DEV_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
API_KEY = "test-key-9f2c1b7e"

PERSON = "Nguyễn Đắc Thành"
PERSON_KEY = "nguyễn đắc thành"
BODY = "Đảng ủy Bộ Ngoại giao"
TITLE = "Phó Bí thư Thường trực"
NATIONAL_CONGRESS_XIII = "đảng cộng sản việt nam|13"

# A short article in the genre, written for these tests (the names are invented).
SAMPLE_ARTICLE = """Đảng ủy Tổng công ty Lương thực miền Nam sơ kết công tác quý I/2025

Ngày 15/3/2025, tại TP. Hồ Chí Minh, Đảng ủy Tổng công ty Lương thực miền Nam tổ chức Hội nghị sơ kết \
công tác xây dựng Đảng quý I và triển khai nhiệm vụ quý II/2025.

Đồng chí Trần Quốc Khánh, Bí thư Đảng ủy Tổng công ty Lương thực miền Nam chủ trì hội nghị. Dự hội nghị \
có đồng chí Lê Minh Tâm, Phó Bí thư Thường trực Đảng ủy Tổng công ty.

Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội \
đại biểu toàn quốc lần thứ XIV của Đảng, Đảng ủy Tổng công ty đã xây dựng kế hoạch chuẩn bị đại hội.
"""


def url(path: str) -> str:
    """PATH with its Vietnamese and '|' characters percent-encoded, as a browser sends them."""
    return quote(path, safe="/?=&")


def node_count(driver) -> int:
    return driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]


@pytest.fixture(scope="module")
def dev_graph(neo4j_driver, neo4j_server):
    """The dev corpus loaded through the real loader into an emptied graph (once for this module)."""
    assert DEV_CORPUS.is_dir(), f"the dev corpus is missing: {DEV_CORPUS}"
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_server.database)
    ensure_schema(neo4j_driver, neo4j_server.database)
    summary = load_paths(neo4j_driver, [DEV_CORPUS], database=neo4j_server.database)
    assert summary.loaded == summary.read > 0 and not summary.skipped
    return neo4j_driver


@pytest.fixture(scope="module")
def client(dev_graph, neo4j_settings):
    settings = neo4j_settings.model_copy(update={"api_key": SecretStr(API_KEY)})
    with TestClient(create_app(settings)) as test_client:
        yield test_client


# ---- resources on known facts ---------------------------------------------------------------------


def test_health_reports_the_neo4j_version_and_the_node_count(client, dev_graph):
    answer = client.get("/health")
    assert answer.status_code == 200
    body = answer.json()
    assert body["status"] == "ok" and body["neo4j_version"].startswith("5.26")
    assert body["nodes"] == node_count(dev_graph)


def test_a_search_without_diacritics_finds_people(client):
    answer = client.get("/search", params={"q": "nguyen dac thanh"})
    assert answer.status_code == 200
    assert (PERSON_KEY, "person") in {(hit["key"], hit["kind"]) for hit in answer.json()["items"]}
    persons = client.get("/persons", params={"q": "NGUYEN DAC TH"}).json()
    assert [p["name"] for p in persons["items"]] == [PERSON]


def test_a_person_and_the_timeline_of_their_posts(client):
    person = client.get(url(f"/persons/{PERSON}"))
    assert person.status_code == 200 and person.json()["key"] == PERSON_KEY
    # Any capitalisation of the name is the same key.
    assert client.get(url(f"/persons/{PERSON.upper()}")).json()["key"] == PERSON_KEY
    timeline = client.get(url(f"/persons/{PERSON_KEY}/timeline")).json()
    entry = next(e for e in timeline if e["title"] == TITLE and e["organization"] == BODY)
    assert entry["attestations"] and PERSON in entry["attestations"][0]["evidence"]


def test_who_held_posts_in_the_ministry_party_committee_on_2021_05_24(client):
    answer = client.get(url(f"/organizations/{BODY}/holders?on=2021-05-24"))
    assert answer.status_code == 200
    assert (PERSON, TITLE, BODY) in {(h["person"], h["title"], h["organization"]) for h in answer.json()}


def test_who_held_the_standing_deputy_secretary_post_on_a_date(client):
    holders = client.get(url(f"/posts/{BODY}|{TITLE}/holders?on=2021-05-24"))
    assert holders.status_code == 200, holders.text
    assert [h["person"] for h in holders.json()] == [PERSON]
    in_2020 = client.get(url(f"/posts/{BODY}|{TITLE}/holders?on=2020")).json()
    assert [h["person"] for h in in_2020] == ["Nguyễn Quang Trung"]
    assert client.get(url(f"/posts/{BODY}|{TITLE}/holders?on=1990")).json() == []


def test_a_body_with_its_parts_posts_and_holders(client):
    body = client.get(url(f"/organizations/{BODY}")).json()
    assert "Ban Tuyên giáo Đảng ủy Bộ Ngoại giao" in [part["name"] for part in body["parts"]]
    assert TITLE in [post["title"] for post in body["posts"]]
    holders = client.get(url(f"/organizations/{BODY}/holders")).json()
    assert PERSON in [h["person"] for h in holders]
    post_holders = client.get(url(f"/posts/{BODY}|{TITLE}/holders")).json()
    assert PERSON in [h["person"] for h in post_holders]


def test_35_ct_tw_concerns_the_national_congress_xiii(client):
    answer = client.get(url("/directives/35-CT/TW|2019/citations"))
    assert answer.status_code == 200
    assert (NATIONAL_CONGRESS_XIII, "concerns") in {(c["congress"], c["relation"]) for c in answer.json()}
    directive = client.get(url("/directives/35-CT/TW|2019")).json()
    assert directive["code"] == "35-CT/TW" and directive["year"] == 2019 and directive["citations"] > 0


def test_the_congress_of_the_ministry_of_industry_and_trade_iii_cites_35_ct_tw(client):
    congress = client.get(url("/congresses/Đảng bộ Bộ Công Thương|III"))
    assert congress.status_code == 200
    body = congress.json()
    assert body["organization"] == "Đảng bộ Bộ Công Thương" and body["ordinal"] == 3
    assert ("35-CT/TW", "cites") in {(d["code"], d["relation"]) for d in body["directives"]}
    links = client.get(url("/congresses/Đảng bộ Bộ Công Thương|3/directives")).json()
    assert any(link["code"] == "35-CT/TW" and link["evidence"] for link in links)


def test_most_cited_directives_and_provenance(client):
    top = client.get(
        "/directives/top", params={"issuer_code": "TW", "from_year": 2019, "to_year": 2020}
    ).json()
    assert top[0]["code"] == "35-CT/TW"
    provenance = client.get(
        "/provenance/citation", params={"congress": "Đảng Cộng sản Việt Nam|13", "directive": "35-CT/TW|2019"}
    ).json()
    assert provenance["sources"] and all(s["article"] and s["evidence"] for s in provenance["sources"])
    article = client.get(f"/articles/{provenance['sources'][0]['article']}").json()
    assert "35-CT/TW" in [c["code"] for c in article["citations"]]


def test_lists_page_with_limit_and_offset(client):
    first = client.get("/persons", params={"limit": 3}).json()
    second = client.get("/persons", params={"limit": 3, "offset": 3}).json()
    assert len(first["items"]) == 3 and first["next_offset"] == 3
    assert not {p["key"] for p in first["items"]} & {p["key"] for p in second["items"]}


# An article of the dev corpus with a publication date, and the congress its sentences cite.
FOREIGN_MINISTRY_CONGRESS_ARTICLE = (
    "Đại hội đảng bộ các cấp trong Đảng bộ Bộ Ngoại giao tiến tới Đại hội Đảng bộ Bộ Ngoại giao "
    "lần thứ XXVIII, nhiệm kỳ 2020 - 2025"
)
JULY_2020 = {"published_from": "2020-07", "published_to": "2020-07"}


@pytest.mark.parametrize(
    ("path", "params", "field", "known"),
    [
        ("/organizations", {"q": "dang uy bo ngoai giao"}, "name", BODY),
        ("/posts", {"organization": BODY}, "title", TITLE),
        ("/congresses", {"organization": "Đảng bộ Bộ Công Thương"}, "key", "bộ công thương|3"),
        ("/directives", {"q": "35-CT/TW"}, "key", "35-CT/TW|2019"),
        ("/articles", JULY_2020, "title", FOREIGN_MINISTRY_CONGRESS_ARTICLE),
    ],
)
def test_each_list_holds_a_known_item(client, path, params, field, known):
    answer = client.get(path, params=params)
    assert answer.status_code == 200, answer.text
    assert known in [item[field] for item in answer.json()["items"]]
    # Unfiltered, it is there too (every list is small enough on the dev corpus).
    everything = client.get(path, params={"limit": 500}).json()
    assert known in [item[field] for item in everything["items"]] and everything["next_offset"] is None


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/organizations", "key"),
        ("/posts", "key"),
        ("/congresses", "key"),
        ("/directives", "key"),
        ("/articles", "id"),
    ],
)
def test_each_list_pages_with_limit_and_offset(client, path, field):
    first_four = [item[field] for item in client.get(path, params={"limit": 4}).json()["items"]]
    first = client.get(path, params={"limit": 2}).json()
    second = client.get(path, params={"limit": 2, "offset": 2}).json()
    assert (first["limit"], first["offset"], first["next_offset"]) == (2, 0, 2)
    assert (second["offset"], second["next_offset"]) == (2, 4)
    pages = [item[field] for item in first["items"]] + [item[field] for item in second["items"]]
    assert len(first_four) == 4 and pages == first_four


def test_articles_published_within_a_period(client):
    items = client.get("/articles", params=JULY_2020).json()["items"]
    assert items and all(item["published"].startswith("2020-07") for item in items)


def test_the_chain_from_35_ct_tw_to_a_ministry_plan(client):
    answer = client.get("/directives/chain", params={"from": "35-CT/TW|2019", "to": "1422-KH/ĐUB"})
    assert answer.status_code == 200, answer.text
    chain = answer.json()
    assert chain["found"] is True
    keys = [node["key"] for node in chain["nodes"]]
    assert keys[0] == "35-CT/TW|2019" and keys[-1] == "1422-KH/DUB|2020"
    assert chain["steps"] == len(chain["links"]) == len(keys) - 1
    assert {node["kind"] for node in chain["nodes"][1:-1]} <= {"congress", "article"}


def test_the_articles_that_name_35_ct_tw(client):
    answer = client.get(url("/directives/35-CT/TW|2019/articles"))
    assert answer.status_code == 200, answer.text
    mentions = answer.json()
    assert mentions and {m["directive"] for m in mentions} == {"35-CT/TW|2019"}
    assert all(any("35" in sentence for sentence in m["evidence"]) for m in mentions)
    if len(mentions) > 1:
        second = client.get(url("/directives/35-CT/TW|2019/articles?limit=1&offset=1")).json()
        assert [m["article"] for m in second] == [mentions[1]["article"]]


def test_the_sentence_behind_a_holding_names_the_person(client):
    answer = client.get("/provenance/holding", params={"person": PERSON, "post": f"{BODY}|{TITLE}"})
    assert answer.status_code == 200, answer.text
    provenance = answer.json()
    assert provenance["fact"] == {"occupancy": f"{PERSON_KEY}|đảng ủy bộ ngoại giao|phó bí thư thường trực"}
    assert provenance["sources"] and all(PERSON in source["evidence"] for source in provenance["sources"])
    assert {source["date"] for source in provenance["sources"]} == {"2021-05-24"}


def test_the_articles_that_name_a_person_and_a_directive(client):
    person = client.get("/provenance/node", params={"kind": "person", "key": PERSON_KEY}).json()
    assert person["fact"] == {"kind": "person", "key": PERSON_KEY}
    assert person["sources"] and any(PERSON in " ".join(s["evidence"]) for s in person["sources"])
    directive = client.get("/provenance/node", params={"kind": "directive", "key": "35-CT/TW|2019"}).json()
    assert FOREIGN_MINISTRY_CONGRESS_ARTICLE in [source["title"] for source in directive["sources"]]
    unknown = client.get("/provenance/node", params={"kind": "congress", "key": PERSON_KEY})
    assert unknown.status_code == 404


def test_two_officials_of_the_same_party_committee_are_one_step_apart(client):
    answer = client.get(url(f"/persons/{PERSON}/connection"), params={"to": "Bùi Thanh Sơn"})
    assert answer.status_code == 200, answer.text
    connection = answer.json()
    assert connection["found"] is True and connection["steps"] == 1
    nodes = connection["nodes"]
    assert nodes[0]["key"] == PERSON_KEY and nodes[-1]["key"] == "bùi thanh sơn"
    assert {"kind": "organization", "key": "đảng ủy bộ ngoại giao", "name": BODY} in nodes


def test_the_query_catalogue_and_running_a_query_by_name(client):
    catalogue = client.get("/queries").json()
    assert {q["name"] for q in catalogue} == {p.stem for p in QUERY_DIR.glob("*.cypher")}
    timeline = next(q for q in catalogue if q["name"] == "person_timeline")
    assert [p["name"] for p in timeline["parameters"]][0] == "person"
    answer = client.get("/queries/directive_citations", params={"directive": "35-CT/TW"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["parameters"]["directive"] == "35-CT/TW" and not body["truncated"]
    assert (NATIONAL_CONGRESS_XIII, "concerns") in {(r["congress"], r["relation"]) for r in body["rows"]}


# ---- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/persons/Nguyễn Văn Không Có",
        "/persons/Nguyễn Văn Không Có/timeline",
        "/persons/Nguyễn Văn Không Có/connection?to=Nguyễn Đắc Thành",
        "/organizations/Đảng ủy Không Tồn Tại",
        "/organizations/Đảng ủy Không Tồn Tại/holders",
        "/organizations/Đảng ủy Không Tồn Tại/holders?on=2021",
        "/posts/Đảng ủy Không Tồn Tại|Bí thư/holders",
        "/posts/Đảng ủy Không Tồn Tại|Bí thư/holders?on=2021",
        "/congresses/Đảng bộ Không Tồn Tại|IX/directives",
        "/posts/Đảng ủy Không Tồn Tại|Bí thư",
        "/congresses/Đảng bộ Không Tồn Tại|IX",
        "/directives/9999-CT/TW",
        "/articles/0000000000000000000000000000000000000000000000000000000000000000",
        "/queries/no_such_query",
    ],
)
def test_an_unknown_key_is_404_with_a_detail(client, path):
    answer = client.get(url(path))
    assert answer.status_code == 404
    assert answer.json()["detail"]


@pytest.mark.parametrize(
    "path",
    [
        "/directives/35-CT/TW",
        "/directives/35-CT/TW/citations",
        "/directives/35-CT/TW/articles",
        "/directives/chain?from=35-CT/TW&to=1422-KH/ĐUB",
    ],
)
def test_a_bare_code_naming_two_documents_is_409(client, path):
    """The dev corpus cites 35-CT/TW of 30/5/2019 and the one of 14/6/2024: the bare code is ambiguous."""
    answer = client.get(url(path))
    assert answer.status_code == 409, answer.text
    detail = answer.json()["detail"]
    assert "35-CT/TW|2019" in detail and "35-CT/TW|2024" in detail


def test_a_query_past_the_timeout_is_504(dev_graph, neo4j_settings, tmp_path):
    runaway = tmp_path / "runaway.cypher"
    runaway.write_text(
        "// name: runaway\n// description: counts far past any timeout\n"
        "UNWIND range(1, 4000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n\n",
        encoding="utf-8",
    )
    app = create_app(neo4j_settings.model_copy(update={"query_timeout_s": 0.5}))
    # The app's own registry (its limits) with one more query, served like the canned ones.
    app.state.registry.queries["runaway"] = load_query(runaway)
    with TestClient(app) as api:
        started = time.monotonic()
        answer = api.get("/queries/runaway")
        assert answer.status_code == 504, answer.text
        assert "0.5 s" in answer.json()["detail"] and time.monotonic() - started < 10
        # Neo4j stopped the transaction; the next request is answered as usual.
        assert api.get("/health").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/organizations/Đảng ủy Bộ Ngoại giao/holders?on=24-05-2021",
        "/organizations/Đảng ủy Bộ Ngoại giao/holders?on=2021-02-30",
        "/posts/Đảng ủy Bộ Ngoại giao|Phó Bí thư Thường trực/holders?on=2021-13",
        "/persons?limit=0",
        "/persons?limit=100000",
        "/persons?offset=-1",
        "/search",
        "/search?q=!!! ???",
        "/congresses/Đảng bộ Bộ Công Thương|thứ ba",
        "/queries/person",
        "/queries/person?person=x&evil=1",
        "/queries/holders_on_date?organization=x&date=2021&date=2022",
        "/directives/top?from_year=abc",
    ],
)
def test_a_bad_parameter_is_422_with_a_one_line_detail(client, path):
    answer = client.get(url(path))
    assert answer.status_code == 422
    detail = answer.json()["detail"]
    assert isinstance(detail, str) and detail and "\n" not in detail and "Traceback" not in detail


def test_hostile_text_in_every_kind_of_parameter_changes_nothing(client, dev_graph):
    before = node_count(dev_graph)
    hostile = ["' OR 1=1 //", "`n`}) MATCH (n) DETACH DELETE n //", '"}]\\', "x" * 5000, "\u202e\u0007é"]
    for text in hostile:
        for path, params in [
            ("/search", {"q": text}),
            ("/persons", {"q": text}),
            (f"/persons/{text}", {}),
            (f"/organizations/{text}/holders", {"on": "2021"}),
            (f"/directives/{text}", {}),
            ("/provenance/node", {"kind": "person", "key": text}),
            ("/queries/person", {"person": text}),
        ]:
            answer = client.get(url(path), params=params)
            assert answer.status_code < 500, (path, text, answer.text)
            assert "detail" in answer.json() or answer.status_code == 200
    assert node_count(dev_graph) == before


def test_the_row_cap_bounds_every_answer(dev_graph, neo4j_settings):
    settings = neo4j_settings.model_copy(update={"max_rows": 2})
    with TestClient(create_app(settings)) as capped:
        answer = capped.get(
            "/queries/provenance_citation",
            params={"congress": "Đảng Cộng sản Việt Nam|13", "directive": "35-CT/TW"},
        ).json()
        assert len(answer["rows"]) == 2 and answer["truncated"] is True
        assert capped.get("/persons", params={"limit": 3}).status_code == 422
        assert len(capped.get("/persons").json()["items"]) == 2


# ---- ingest ----------------------------------------------------------------------------------------


def test_ingest_needs_the_key_401_without_403_with_a_wrong_one(client, dev_graph, caplog):
    before = node_count(dev_graph)
    caplog.set_level(logging.DEBUG)
    headers = {"Content-Type": "text/plain; charset=utf-8"}
    missing = client.post("/articles", content=SAMPLE_ARTICLE.encode(), headers=headers)
    assert missing.status_code == 401 and missing.json()["detail"]
    wrong_key = "wrong-" + API_KEY
    wrong = client.post(
        "/articles", content=SAMPLE_ARTICLE.encode(), headers={**headers, "X-API-Key": wrong_key}
    )
    assert wrong.status_code == 403 and wrong.json()["detail"]
    assert node_count(dev_graph) == before
    assert API_KEY not in caplog.text and wrong_key not in caplog.text


@pytest.mark.parametrize(
    ("content", "content_type", "status"),
    [
        (b"", "text/plain", 422),
        (b"   \n\t ", "text/plain", 422),
        (b"\x00\x01\x02\x89PNG binary", "text/plain", 422),
        ("Hội nghị".encode("utf-16"), "text/plain", 422),
        (b"\xc3\x28 not utf-8", "text/plain", 422),
        (SAMPLE_ARTICLE.encode(), "text/html", 415),
        (SAMPLE_ARTICLE.encode(), None, 415),
        (b'{"text": 42}', "application/json", 422),
        (b"{not json", "application/json", 422),
        (b"x" * 3_000_001, "text/plain", 413),
    ],
)
def test_ingest_refuses_bad_bodies_and_stores_nothing(client, dev_graph, content, content_type, status):
    before = node_count(dev_graph)
    headers = {"X-API-Key": API_KEY}
    if content_type:
        headers["Content-Type"] = content_type
    answer = client.post("/articles", content=content, headers=headers)
    assert answer.status_code == status, answer.text
    assert answer.json()["detail"]
    assert node_count(dev_graph) == before


def test_ingest_stores_an_article_whole_and_a_second_post_changes_nothing(client, dev_graph):
    answer = client.post(
        "/articles",
        json={"text": SAMPLE_ARTICLE, "source": "https://example.org/tin-tuc/so-ket-quy-1"},
        headers={"X-API-Key": API_KEY},
    )
    assert answer.status_code == 201, answer.text
    stored = answer.json()
    assert stored["status"] == "written" and stored["facts"]["persons"] >= 2
    article = client.get(f"/articles/{stored['article']}").json()
    assert article["source"] == "https://example.org/tin-tuc/so-ket-quy-1"
    assert len([m for m in article["mentions"] if m["kind"] == "person"]) == stored["facts"]["persons"]
    # The new facts are served at once, with their sentence.
    found = client.get("/persons", params={"q": "tran quoc khanh"}).json()["items"]
    assert [p["name"] for p in found] == ["Trần Quốc Khánh"]
    timeline = client.get(url("/persons/Trần Quốc Khánh/timeline")).json()
    assert timeline and timeline[0]["title"] == "Bí thư" and timeline[0]["first_seen"] == "2025-03-15"
    assert "Trần Quốc Khánh" in timeline[0]["attestations"][0]["evidence"]

    before = node_count(dev_graph)
    again = client.post(
        "/articles",
        content=SAMPLE_ARTICLE.encode(),
        headers={"X-API-Key": API_KEY, "Content-Type": "text/plain; charset=utf-8"},
    )
    assert again.status_code == 201 and again.json()["status"] == "unchanged"
    assert node_count(dev_graph) == before


# ---- Neo4j unreachable, and back ---------------------------------------------------------------------


class BoltRelay:
    """A TCP relay from a local port to Neo4j's Bolt port that can be cut and restored (an outage)."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self.port = free_port()
        self._listener: socket.socket | None = None
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """Close the port and every open connection: the API now finds nothing listening."""
        if self._listener is not None:
            # shutdown wakes the thread blocked in accept(); close alone would leave the port listening.
            _close(self._listener)
            self._listener = None
        with self._lock:
            for connection in self._connections:
                _close(connection)
            self._connections.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                _close(client)
                continue
            upstream.settimeout(None)
            with self._lock:
                self._connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pump, args=(source, sink), daemon=True).start()


def _pump(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        _close(source)
        _close(sink)


def _close(connection: socket.socket) -> None:
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    connection.close()


def assert_unavailable(answer) -> None:
    assert answer.status_code == 503, answer.text
    assert answer.headers["content-type"].startswith("application/json")
    detail = answer.json()["detail"]
    assert "Neo4j" in detail and "Traceback" not in detail


def test_503_while_neo4j_is_unreachable(neo4j_settings):
    dead = neo4j_settings.model_copy(
        update={"neo4j_uri": f"bolt://127.0.0.1:{free_port()}", "api_key": SecretStr(API_KEY)}
    )
    with TestClient(create_app(dead)) as unreachable:
        for path in ["/health", "/persons", url(f"/persons/{PERSON}/timeline"), "/queries/search?q=nguyen"]:
            assert_unavailable(unreachable.get(path))
        # Names that need no Neo4j still answer.
        assert unreachable.get("/queries").status_code == 200
        posted = unreachable.post(
            "/articles",
            content=SAMPLE_ARTICLE.encode(),
            headers={"X-API-Key": API_KEY, "Content-Type": "text/plain"},
        )
        assert_unavailable(posted)


def test_the_api_recovers_by_itself_when_neo4j_comes_back(dev_graph, neo4j_settings):
    bolt_port = int(neo4j_settings.bolt_uri.rsplit(":", 1)[1])
    relay = BoltRelay(bolt_port)
    relay.start()
    settings = neo4j_settings.model_copy(update={"neo4j_uri": f"bolt://127.0.0.1:{relay.port}"})
    try:
        with TestClient(create_app(settings)) as api:
            assert api.get("/health").status_code == 200
            assert api.get(url(f"/persons/{PERSON}")).status_code == 200
            relay.cut()
            assert_unavailable(api.get("/health"))
            assert_unavailable(api.get(url(f"/persons/{PERSON}")))
            relay.start()
            # The same app, not restarted: the first request after the outage is answered.
            started = time.monotonic()
            assert api.get("/health").status_code == 200
            assert api.get(url(f"/persons/{PERSON}")).json()["key"] == PERSON_KEY
            assert time.monotonic() - started < 10
    finally:
        relay.cut()


# ---- CORS and the schema -----------------------------------------------------------------------------


def test_cors_is_closed_unless_origins_are_configured(client, neo4j_settings):
    origin = "https://explorer.example.org"
    closed = client.get("/queries", headers={"Origin": origin})
    assert "access-control-allow-origin" not in closed.headers
    settings = neo4j_settings.model_copy(update={"cors_origins": [origin]})
    with TestClient(create_app(settings)) as open_api:
        allowed = open_api.get("/queries", headers={"Origin": origin})
        assert allowed.headers["access-control-allow-origin"] == origin
        other = open_api.get("/queries", headers={"Origin": "https://elsewhere.example.net"})
        assert "access-control-allow-origin" not in other.headers


def _shows_an_example(part: dict, components: dict) -> bool:
    """Whether a parameter, a request body or a response content (or the schema it refers to) has one."""
    if "example" in part or "examples" in part:
        return True
    schema = part.get("schema", {})
    while True:
        # An example may sit beside a $ref (a parameter's) or in the schema it names (a model's).
        if "example" in schema or "examples" in schema:
            return True
        if "$ref" not in schema:
            break
        schema = components[schema["$ref"].rsplit("/", 1)[1]]
    # A list of items shows its items' example.
    items = schema.get("items", {}) if schema.get("type") == "array" else None
    return items is not None and _shows_an_example({"schema": items}, components)


def test_docs_show_every_endpoint_with_an_example(client):
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    components = schema["components"]["schemas"]
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            where = f"{method.upper()} {path}"
            assert operation.get("summary"), f"{where} has no summary"
            parameters = operation.get("parameters", [])
            for parameter in parameters:
                if parameter.get("required"):
                    assert _shows_an_example(parameter, components), (
                        f"{where}: parameter {parameter['name']} has no example"
                    )
            body = operation.get("requestBody", {}).get("content", {})
            for content in body.values():
                assert _shows_an_example(content, components), f"{where}: its request body has no example"
            answers = {
                media_type: content
                for status, response in operation["responses"].items()
                if status.startswith("2")
                for media_type, content in response.get("content", {}).items()
            }
            if "application/json" in answers:
                assert _shows_an_example(answers["application/json"], components), (
                    f"{where}: its JSON answer has no example"
                )
            parts = [*parameters, *body.values(), *answers.values()]
            assert any(_shows_an_example(part, components) for part in parts), f"{where} shows no example"
