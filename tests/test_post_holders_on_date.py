"""Who held a post on a date, when the texts date the holding only to a month.

The holding is written straight through the graph writer (facts -> rows -> write_articles) into an
emptied graph, so the answer depends on nothing but the dates: a holding attested as "2021-05"
spans that month, and any date that overlaps the month finds it.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.facts_to_rows import article_id, facts_to_rows
from graph.schema import ensure_schema
from graph.write import write_articles

BODY = "Ban Tuyên giáo Đảng ủy Bộ Ngoại giao"
TITLE = "Trưởng ban"
PERSON = "Lê Thu Hằng"
POST = f"{BODY}|{TITLE}"


def month_attested_facts() -> dict:
    """An article that says she was head of the board in May 2021, without a day."""
    return {
        "article": {"title": "Ban Tuyên giáo Đảng ủy Bộ Ngoại giao tổng kết tháng 5", "published": "2021-06"},
        "persons": [{"name": PERSON}],
        "posts": [
            {
                "person": PERSON,
                "title": TITLE,
                "organization": BODY,
                "date": "2021-05",
                "evidence": f"Tháng 5/2021, đồng chí {PERSON}, {TITLE} {BODY} chủ trì hội nghị.",
            }
        ],
        "organizations": [{"name": BODY}],
        "congresses": [],
        "directives": [],
        "citations": [],
    }


@pytest.fixture
def api(clean_db, neo4j_server, neo4j_settings):
    ensure_schema(clean_db, neo4j_server.database)
    text = "month-attested holding"
    write_articles(clean_db, [facts_to_rows(month_attested_facts(), article_id(text), "/month.txt")])
    with TestClient(create_app(neo4j_settings)) as client:
        yield client


def holders_on(api: TestClient, date: str) -> list[str]:
    answer = api.get(quote(f"/posts/{POST}/holders", safe="/") + f"?on={date}")
    assert answer.status_code == 200, answer.text
    return [holder["person"] for holder in answer.json()]


def test_a_holding_attested_to_a_month_spans_that_month(api):
    everyone = api.get(quote(f"/posts/{POST}/holders", safe="/")).json()
    spans = [(h["first_seen"], h["start"], h["end"]) for h in everyone]
    assert spans == [("2021-05", "2021-05-01", "2021-05-31")]
    for date in ("2021-05-01", "2021-05-17", "2021-05-31", "2021-05", "2021"):
        assert holders_on(api, date) == [PERSON], date
    for date in ("2021-04-30", "2021-06-01", "2021-06", "2020"):
        assert holders_on(api, date) == [], date


def test_the_canned_query_takes_the_same_date(api):
    answer = api.get("/queries/post_holders", params={"post": POST, "date": "2021-05-24"}).json()
    assert [row["person"] for row in answer["rows"]] == [PERSON]
    assert answer["parameters"]["date"] == "2021-05-24"
    assert api.get("/queries/post_holders", params={"post": POST, "date": "2021-07-01"}).json()["rows"] == []
