"""Facts -> rows (pure) and the writer against the real Neo4j: identity, time, idempotence, replacement."""

from __future__ import annotations

import copy
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from neo4j.exceptions import Neo4jError

import graph.write as graph_write
from graph.dump import canonical_dump
from graph.facts_to_rows import article_id, facts_to_rows
from graph.schema import ensure_schema
from graph.write import write_articles

FOREIGN_COMMITTEE = "Đảng ủy Bộ Ngoại giao"
CITING_SENTENCE = "Triển khai Chỉ thị số 35-CT/TW, Đảng ủy Bộ Ngoại giao đã ban hành kế hoạch."
STANDING_DEPUTY = "Phó Bí thư Thường trực"


def _post(person, title, organization, date, evidence=None):
    return {"person": person, "title": title, "organization": organization, "date": date,
            "evidence": evidence or f"Đồng chí {person}, {title} {organization} phát biểu."}


def conference_2021() -> dict:
    """An article in the genre: a committee's conference with a chain of officials."""
    return {
        "article": {"title": "Đảng ủy Bộ Ngoại giao sơ kết công tác quý I", "published": "2021-05-25"},
        "persons": [{"name": "Nguyễn Đắc Thành"}, {"name": "Lê Thu Hằng"}],
        "posts": [
            _post("Nguyễn Đắc Thành", STANDING_DEPUTY, FOREIGN_COMMITTEE, "2021-05-24"),
            _post("Lê Thu Hằng", "Trưởng ban", "Ban Tuyên giáo Đảng ủy Bộ Ngoại giao", "2021-05"),
        ],
        "organizations": [{"name": FOREIGN_COMMITTEE}, {"name": "Ban Tuyên giáo Đảng ủy Bộ Ngoại giao"}],
        "congresses": [],
        "directives": [{"key": "05-CT/TW", "type": "Chỉ thị", "number": "05", "issuer_code": "TW",
                        "issuer": "Bộ Chính trị", "date": "2016-05-15"}],
        "citations": [],
    }


def congress_2020() -> dict:
    """A congress report: a deputy secretary, the congress, a directive it carries out."""
    return {
        "article": {"title": "Đảng bộ Bộ Ngoại giao sẵn sàng cho Đại hội lần thứ XXVIII",
                    "published": "2020-07-06"},
        "persons": [{"name": "Nguyễn Quang Trung"}],
        "posts": [_post("Nguyễn Quang Trung", STANDING_DEPUTY, FOREIGN_COMMITTEE, "2020-07-06")],
        "organizations": [{"name": FOREIGN_COMMITTEE}, {"name": "Đảng bộ Bộ Ngoại giao"}],
        "congresses": [{"organization": "Đảng bộ Bộ Ngoại giao", "ordinal": 28, "term": "2020-2025",
                        "name": "Đại hội Đảng bộ Bộ Ngoại giao lần thứ XXVIII"}],
        "directives": [{"key": "35-CT/TW", "type": "Chỉ thị", "number": "35", "issuer_code": "TW",
                        "issuer": "Bộ Chính trị", "date": "2019-05-30"}],
        "citations": [{"congress": {"organization": "Đảng bộ Bộ Ngoại giao", "ordinal": 28},
                       "directive": "35-CT/TW", "relation": "cites",
                       "evidence": CITING_SENTENCE}],
    }


def rows_for(facts: dict, text: str, source: str):
    return facts_to_rows(facts, article_id(text), source)


# ---- facts -> rows (no Neo4j) ----------------------------------------------------------------------


def test_rows_use_the_spec_keys_and_keep_date_precision():
    rows = rows_for(conference_2021(), "text", "/a.txt")
    assert rows.article["published"] == "2021-05-25"
    by_person = {r["person"]: r for r in rows.attestations}
    thanh = by_person["nguyễn đắc thành"]
    assert thanh["occupancy"] == "nguyễn đắc thành|đảng ủy bộ ngoại giao|phó bí thư thường trực"
    assert (thanh["date"], thanh["start"], thanh["end"]) == ("2021-05-24", "2021-05-24", "2021-05-24")
    month = by_person["lê thu hằng"]
    assert (month["date"], month["start"], month["end"]) == ("2021-05", "2021-05-01", "2021-05-31")
    assert {p["name_ascii"] for p in rows.persons} == {"nguyen dac thanh", "le thu hang"}


def test_old_tone_marks_and_case_give_the_same_keys():
    facts = conference_2021()
    facts["posts"][0]["organization"] = "ĐẢNG UỶ BỘ NGOẠI GIAO"
    facts["posts"][0]["person"] = "Nguyễn  Đắc Thành"
    rows = rows_for(facts, "text", "/a.txt")
    assert rows.attestations[0]["post"] == "đảng ủy bộ ngoại giao|phó bí thư thường trực"
    assert rows.attestations[0]["person"] == "nguyễn đắc thành"


def test_organisation_kinds_and_links_come_from_the_names():
    rows = rows_for(congress_2020(), "text", "/a.txt")
    kinds = {o["key"]: o["kind"] for o in rows.organizations}
    assert kinds["đảng ủy bộ ngoại giao"] == "party committee"
    assert kinds["đảng bộ bộ ngoại giao"] == "party organisation"
    link = {"committee": "đảng ủy bộ ngoại giao", "organisation": "đảng bộ bộ ngoại giao"}
    assert link in rows.executive_of
    board = rows_for(conference_2021(), "text", "/a.txt")
    part = {"child": "ban tuyên giáo đảng ủy bộ ngoại giao", "parent": "đảng ủy bộ ngoại giao"}
    assert part in board.part_of


@pytest.mark.parametrize(
    ("directive", "citations", "published", "expected_key", "inferred"),
    [
        # A date settles the year.
        ({"key": "35-CT/TW", "date": "2024-06-14"}, [], "2025-04-16", "35-CT/TW|2024", False),
        # Concerning national congress XIII (2021): issued in the run-up, two years before.
        ({"key": "35-CT/TW", "issuer_code": "TW"},
         [{"congress": {"organization": "Đảng Cộng sản Việt Nam", "ordinal": 13}, "directive": "35-CT/TW",
           "relation": "concerns"}], "2020-06-08", "35-CT/TW|2019", True),
        # Cited by a local congress of term 2020-2025: a central document of the year before.
        ({"key": "35-CT/TW", "issuer_code": "TW"},
         [{"congress": {"organization": "Đảng bộ Bộ Công Thương", "ordinal": 3, "term": "2020-2025"},
           "directive": "35-CT/TW", "relation": "cites"}], "2020-06-08", "35-CT/TW|2019", True),
        # No congress: the article's year, marked inferred.
        ({"key": "05-CT/TW"}, [], "2021-05-25", "5-CT/TW|2021", True),
        # Nothing to go on: unresolved rather than merged into some document.
        ({"key": "05-CT/TW"}, [], None, "5-CT/TW|?", False),
    ],
)
def test_directive_year_from_date_or_context(directive, citations, published, expected_key, inferred):
    facts = {"article": {"published": published}, "directives": [directive], "citations": citations}
    rows = rows_for(facts, "text", "/a.txt")
    assert [(d["key"], d["year_inferred"]) for d in rows.directives] == [(expected_key, inferred)]


def test_citation_rows_point_at_the_congress_and_the_directive_identity():
    rows = rows_for(congress_2020(), "text", "/a.txt")
    assert rows.citations == [{
        "article": rows.id, "congress": "bộ ngoại giao|28", "directive": "35-CT/TW|2019", "relation": "cites",
        "evidence": CITING_SENTENCE,
    }]


def test_fingerprint_changes_with_the_facts_not_with_the_source():
    a = rows_for(conference_2021(), "text", "/a.txt")
    b = rows_for(conference_2021(), "text", "/elsewhere/a.txt")
    changed = conference_2021()
    changed["posts"][0]["date"] = "2021-05-23"
    c = rows_for(changed, "text", "/a.txt")
    assert a.article["facts_hash"] == b.article["facts_hash"] != c.article["facts_hash"]


# ---- the writer against Neo4j ----------------------------------------------------------------------


@pytest.fixture
def graph(clean_db, neo4j_server):
    ensure_schema(clean_db, neo4j_server.database)
    return clean_db


def _count(driver, query: str, **params) -> int:
    records, _, _ = driver.execute_query(query, params)
    return records[0][0]


def test_writing_the_same_articles_twice_changes_nothing(graph):
    batch = [rows_for(congress_2020(), "one", "/one.txt"), rows_for(conference_2021(), "two", "/two.txt")]
    first = write_articles(graph, batch)
    before = canonical_dump(graph)
    second = write_articles(graph, batch)
    assert len(first.written) == 2 and first.counters["nodes_created"] > 0
    assert second.written == [] and len(second.unchanged) == 2
    assert second.counters["nodes_created"] == second.counters["relationships_created"] == 0
    assert canonical_dump(graph) == before


def test_one_person_one_node_and_holders_come_out_in_time_order(graph):
    write_articles(graph, [rows_for(conference_2021(), "two", "/two.txt")])
    write_articles(graph, [rows_for(congress_2020(), "one", "/one.txt")])
    records, _, _ = graph.execute_query(
        """
        MATCH (p:Person)-[:HOLDS]->(o:Occupancy)-[:IN_POST]->(:Post {key: $post})
        RETURN p.name AS name, o.first_seen AS seen ORDER BY o.start
        """,
        post="đảng ủy bộ ngoại giao|phó bí thư thường trực",
    )
    assert [(r["name"], r["seen"]) for r in records] == [("Nguyễn Quang Trung", "2020-07-06"),
                                                         ("Nguyễn Đắc Thành", "2021-05-24")]
    assert _count(graph, "MATCH (o:Organization {key: 'đảng ủy bộ ngoại giao'}) RETURN count(o)") == 1
    # The committee and its party organisation are linked whichever article named which.
    assert _count(graph, "MATCH (:Organization {key: 'đảng ủy bộ ngoại giao'})-[:EXECUTIVE_OF]->"
                         "(:Organization {key: 'đảng bộ bộ ngoại giao'}) RETURN count(*)") == 1


def test_attestations_accumulate_on_one_holding_with_its_time_span(graph):
    later = conference_2021()
    earlier = copy.deepcopy(later)
    earlier["article"]["published"] = "2020-12-01"
    earlier["posts"][0]["date"] = "2020-11"
    write_articles(graph, [rows_for(later, "later", "/later.txt"),
                           rows_for(earlier, "earlier", "/earlier.txt")])
    records, _, _ = graph.execute_query(
        "MATCH (o:Occupancy {key: $key}) RETURN o {.*} AS o",
        key="nguyễn đắc thành|đảng ủy bộ ngoại giao|phó bí thư thường trực",
    )
    occupancy = records[0]["o"]
    assert occupancy["attestations"] == 2
    assert (occupancy["first_seen"], occupancy["last_seen"]) == ("2020-11", "2021-05-24")
    assert (occupancy["start"].iso_format(), occupancy["end"].iso_format()) == ("2020-11-01", "2021-05-24")


def test_directives_with_one_code_and_two_years_stay_two_nodes(graph):
    facts = {
        "article": {"title": "Chỉ thị 45-CT/TW", "published": "2025-04-16"},
        "directives": [
            {"key": "35-CT/TW", "type": "Chỉ thị", "issuer": "Bộ Chính trị", "date": "2024-06-14"},
            {"key": "35-CT/TW", "type": "Chỉ thị", "issuer": "Bộ Chính trị", "date": "2019-05-30"},
        ],
    }
    write_articles(graph, [rows_for(facts, "45", "/45.txt"), rows_for(congress_2020(), "one", "/one.txt")])
    records, _, _ = graph.execute_query(
        "MATCH (d:Directive {code: '35-CT/TW'}) "
        "RETURN d.key AS key, d.year_inferred AS inferred ORDER BY key")
    assert [(r["key"], r["inferred"]) for r in records] == [("35-CT/TW|2019", False),
                                                            ("35-CT/TW|2024", False)]


def test_reloading_a_changed_article_replaces_its_facts_and_keeps_what_others_support(graph):
    other = conference_2021()
    write_articles(graph, [rows_for(congress_2020(), "one", "/one.txt"), rows_for(other, "two", "/two.txt")])

    # The extractor changed: the same text now yields a different date and no Lê Thu Hằng, a new person.
    changed = conference_2021()
    changed["posts"] = [_post("Nguyễn Đắc Thành", STANDING_DEPUTY, FOREIGN_COMMITTEE, "2021-05-20"),
                        _post("Đặng Hoàng Giang", "Thứ trưởng", "Bộ Ngoại giao", "2021-05-24")]
    changed["persons"] = [{"name": "Nguyễn Đắc Thành"}, {"name": "Đặng Hoàng Giang"}]
    changed["organizations"] = [{"name": FOREIGN_COMMITTEE}, {"name": "Bộ Ngoại giao"}]
    result = write_articles(graph, [rows_for(changed, "two", "/two.txt")])
    assert result.replaced == result.written and len(result.written) == 1

    # What a clean load of the new facts gives is exactly what the replacement left.
    replaced = canonical_dump(graph)
    graph.execute_query("MATCH (n) DETACH DELETE n")
    write_articles(graph, [rows_for(congress_2020(), "one", "/one.txt"),
                           rows_for(changed, "two", "/two.txt")])
    assert canonical_dump(graph) == replaced

    assert _count(graph, "MATCH (p:Person {key: 'lê thu hằng'}) RETURN count(p)") == 0
    assert _count(graph, "MATCH (o:Organization {key: 'ban tuyên giáo đảng ủy bộ ngoại giao'}) "
                         "RETURN count(o)") == 0
    records, _, _ = graph.execute_query(
        "MATCH (o:Occupancy {key: $key}) RETURN o.first_seen AS seen, o.attestations AS n",
        key="nguyễn đắc thành|đảng ủy bộ ngoại giao|phó bí thư thường trực")
    assert [(r["seen"], r["n"]) for r in records] == [("2021-05-20", 1)]
    # The other article's committee, congress and citation are untouched.
    assert _count(graph, "MATCH (:Congress {key: 'bộ ngoại giao|28'})-[c:CITES]->(:Directive) "
                         "RETURN count(c)") == 1


def test_a_new_text_at_the_same_source_replaces_the_old_version(graph):
    write_articles(graph, [rows_for(conference_2021(), "first version", "/same.txt")])
    write_articles(graph, [rows_for(congress_2020(), "second version", "/same.txt")])
    records, _, _ = graph.execute_query("MATCH (a:Article) RETURN a.id AS id, a.source AS source")
    assert [(r["id"], r["source"]) for r in records] == [(article_id("second version"), "/same.txt")]
    assert _count(graph, "MATCH (p:Person {key: 'nguyễn đắc thành'}) RETURN count(p)") == 0
    assert _count(graph, "MATCH (p:Person {key: 'nguyễn quang trung'}) RETURN count(p)") == 1


def test_every_fact_says_which_article_and_sentence_it_came_from(graph):
    rows = rows_for(congress_2020(), "one", "/one.txt")
    write_articles(graph, [rows])
    records, _, _ = graph.execute_query(
        """
        MATCH (:Person {key: 'nguyễn quang trung'})-[:HOLDS]->(:Occupancy)-[r:ATTESTED_IN]->(a:Article)
        RETURN a.source AS source, r.evidence AS evidence
        """)
    assert records[0]["source"] == "/one.txt"
    assert "Nguyễn Quang Trung" in records[0]["evidence"]
    records, _, _ = graph.execute_query("MATCH ()-[c:CITES]->() RETURN c.article AS article, c.evidence AS e")
    assert records[0]["article"] == rows.id and "35-CT/TW" in records[0]["e"]
    assert _count(graph, "MATCH (n) WHERE NOT n:Article AND NOT n:Occupancy "
                         "AND NOT EXISTS { (n)<-[:MENTIONS]-(:Article) } RETURN count(n)") == 0


def _wait_for_a_blocked_transaction(driver, timeout_s: float = 30.0) -> None:
    """Until the server shows a transaction waiting for a lock (the writer, stuck behind the blocker)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        records, _, _ = driver.execute_query(
            "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH $blocked RETURN count(*) AS n",
            blocked="Blocked")
        if records[0]["n"]:
            return
        time.sleep(0.05)
    raise AssertionError("the writer never waited for the blocker's lock")


def test_a_deadlock_on_the_server_is_retried_and_the_graph_equals_a_sequential_load(graph, monkeypatch):
    # A real server-side TransientError, made deterministic: another transaction holds a lock on
    # a body the writer needs, the writer waits for it, and then that transaction asks for the
    # article the writer has just created. Neo4j sees the cycle and aborts the transaction with
    # fewer locks (the blocker holds thousands): the writer gets DeadlockDetected, and
    # execute_write must run the whole batch again once the blocker has rolled back.
    first = rows_for(congress_2020(), "one", "/one.txt")
    second = rows_for(conference_2021(), "two", "/two.txt")  # shares Đảng ủy Bộ Ngoại giao with `first`
    write_articles(graph, [first])

    attempts: list[str | None] = []
    unit_of_work = graph_write._write_batch

    def counted(tx, batch):  # the function execute_write retries: count each run and how it ended
        try:
            result = unit_of_work(tx, batch)
        except Neo4jError as error:
            attempts.append(error.code)
            raise
        attempts.append(None)
        return result

    monkeypatch.setattr(graph_write, "_write_batch", counted)
    with graph.session() as session, ThreadPoolExecutor(max_workers=1) as pool:
        blocker = session.begin_transaction(timeout=60)
        try:
            blocker.run("UNWIND range(1, $n) AS i CREATE (:Ballast {i: i})", n=5000).consume()
            blocker.run("MATCH (o:Organization {key: $key}) SET o.locked_by_test = true",
                        key="đảng ủy bộ ngoại giao").consume()
            writer = pool.submit(write_articles, graph, [second])
            _wait_for_a_blocked_transaction(graph)
            # Returns once the deadlock has aborted the writer's attempt and released its locks.
            blocker.run("MERGE (a:Article {id: $id})", id=second.id).consume()
        finally:
            blocker.rollback()
        result = writer.result(timeout=120)

    assert len(attempts) >= 2, attempts
    assert attempts[0] == "Neo.TransientError.Transaction.DeadlockDetected", attempts
    assert attempts[-1] is None
    assert result.written == [second.id]

    retried = canonical_dump(graph)
    graph.execute_query("MATCH (n) DETACH DELETE n")
    monkeypatch.setattr(graph_write, "_write_batch", unit_of_work)
    write_articles(graph, [first])
    write_articles(graph, [second])
    assert canonical_dump(graph) == retried
