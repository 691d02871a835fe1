"""The schema on the real Neo4j: created idempotently, keys unique, names found with or without accents."""

from __future__ import annotations

import pytest
from neo4j.exceptions import ConstraintError

from graph.facts_to_rows import article_id, facts_to_rows
from graph.schema import NAME_SEARCH_INDEX, NODE_KEYS, ensure_schema, name_search_query
from graph.write import write_articles


def test_name_search_query_folds_accents_and_escapes_lucene_syntax():
    expected = "name_ascii:nguyen AND name_ascii:dac AND name_ascii:thanh"
    assert name_search_query("Nguyễn Đắc Thành") == expected
    escaped = 'name_ascii:thanh\\" AND name_ascii:or AND name_ascii:\\*\\:\\*'
    assert name_search_query('thanh" OR *:*') == escaped


@pytest.fixture
def graph(clean_db, neo4j_server):
    ensure_schema(clean_db, neo4j_server.database)
    return clean_db


def test_schema_is_created_once_and_every_key_is_unique(graph, neo4j_server):
    ensure_schema(graph, neo4j_server.database)  # a second time: nothing new, no error
    records, _, _ = graph.execute_query("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties")
    unique = {(r["labelsOrTypes"][0], r["properties"][0]) for r in records if r["type"] == "UNIQUENESS"}
    assert set(NODE_KEYS.items()) <= unique
    records, _, _ = graph.execute_query("SHOW INDEXES YIELD name, type, state")
    states = {r["name"]: (r["type"], r["state"]) for r in records}
    assert states[NAME_SEARCH_INDEX] == ("FULLTEXT", "ONLINE")
    for name in ("occupancy_start", "occupancy_end", "article_published_start", "directive_code_year"):
        assert states[name] == ("RANGE", "ONLINE")

    graph.execute_query("CREATE (:Person {key: 'nguyễn văn a'})")
    with pytest.raises(ConstraintError):
        graph.execute_query("CREATE (:Person {key: 'nguyễn văn a'})")


def test_full_text_search_finds_a_name_typed_without_accents(graph):
    facts = {
        "article": {"title": "Hội nghị", "published": "2021-05-25"},
        "persons": [{"name": "Nguyễn Đắc Thành"}, {"name": "Nguyễn Văn Thanh"}, {"name": "Đặng Hoàng Giang"}],
        "organizations": [{"name": "Đảng ủy Bộ Ngoại giao"}],
    }
    write_articles(graph, [facts_to_rows(facts, article_id("hội nghị"), "/hoi-nghi.txt")])

    def found(text: str) -> list[str]:
        records, _, _ = graph.execute_query(
            "CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.name AS name",
            index=NAME_SEARCH_INDEX, query=name_search_query(text))
        return sorted(r["name"] for r in records)

    assert found("nguyen dac thanh") == ["Nguyễn Đắc Thành"]
    assert found("Nguyễn Đắc Thành") == ["Nguyễn Đắc Thành"]
    # Without accents "Thành" and "Thanh" are one word: both namesakes-in-ASCII come back.
    assert found("nguyen thanh") == ["Nguyễn Văn Thanh", "Nguyễn Đắc Thành"]
    assert found("dang uy bo ngoai giao") == ["Đảng ủy Bộ Ngoại giao"]
