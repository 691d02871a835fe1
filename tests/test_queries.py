"""The canned queries: their headers, their parameter types, and their answers on the real Neo4j.

The graph is the dev corpus (../shared/corpus/dev) loaded through the real loader
(graph.load.load_paths), so each answer checked here is what a user gets from `partygraph load`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.driver import Neo4jUnavailable
from graph.load import load_paths
from graph.schema import NAME_SEARCH_INDEX, ensure_schema
from partygraph.cli import app as cli
from partygraph.settings import Settings
from queries import params
from queries import registry as reg
from queries.registry import QUERY_DIR, QueryRegistry, load_query, open_driver

DEV_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"

PERSON = "Nguyễn Đắc Thành"
PERSON_KEY = "nguyễn đắc thành"
BODY = "Đảng ủy Bộ Ngoại giao"
TITLE = "Phó Bí thư Thường trực"
NATIONAL_CONGRESS_XIII = "đảng cộng sản việt nam|13"


def registry_for(settings, folder: Path = QUERY_DIR, **limits) -> QueryRegistry:
    """A registry with SETTINGS' limits, some of them overridden."""
    return QueryRegistry(
        reg._load_folder(folder),
        max_rows=limits.get("max_rows", settings.max_rows),
        timeout_s=limits.get("timeout_s", settings.query_timeout_s),
        database=settings.neo4j_database,
    )


def write_query(folder: Path, name: str, params: str, cypher: str) -> None:
    (folder / f"{name}.cypher").write_text(
        f"// name: {name}\n// description: a test query\n// params: {params}\n{cypher}\n", encoding="utf-8"
    )


# ---- headers and parameter types (no Neo4j) ------------------------------------------------------


def test_every_query_file_loads_with_a_description_and_typed_parameters():
    queries = reg._load_folder(QUERY_DIR)
    expected = {path.stem for path in QUERY_DIR.glob("*.cypher")}
    assert set(queries) == expected
    for query in queries.values():
        assert query.description, query.name
        assert query.columns, f"{query.name}: no RETURN columns found"
        for param in query.params:
            assert f"${param.name}" in query.cypher


def test_name_search_uses_the_index_the_schema_creates():
    for path in QUERY_DIR.glob("*.cypher"):
        for index in re.findall(r"queryNodes\('(\w+)'", path.read_text(encoding="utf-8")):
            assert index == NAME_SEARCH_INDEX, path.name


def test_a_header_that_declares_an_unused_parameter_is_refused(tmp_path):
    write_query(tmp_path, "broken", "{limit: {type: int, default: 5}}", "MATCH (n) RETURN n.key AS key")
    with pytest.raises(ValueError, match="never uses it"):
        load_query(tmp_path / "broken.cypher")


def test_a_query_that_uses_an_undeclared_parameter_is_refused(tmp_path):
    write_query(tmp_path, "sneaky", "{}", "MATCH (n {key: $key}) RETURN n.key AS key")
    with pytest.raises(ValueError, match="undeclared"):
        load_query(tmp_path / "sneaky.cypher")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2021-05-24", dt.date(2021, 5, 24), dt.date(2021, 5, 24)),
        ("2021-05", dt.date(2021, 5, 1), dt.date(2021, 5, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2020-12", dt.date(2020, 12, 1), dt.date(2020, 12, 31)),
        ("2021", dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
    ],
)
def test_a_partial_date_is_the_range_it_stands_for(text, start, end):
    assert params.partial_date_range(text) == (start, end)


@pytest.mark.parametrize("text", ["2021-13", "2021-02-30", "24/05/2021", "21", "2021-5-24"])
def test_a_date_that_is_no_date_is_refused(text):
    with pytest.raises(ValueError):
        params.PARAM_TYPES["date"].parse(text)


def test_a_congress_is_its_organisation_and_number_in_digits_or_roman():
    parse = params.PARAM_TYPES["congress"].parse
    assert parse("Đảng bộ Bộ Công Thương|III")["key"] == "bộ công thương|3"
    assert parse("Đảng ủy Bộ Công Thương|3")["key"] == "bộ công thương|3"
    assert parse("Đảng Cộng sản Việt Nam XIII")["key"] == NATIONAL_CONGRESS_XIII
    assert parse("Đảng bộ tỉnh Lâm Đồng|XIV")["ordinal"] == 14
    with pytest.raises(ValueError):
        parse("Đảng bộ tỉnh Lâm Đồng|thứ mười")


def test_a_directive_is_a_code_or_a_code_and_year():
    parse = params.PARAM_TYPES["directive"].parse
    assert parse("35-CT/TW") == {"code": "35-CT/TW", "year": None, "key": None, "prefix": "35-CT/TW|"}
    assert parse("35/CT/TW|2019")["key"] == "35-CT/TW|2019"
    assert parse("1422-KH/ĐUB")["prefix"] == "1422-KH/DUB|"
    with pytest.raises(ValueError):
        parse("35-CT/TW|năm ngoái")


def test_search_words_become_escaped_lucene_on_the_accent_free_names():
    parse = params.PARAM_TYPES["search"].parse
    assert parse("Nguyễn Đắc Th")["lucene"] == (
        "name_ascii:nguyen AND name_ascii:dac AND (name_ascii:th OR name_ascii:th*)"
    )
    hostile = parse('x" OR name:*) MATCH (n) DETACH DELETE n //')
    # Only the input's words reach Lucene, lower case (Lucene's operators are upper case), each a plain term.
    words = ["x", "or", "name", "match", "n", "detach", "delete"]
    assert (
        hostile["lucene"]
        == " AND ".join(f"name_ascii:{w}" for w in words) + " AND (name_ascii:n OR name_ascii:n*)"
    )
    assert parse("35 ct tw")["code_prefix"] == "35-CT/TW"
    with pytest.raises(ValueError):
        parse("!!! ???")


def test_a_post_is_its_body_and_title_normalised():
    assert params.PARAM_TYPES["post"].parse(f"{BODY}|Phó Bí thư thường trực") == (
        "đảng ủy bộ ngoại giao|phó bí thư thường trực"
    )
    with pytest.raises(ValueError):
        params.PARAM_TYPES["post"].parse("no bar here")


def test_parameters_are_checked_before_anything_runs(neo4j_settings_free):
    registry = registry_for(neo4j_settings_free, max_rows=100)
    with pytest.raises(reg.UnknownQuery):
        registry.bind("no_such_query", {})
    with pytest.raises(reg.InvalidParameter, match="required"):
        registry.bind("person_timeline", {})
    with pytest.raises(reg.InvalidParameter, match="unknown parameter 'evil'"):
        registry.bind("person", {"person": PERSON, "evil": "1"})
    with pytest.raises(reg.InvalidParameter, match="at most 100"):
        registry.bind("persons", {"limit": "101"})
    with pytest.raises(reg.InvalidParameter, match="longer than"):
        registry.bind("person", {"person": "x" * 1000})
    # A default above the cap is the cap.
    assert registry.bind("person_timeline", {"person": PERSON})[1]["limit"] == 100


@pytest.fixture
def neo4j_settings_free():
    """Settings that point nowhere: for tests that must not need a server."""
    return Settings(neo4j_uri="bolt://127.0.0.1:9")


# ---- answers on the dev corpus ---------------------------------------------------------------------


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
def run(dev_graph, neo4j_settings):
    registry = registry_for(neo4j_settings)
    driver = open_driver(neo4j_settings)

    def _run(name: str, **params):
        return registry.run(driver, name, params).rows

    yield _run
    driver.close()


def test_a_search_without_diacritics_finds_the_person(run):
    hits = run("search", q="nguyen dac thanh")
    assert {"kind": "person", "key": PERSON_KEY, "name": PERSON} in [
        {k: hit[k] for k in ("kind", "key", "name")} for hit in hits
    ]
    assert [p["key"] for p in run("persons", q="NGUYEN DAC")] == [PERSON_KEY]
    # Search as you type: the last word may be unfinished.
    assert PERSON_KEY in [h["key"] for h in run("search", q="nguyen dac th", kind="person")]


def test_search_finds_bodies_congresses_and_directives(run):
    assert BODY in [h["name"] for h in run("search", q="dang uy bo ngoai giao", kind="organization")]
    congresses = run("search", q="cong thuong", kind="congress")
    assert "bộ công thương|3" in [h["key"] for h in congresses]
    assert "35-CT/TW|2019" in [h["key"] for h in run("search", q="35-CT/TW", kind="directive")]


def test_the_timeline_shows_the_post_with_its_sentence_and_article(run, dev_graph):
    timeline = run("person_timeline", person=PERSON)
    entry = next(e for e in timeline if e["title"] == TITLE and e["organization"] == BODY)
    assert entry["attestations"], "a holding without its source"
    attestation = entry["attestations"][0]
    assert PERSON in attestation["evidence"]
    stored = dev_graph.execute_query(
        "MATCH (a:Article {id: $id}) RETURN a.source AS source", id=attestation["article"]
    )
    assert stored.records[0]["source"].endswith("001_e7f70fa994532eb5.txt")


def test_who_was_who_in_the_ministry_party_committee_on_2021_05_24(run):
    holders = run("holders_on_date", organization=BODY, date="2021-05-24")
    assert (PERSON, TITLE, BODY) in {(h["person"], h["title"], h["organization"]) for h in holders}
    # A partial date is a range: the month holds the day.
    month = run("holders_on_date", organization=BODY, date="2021-05")
    assert {h["person"] for h in holders} <= {h["person"] for h in month}
    # Before the body's first attestation nobody held a post in it.
    assert run("holders_on_date", organization=BODY, date="1990") == []


def test_the_holders_of_a_post_come_in_order_of_time(run):
    holders = run("post_holders", post=f"{BODY}|{TITLE}")
    assert PERSON in [h["person"] for h in holders]
    starts = [h["start"] for h in holders if h["start"]]
    assert starts == sorted(starts)


def test_who_held_the_standing_deputy_secretary_post_on_a_date(run):
    post = f"{BODY}|{TITLE}"
    assert [h["person"] for h in run("post_holders", post=post, date="2021-05-24")] == [PERSON]
    # A year is the range it stands for.
    assert [h["person"] for h in run("post_holders", post=post, date="2020")] == ["Nguyễn Quang Trung"]
    assert run("post_holders", post=post, date="1990") == []


def test_the_holders_on_a_date_are_one_query_anchored_on_the_post_key(dev_graph, neo4j_settings):
    registry = registry_for(neo4j_settings)
    query, bound = registry.bind("post_holders", {"post": f"{BODY}|{TITLE}", "date": "2021-05-24"})
    plan = dev_graph.execute_query(f"EXPLAIN {query.cypher}", bound).summary.plan
    operators = []
    pending = [plan]
    while pending:
        step = pending.pop()
        operators.append(step["operatorType"])
        pending.extend(step.get("children", []))
    assert any(op.startswith("NodeUniqueIndexSeek") for op in operators), operators
    assert not any(op.startswith(("AllNodesScan", "NodeByLabelScan")) for op in operators), operators


def test_35_ct_tw_concerns_the_national_congress_xiii(run):
    citations = run("directive_citations", directive="35-CT/TW")
    links = {(c["congress"], c["relation"]) for c in citations}
    assert (NATIONAL_CONGRESS_XIII, "concerns") in links
    assert all(c["evidence"] and "35" in c["evidence"] for c in citations)


def test_the_ministry_of_industry_and_trade_congress_iii_cites_35_ct_tw(run):
    cited = run("congress_directives", congress="Đảng bộ Bộ Công Thương|III")
    assert ("35-CT/TW", "cites") in {(d["code"], d["relation"]) for d in cited}
    congress = run("congress", congress="Đảng bộ Bộ Công Thương|3")[0]
    assert congress["organization"] == "Đảng bộ Bộ Công Thương" and congress["term"] == "2020-2025"
    assert "35-CT/TW" in [d["code"] for d in congress["directives"]]


def test_every_directive_key_names_exactly_one_directive(run, dev_graph):
    keys = [r["key"] for r in dev_graph.execute_query("MATCH (d:Directive) RETURN d.key AS key").records]
    assert keys
    for key in keys:
        rows = run("directive", directive=key)
        assert [row["key"] for row in rows] == [key], "one row per directive, also with several issuers"


def test_most_cited_directives_by_issuer_and_period(run):
    top = run("top_directives", issuer_code="TW", from_year=2019, to_year=2020)
    assert top and top[0]["code"] == "35-CT/TW"
    assert all(2019 <= d["year"] <= 2020 for d in top)
    counts = [d["citations"] for d in top]
    assert counts == sorted(counts, reverse=True)
    assert all(d["citations"] >= d["congresses"] >= 1 and d["articles"] >= 1 for d in top)


def test_a_body_with_its_parts_posts_and_holders(run):
    body = run("organization", organization=BODY)[0]
    assert "Ban Tuyên giáo Đảng ủy Bộ Ngoại giao" in [p["name"] for p in body["parts"]]
    assert TITLE in [p["title"] for p in body["posts"]]
    holders = run("organization_holders", organization=BODY, parts=True)
    assert PERSON in [h["person"] for h in holders]
    assert "Ban Tuyên giáo Đảng ủy Bộ Ngoại giao" in [h["organization"] for h in holders]


def test_provenance_of_a_holding_and_of_a_citation(run):
    holding = run("provenance_holding", person=PERSON, post=f"{BODY}|{TITLE}")
    assert holding and all(PERSON in source["evidence"] for source in holding)
    citation = run("provenance_citation", congress="Đảng Cộng sản Việt Nam|13", directive="35-CT/TW")
    assert citation and all(source["article"] and source["evidence"] for source in citation)


def test_the_shortest_connection_between_two_persons_goes_through_a_shared_body(run):
    connection = run("connection", **{"from": PERSON, "to": "Bùi Thanh Sơn"})
    assert connection, "the two held posts in the same party committee"
    nodes = connection[0]["nodes"]
    assert nodes[0]["key"] == PERSON_KEY and nodes[-1]["key"] == "bùi thanh sơn"
    assert connection[0]["steps"] == 1
    assert nodes[2]["kind"] in ("organization", "congress")


def test_chains_between_directives_run_through_congresses_or_articles(run):
    chain = run("directive_chain", **{"from": "35-CT/TW|2019", "to": "1422-KH/ĐUB"})
    assert chain
    kinds = [n["kind"] for n in chain[0]["nodes"]]
    assert kinds[0] == kinds[-1] == "directive" and set(kinds[1:-1]) <= {"congress", "article"}


# ---- limits: read-only, timeout, row cap ----------------------------------------------------------


def test_a_query_that_writes_is_refused_by_the_read_only_session(dev_graph, neo4j_settings, tmp_path):
    write_query(
        tmp_path, "intruder", "{name: {type: str}}", "CREATE (n:Intruder {name: $name}) RETURN n.name AS name"
    )
    registry = registry_for(neo4j_settings, tmp_path)
    driver = open_driver(neo4j_settings)
    try:
        with pytest.raises(reg.QueryFailed, match="AccessMode"):
            registry.run(driver, "intruder", {"name": "x"})
    finally:
        driver.close()
    assert dev_graph.execute_query("MATCH (n:Intruder) RETURN count(n) AS n").records[0]["n"] == 0


def test_a_runaway_query_is_stopped_by_the_transaction_timeout(dev_graph, neo4j_settings, tmp_path):
    write_query(
        tmp_path, "runaway", "{}", "UNWIND range(1, 4000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n"
    )
    registry = registry_for(neo4j_settings, tmp_path, timeout_s=0.5)
    driver = open_driver(neo4j_settings)
    try:
        with pytest.raises(reg.QueryTimeout):
            registry.run(driver, "runaway")
    finally:
        driver.close()


def test_no_answer_grows_past_the_row_cap(run, neo4j_settings):
    all_rows = run("provenance_citation", congress="Đảng Cộng sản Việt Nam|13", directive="35-CT/TW")
    assert len(all_rows) > 2
    registry = registry_for(neo4j_settings, max_rows=2)
    driver = open_driver(neo4j_settings)
    try:
        capped = registry.run(
            driver, "provenance_citation", {"congress": "Đảng Cộng sản Việt Nam|13", "directive": "35-CT/TW"}
        )
    finally:
        driver.close()
    assert len(capped.rows) == 2 and capped.truncated
    assert capped.rows == all_rows[:2]


def test_hostile_text_in_parameters_is_only_data(run, dev_graph):
    before = dev_graph.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
    for text in ["' OR 1=1 //", "`x` }) MATCH (n) DETACH DELETE n //", '{"$ne": null}', "x\u0000y\u202e"]:
        assert run("person", person=text) == []
        assert PERSON_KEY not in [hit["key"] for hit in run("search", q=f"{text} thanh")]
        assert run("organization_holders", organization=text) == []
    assert dev_graph.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"] == before


# ---- the CLI ------------------------------------------------------------------------------------------


def test_cli_runs_a_query_as_a_table_and_as_json(dev_graph):
    runner = CliRunner()
    table = runner.invoke(
        cli, ["query", "person_timeline", "--param", f"person={PERSON}"], env={"COLUMNS": "250"}
    )
    assert table.exit_code == 0, table.output
    assert TITLE in table.output and BODY in table.output
    as_json = runner.invoke(cli, ["query", "directive_citations", "-p", "directive=35-CT/TW", "--json"])
    assert as_json.exit_code == 0, as_json.output
    answer = json.loads(as_json.output)
    assert answer["query"] == "directive_citations"
    assert (NATIONAL_CONGRESS_XIII, "concerns") in {(r["congress"], r["relation"]) for r in answer["rows"]}


def test_cli_lists_the_queries_and_refuses_bad_input_with_one_line(dev_graph):
    runner = CliRunner()
    listing = runner.invoke(cli, ["query", "--list", "--json"])
    assert listing.exit_code == 0
    assert {q["name"] for q in json.loads(listing.output)} == {p.stem for p in QUERY_DIR.glob("*.cypher")}
    unknown = runner.invoke(cli, ["query", "no_such_query"])
    assert unknown.exit_code == 2 and "no query named" in unknown.output and "Traceback" not in unknown.output
    bad = runner.invoke(
        cli, ["query", "holders_on_date", "-p", f"organization={BODY}", "-p", "date=24/5/2021"]
    )
    assert bad.exit_code == 2 and "date" in bad.output
    malformed = runner.invoke(cli, ["query", "person", "-p", "person"])
    assert malformed.exit_code == 2 and "key=value" in malformed.output


def test_the_registry_refuses_a_uri_that_is_not_bolt_as_graph_driver_does():
    with pytest.raises(Neo4jUnavailable, match=r"^invalid Neo4j URI 'ftp://x': use one of bolt://"):
        open_driver(Settings(neo4j_uri="ftp://x"))


def test_cli_query_with_a_uri_that_is_not_bolt_says_so_in_one_line():
    partygraph = Path(sys.executable).with_name("partygraph")
    env = {**os.environ, "NEO4J_URI": "ftp://x", "COLUMNS": "250"}
    done = subprocess.run(
        [str(partygraph), "query", "person", "-p", "person=x"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert "Traceback" not in output, output
    assert "invalid Neo4j URI 'ftp://x'" in done.stderr and len(done.stderr.strip().splitlines()) == 1
