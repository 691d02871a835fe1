"""The API's response models: the shapes of the canned queries' rows, with examples for /docs.

Dates keep the graph's convention: `first_seen`, `published`, `date` are as written
(YYYY, YYYY-MM or YYYY-MM-DD); `start` and `end` are the ISO days a partial date spans.
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict

T = TypeVar("T")

PERSON_KEY = "nguyễn đắc thành"
BODY_KEY = "đảng ủy bộ ngoại giao"
POST_KEY = "đảng ủy bộ ngoại giao|phó bí thư thường trực"
ARTICLE_ID = "5d41402abc4b2a76b9719d911017c592a8f0f3b1c2d4e5f60718293a4b5c6d7e"


def _example(**example: Any) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": [example]})


def _page_example(schema: dict[str, Any], model: type[BaseModel]) -> None:
    """The example of a Page[Item]: a first page holding the example of Item (a bare Page shows none)."""
    item = next(iter(get_args(model.model_fields["items"].annotation)), None)
    extra = getattr(item, "model_config", {}).get("json_schema_extra")
    examples = extra.get("examples") if isinstance(extra, dict) else None
    if examples:
        schema["examples"] = [{"items": examples[:1], "limit": 50, "offset": 0, "next_offset": None}]


class Page(BaseModel, Generic[T]):
    """One page of a list: the items, where it starts, and where the next page starts (if any)."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None

    # Built per item model, so /docs shows a page of persons for Page[PersonSummary] and so on.
    model_config = ConfigDict(json_schema_extra=_page_example)


class Ref(BaseModel):
    """A node another answer points to."""

    key: str
    name: str | None = None


class SearchHit(BaseModel):
    kind: Literal["person", "organization", "directive", "congress"]
    key: str
    name: str | None
    score: float

    model_config = _example(kind="person", key=PERSON_KEY, name="Nguyễn Đắc Thành", score=3.2)


class PersonSummary(BaseModel):
    key: str
    name: str | None
    posts: int

    model_config = _example(key=PERSON_KEY, name="Nguyễn Đắc Thành", posts=1)


class Person(BaseModel):
    key: str
    name: str | None
    name_ascii: str | None
    posts: int
    articles: int

    model_config = _example(
        key=PERSON_KEY, name="Nguyễn Đắc Thành", name_ascii="nguyen dac thanh", posts=1, articles=1
    )


class Attestation(BaseModel):
    """One article saying a person held a post: the date it shows and the sentence."""

    article: str
    title: str | None = None
    published: str | None = None
    date: str | None = None
    evidence: str | None = None


class TimelineEntry(BaseModel):
    """One post a person held, from the first to the last attestation."""

    occupancy: str
    post: str
    title: str | None
    organization_key: str
    organization: str | None
    first_seen: str | None
    last_seen: str | None
    start: str | None
    end: str | None
    term: Any = None
    attestations: list[Attestation]

    model_config = _example(
        occupancy=f"{PERSON_KEY}|{POST_KEY}",
        post=POST_KEY,
        title="Phó Bí thư Thường trực",
        organization_key=BODY_KEY,
        organization="Đảng ủy Bộ Ngoại giao",
        first_seen="2021-05-24",
        last_seen="2021-05-24",
        start="2021-05-24",
        end="2021-05-24",
        term=None,
        attestations=[
            {
                "article": ARTICLE_ID,
                "title": "Đảng ủy Bộ Ngoại giao triển khai nhiệm vụ công tác Quý II/2021",
                "published": "2021-05-25",
                "date": "2021-05-24",
                "evidence": "... đồng chí Nguyễn Đắc Thành, Phó Bí thư thường trực Đảng ủy Bộ báo cáo ...",
            }
        ],
    )


class ConnectionNode(BaseModel):
    kind: Literal["person", "post", "article", "organization", "congress"]
    key: str
    name: str | None


class Connection(BaseModel):
    """The shortest chain of persons linked by shared bodies or congresses (empty when none within reach)."""

    found: bool
    steps: int | None
    nodes: list[ConnectionNode]

    model_config = _example(
        found=True,
        steps=1,
        nodes=[
            {"kind": "person", "key": PERSON_KEY, "name": "Nguyễn Đắc Thành"},
            {"kind": "post", "key": POST_KEY, "name": "Phó Bí thư Thường trực"},
            {"kind": "organization", "key": BODY_KEY, "name": "Đảng ủy Bộ Ngoại giao"},
            {"kind": "post", "key": f"{BODY_KEY}|bí thư", "name": "Bí thư"},
            {"kind": "person", "key": "bùi thanh sơn", "name": "Bùi Thanh Sơn"},
        ],
    )


class OrganizationSummary(BaseModel):
    key: str
    name: str | None
    kind: str | None
    posts: int

    model_config = _example(key=BODY_KEY, name="Đảng ủy Bộ Ngoại giao", kind="party committee", posts=3)


class PostCount(BaseModel):
    key: str
    title: str | None
    holders: int


class CongressRef(BaseModel):
    key: str
    name: str | None
    ordinal: int | None
    term: str | None


class Organization(BaseModel):
    key: str
    name: str | None
    kind: str | None
    part_of: list[Ref]
    parts: list[Ref]
    executive_of: list[Ref]
    executives: list[Ref]
    posts: list[PostCount]
    congresses: list[CongressRef]

    model_config = _example(
        key=BODY_KEY,
        name="Đảng ủy Bộ Ngoại giao",
        kind="party committee",
        part_of=[],
        parts=[
            {"key": "ban tuyên giáo đảng ủy bộ ngoại giao", "name": "Ban Tuyên giáo Đảng ủy Bộ Ngoại giao"}
        ],
        executive_of=[{"key": "đảng bộ bộ ngoại giao", "name": "Đảng bộ Bộ Ngoại giao"}],
        executives=[],
        posts=[{"key": POST_KEY, "title": "Phó Bí thư Thường trực", "holders": 1}],
        congresses=[],
    )


class Holding(BaseModel):
    """A person holding a post in a body, from the first to the last attestation."""

    person_key: str
    person: str | None
    post: str
    title: str | None
    organization_key: str
    organization: str | None
    first_seen: str | None
    last_seen: str | None
    start: str | None
    end: str | None
    attestations: int | None = None

    model_config = _example(
        person_key=PERSON_KEY,
        person="Nguyễn Đắc Thành",
        post=POST_KEY,
        title="Phó Bí thư Thường trực",
        organization_key=BODY_KEY,
        organization="Đảng ủy Bộ Ngoại giao",
        first_seen="2021-05-24",
        last_seen="2021-05-24",
        start="2021-05-24",
        end="2021-05-24",
        attestations=1,
    )


class Post(BaseModel):
    key: str
    title: str | None
    organization_key: str
    organization: str | None
    holders: int

    model_config = _example(
        key=POST_KEY,
        title="Phó Bí thư Thường trực",
        organization_key=BODY_KEY,
        organization="Đảng ủy Bộ Ngoại giao",
        holders=1,
    )


class PostHolder(BaseModel):
    person_key: str
    person: str | None
    occupancy: str
    first_seen: str | None
    last_seen: str | None
    start: str | None
    end: str | None
    term: Any = None
    attestations: int | None = None

    model_config = _example(
        person_key=PERSON_KEY,
        person="Nguyễn Đắc Thành",
        occupancy=f"{PERSON_KEY}|{POST_KEY}",
        first_seen="2021-05-24",
        last_seen="2021-05-24",
        start="2021-05-24",
        end="2021-05-24",
        term=None,
        attestations=1,
    )


class CongressSummary(BaseModel):
    key: str
    name: str | None
    organization: str | None
    organization_key: str | None
    ordinal: int | None
    term: str | None
    directives: int

    model_config = _example(
        key="bộ công thương|3",
        name="Đại hội đại biểu Đảng bộ Bộ Công Thương lần thứ III",
        organization="Đảng bộ Bộ Công Thương",
        organization_key="đảng bộ bộ công thương",
        ordinal=3,
        term="2020-2025",
        directives=1,
    )


class CongressDirective(BaseModel):
    key: str
    code: str | None
    type: str | None
    issuer: str | None
    date: str | None
    relation: str | None
    articles: int


class CongressOfficial(BaseModel):
    person_key: str
    person: str | None
    title: str | None
    post: str
    organization: str | None
    organization_key: str
    date: str | None
    articles: list[str]


class Congress(BaseModel):
    key: str
    name: str | None
    ordinal: int | None
    term: str | None
    organization: str | None
    organization_key: str | None
    directives: list[CongressDirective]
    officials: list[CongressOfficial]

    model_config = _example(
        key="bộ công thương|3",
        name="Đại hội đại biểu Đảng bộ Bộ Công Thương lần thứ III",
        ordinal=3,
        term="2020-2025",
        organization="Đảng bộ Bộ Công Thương",
        organization_key="đảng bộ bộ công thương",
        directives=[
            {
                "key": "35-CT/TW|2019",
                "code": "35-CT/TW",
                "type": "Chỉ thị",
                "issuer": "Bộ Chính trị",
                "date": "2019-05-30",
                "relation": "cites",
                "articles": 1,
            }
        ],
        officials=[],
    )


class CitationLink(BaseModel):
    """A congress-directive link read from one article, with its sentence."""

    directive: str
    code: str | None = None
    type: str | None = None
    issuer: str | None = None
    date: str | None = None
    relation: str | None
    article: str | None
    article_title: str | None = None
    evidence: str | None

    model_config = _example(
        directive="35-CT/TW|2019",
        code="35-CT/TW",
        type="Chỉ thị",
        issuer="Bộ Chính trị",
        date="2019-05-30",
        relation="cites",
        article=ARTICLE_ID,
        article_title="Tổ chức thành công Đại hội các tổ chức Đảng trực thuộc",
        evidence="Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị ...",
    )


class DirectiveSummary(BaseModel):
    key: str
    code: str | None
    type: str | None
    issuer: str | None
    date: str | None
    year: int | None
    citations: int

    model_config = _example(
        key="35-CT/TW|2019",
        code="35-CT/TW",
        type="Chỉ thị",
        issuer="Bộ Chính trị",
        date="2019-05-30",
        year=2019,
        citations=3,
    )


class Directive(BaseModel):
    key: str
    code: str | None
    type: str | None
    number: str | None
    issuer_code: str | None
    issuer: str | None
    issuer_key: str | None
    issuers: list[Ref]
    date: str | None
    year: int | None
    year_inferred: bool | None
    citations: int
    articles: int

    model_config = _example(
        key="35-CT/TW|2019",
        code="35-CT/TW",
        type="Chỉ thị",
        number="35",
        issuer_code="TW",
        issuer="Bộ Chính trị",
        issuer_key="bộ chính trị",
        issuers=[{"key": "bộ chính trị", "name": "Bộ Chính trị"}],
        date="2019-05-30",
        year=2019,
        year_inferred=False,
        citations=3,
        articles=2,
    )


class DirectiveCitation(BaseModel):
    """A congress that cites a directive, or that the directive concerns, with the article saying so."""

    directive: str
    congress: str
    congress_name: str | None
    organization: str | None
    ordinal: int | None
    relation: str | None
    article: str | None
    article_title: str | None
    published: str | None
    evidence: str | None

    model_config = _example(
        directive="35-CT/TW|2019",
        congress="đảng cộng sản việt nam|13",
        congress_name="Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        organization="Đảng Cộng sản Việt Nam",
        ordinal=13,
        relation="concerns",
        article=ARTICLE_ID,
        article_title="Đảng bộ Bộ Ngoại giao chuẩn bị đại hội",
        published="2020-04-20",
        evidence="Chỉ thị số 35-CT/TW ... về đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng",
    )


class DirectiveMention(BaseModel):
    """An article that names a directive, with the sentences that do."""

    directive: str
    article: str
    title: str | None
    published: str | None
    source: str | None
    evidence: Any = None

    model_config = _example(
        directive="35-CT/TW|2019",
        article=ARTICLE_ID,
        title="Đảng bộ Bộ Ngoại giao chuẩn bị đại hội",
        published="2020-07-06",
        source="https://example.org/tin-tuc/dai-hoi-dang-bo-bo-ngoai-giao",
        evidence=["Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị ..."],
    )


class TopDirective(BaseModel):
    """A directive with how many congress links cite it, and how many distinct congresses and articles."""

    key: str
    code: str | None
    type: str | None
    issuer: str | None
    date: str | None
    year: int | None
    citations: int
    congresses: int
    articles: int

    model_config = _example(
        key="35-CT/TW|2019",
        code="35-CT/TW",
        type="Chỉ thị",
        issuer="Bộ Chính trị",
        date="2019-05-30",
        year=2019,
        citations=8,
        congresses=5,
        articles=4,
    )


class ChainNode(BaseModel):
    kind: Literal["directive", "congress", "article"]
    key: str
    name: str | None


class ChainLink(BaseModel):
    type: str
    relation: str | None = None
    evidence: Any = None


class DirectiveChain(BaseModel):
    """The shortest chain of congresses and articles linking two directives (empty when none is in reach)."""

    found: bool
    steps: int | None
    nodes: list[ChainNode]
    links: list[ChainLink]

    model_config = _example(
        found=True,
        steps=2,
        nodes=[
            {"kind": "directive", "key": "35-CT/TW|2019", "name": "35-CT/TW"},
            {"kind": "article", "key": ARTICLE_ID, "name": "Đảng bộ Bộ Công Thương chuẩn bị đại hội"},
            {"kind": "directive", "key": "1422-KH/DUB|2020", "name": "1422-KH/ĐUB"},
        ],
        links=[
            {"type": "MENTIONS", "relation": None, "evidence": ["Thực hiện Chỉ thị số 35-CT/TW ..."]},
            {"type": "MENTIONS", "relation": None, "evidence": ["... Kế hoạch số 1422-KH/ĐUB ..."]},
        ],
    )


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    published: str | None
    source: str | None
    holdings: int
    citations: int

    model_config = _example(
        id=ARTICLE_ID,
        title="Đảng ủy Bộ Ngoại giao triển khai nhiệm vụ công tác Quý II/2021",
        published="2021-05-25",
        source="https://example.org/tin-tuc/dang-uy-bo-ngoai-giao",
        holdings=11,
        citations=0,
    )


class ArticleHolding(BaseModel):
    person: str | None
    person_key: str
    title: str | None
    organization: str | None
    organization_key: str
    occupancy: str
    date: str | None
    evidence: str | None


class ArticleCitation(BaseModel):
    congress: str
    congress_name: str | None
    directive: str
    code: str | None
    relation: str | None
    evidence: str | None


class Mention(BaseModel):
    kind: str
    key: str
    name: str | None


class Article(BaseModel):
    """An article and the facts read from it: holdings, citations, everything it names."""

    id: str
    title: str | None
    published: str | None
    source: str | None
    holdings: list[ArticleHolding]
    citations: list[ArticleCitation]
    mentions: list[Mention]

    model_config = _example(
        id=ARTICLE_ID,
        title="Đảng ủy Bộ Ngoại giao triển khai nhiệm vụ công tác Quý II/2021",
        published="2021-05-25",
        source="https://example.org/tin-tuc/dang-uy-bo-ngoai-giao",
        holdings=[
            {
                "person": "Nguyễn Đắc Thành",
                "person_key": PERSON_KEY,
                "title": "Phó Bí thư Thường trực",
                "organization": "Đảng ủy Bộ Ngoại giao",
                "organization_key": BODY_KEY,
                "occupancy": f"{PERSON_KEY}|{POST_KEY}",
                "date": "2021-05-24",
                "evidence": "... đồng chí Nguyễn Đắc Thành, Phó Bí thư thường trực Đảng ủy Bộ báo cáo ...",
            }
        ],
        citations=[],
        mentions=[
            {"kind": "person", "key": PERSON_KEY, "name": "Nguyễn Đắc Thành"},
            {"kind": "organization", "key": BODY_KEY, "name": "Đảng ủy Bộ Ngoại giao"},
        ],
    )


class Source(BaseModel):
    """Where a fact comes from: the article and the sentence."""

    article: str | None
    title: str | None
    published: str | None
    source: str | None = None
    date: str | None = None
    relation: str | None = None
    evidence: Any = None


class Provenance(BaseModel):
    """A fact and every article and sentence it was read from."""

    fact: dict[str, Any]
    sources: list[Source]

    model_config = _example(
        fact={"occupancy": f"{PERSON_KEY}|{POST_KEY}"},
        sources=[
            {
                "article": ARTICLE_ID,
                "title": "Đảng ủy Bộ Ngoại giao triển khai nhiệm vụ công tác Quý II/2021",
                "published": "2021-05-25",
                "source": "https://example.org/tin-tuc/dang-uy-bo-ngoai-giao",
                "date": "2021-05-24",
                "evidence": "... đồng chí Nguyễn Đắc Thành, Phó Bí thư thường trực Đảng ủy Bộ báo cáo ...",
            }
        ],
    )


class QueryParameter(BaseModel):
    name: str
    type: str
    json_type: str
    description: str
    required: bool
    default: Any = None
    example: Any = None
    minimum: int | None = None
    maximum: int | None = None
    choices: list[str] | None = None


class QueryDescription(BaseModel):
    """A canned query in the catalogue: what it answers, its parameters, its columns."""

    name: str
    description: str
    parameters: list[QueryParameter]
    columns: list[str]

    model_config = _example(
        name="post_holders",
        description="The holders of a post in order of time ...",
        parameters=[
            {
                "name": "post",
                "type": "post",
                "json_type": "string",
                "description": "the post's key: the body's key, '|', the title's key",
                "required": True,
                "example": POST_KEY,
            },
            {
                "name": "date",
                "type": "date",
                "json_type": "string",
                "description": "only the holders on this date: YYYY, YYYY-MM or YYYY-MM-DD",
                "required": False,
                "example": "2021-05-24",
            },
        ],
        columns=["person_key", "person", "occupancy", "first_seen", "last_seen", "start", "end"],
    )


class QueryAnswer(BaseModel):
    """A canned query's rows (at most the row cap; `truncated` says more were left unread)."""

    query: str
    parameters: dict[str, Any]
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool

    model_config = _example(
        query="holders_on_date",
        parameters={"organization": BODY_KEY, "date": "2021-05-24", "parts": True, "limit": 200},
        columns=["person", "title", "organization", "first_seen", "last_seen"],
        rows=[
            {
                "person": "Nguyễn Đắc Thành",
                "title": "Phó Bí thư Thường trực",
                "organization": "Đảng ủy Bộ Ngoại giao",
                "first_seen": "2021-05-24",
                "last_seen": "2021-05-24",
            }
        ],
        truncated=False,
    )


class Health(BaseModel):
    status: Literal["ok"]
    neo4j_version: str
    neo4j_edition: str
    nodes: int

    model_config = _example(status="ok", neo4j_version="5.26.0", neo4j_edition="community", nodes=1234)


class Ingested(BaseModel):
    """What one ingested article added to the graph."""

    article: str
    source: str
    status: Literal["written", "replaced", "unchanged"]
    facts: dict[str, int]

    model_config = _example(
        article=ARTICLE_ID,
        source="https://example.org/tin-tuc/hoi-nghi-dang-uy",
        status="written",
        facts={
            "persons": 3,
            "organizations": 4,
            "posts": 5,
            "holdings": 5,
            "congresses": 1,
            "directives": 1,
            "citations": 1,
        },
    )
