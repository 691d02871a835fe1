"""Graph rows as RDF triples on the vocabularies people who link such data already use.

One job: given the rows the export queries (api/cypher/rdf_*.cypher) return, add the
triples that say the same thing to an rdflib Graph. Nothing here talks to Neo4j or writes
files; api/rdf_export.py pages through the graph and serialises what this builds.

The mapping, kind by kind:

- Person: foaf:Person, foaf:name; org:holds each post held (and org:heldBy back).
- Organization: org:Organization, skos:prefLabel, org:classification (its kind, a skos:Concept),
  org:subOrganizationOf for PART_OF; EXECUTIVE_OF (the committee "Đảng ủy X" of the party
  organisation "Đảng bộ X") as pg:executiveOf, a sub-property of org:linkedTo.
- Post: org:Post, org:postIn its body, org:role a org:Role minted from the title's key.
- Occupancy: org:Membership (org:member, org:organization, org:role: the same body and role as
  the post, so (organization, role) identifies the post in standard terms), org:memberDuring a
  time:Interval whose time:hasBeginning / time:hasEnd are time:Instants dated first and last
  seen with their precision kept (time:inXSDDate / inXSDgYearMonth / inXSDgYear).
- Attestation (occupancy or citation read in an article): prov:wasDerivedFrom the article and
  the quoted sentence; prov:qualifiedDerivation a prov:Derivation whose prov:entity is the
  quote and whose dcterms:date is the date the text shows. The quote is a prov:Entity with
  prov:value the sentence and prov:wasQuotedFrom the article.
- Congress: schema:Event with schema:organizer its party organisation, pg:ordinal, pg:term.
- Citation (a congress citing a directive, read in an article): the congress dcterms:references
  the directive (ELI's eli:cites has an eli:LegalResource as its domain and a congress is not
  one), and the citation itself (relation, sentence, article) is a cito:Citation.
- Directive: eli:LegalResource, eli:id_local (its code), eli:number, eli:type_document,
  eli:passed_by its issuer, eli:date_document when the day is known (dcterms:date with the
  precision's datatype otherwise), pg:year / pg:yearInferred for the year identity uses.
- Directive link (a text saying one document replaces, amends or implements another): eli:cites
  for every link, and also eli:repeals for "replaces", eli:amends for "amends" (ELI has no term
  for carrying a document out, so "implements" is eli:cites alone); the link itself (relation,
  sentence, article) is a cito:Citation with its evidence, as a congress's citation is.
- Article: schema:NewsArticle, dcterms:title, dcterms:issued, dcterms:source,
  dcterms:identifier, schema:mentions every node it names.

Where the standards have no term (a congress's ordinal, a committee term, whether a year was
inferred), the project's own small vocabulary `pg:` fills in; it is a fixed namespace, apart
from the deployment's base IRI for resources.

IRIs are `{base_iri}{kind}/{percent-encoded graph key}`, so they are the same across re-loads
of the same articles; nodes that only exist in RDF (an interval, a quote, a derivation) take a
fragment of their owner's IRI, built from keys and a hash of the sentence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import quote

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SDO, TIME

from loaders.keys import name_key

ELI = Namespace("http://data.europa.eu/eli/ontology#")
CITO = Namespace("http://purl.org/spar/cito/")
# The project's own terms, only for what no standard vocabulary says.
PG = Namespace("https://partygraph.example.org/vocab#")

# Prefixes every export binds (and writes once at the top of a Turtle or RDF/XML document).
NAMESPACES: dict[str, Namespace] = {
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "xsd": Namespace(str(XSD)),
    "skos": Namespace(str(SKOS)),
    "org": Namespace(str(ORG)),
    "foaf": Namespace(str(FOAF)),
    "time": Namespace(str(TIME)),
    "prov": Namespace(str(PROV)),
    "dcterms": Namespace(str(DCTERMS)),
    "schema": Namespace(str(SDO)),
    "eli": ELI,
    "cito": CITO,
    "pg": PG,
}

# Text from the articles is Vietnamese; keys and codes carry no language.
TEXT_LANGUAGE = "vi"

# A partial date as written (YYYY, YYYY-MM, YYYY-MM-DD): its XSD datatype and OWL-Time position property.
DATE_PRECISIONS: list[tuple[re.Pattern[str], URIRef, URIRef]] = [
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date, TIME.inXSDDate),
    (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth, TIME.inXSDgYearMonth),
    (re.compile(r"^\d{4}$"), XSD.gYear, TIME.inXSDgYear),
]

# Path segment under the base IRI for each kind of resource.
SEGMENTS = {
    "person": "person",
    "organization": "organization",
    "post": "post",
    "occupancy": "membership",
    "congress": "congress",
    "directive": "directive",
    "article": "article",
    "role": "role",
    "organization_kind": "organization-kind",
    "document_type": "document-type",
}

# The graph's node labels as the kinds above (an article's MENTIONS may point at any of them).
LABEL_KINDS = {
    "Person": "person",
    "Organization": "organization",
    "Post": "post",
    "Occupancy": "occupancy",
    "Congress": "congress",
    "Directive": "directive",
    "Article": "article",
}

# Kinds whose IRI namespace gets a prefix ("id-person:..."), so Turtle stays readable.
RESOURCE_PREFIXES = ("person", "organization", "post", "occupancy", "congress", "directive", "article")

# A congress-directive relation as the CiTO characterisation closest to it.
CITATION_CHARACTERS = {"cites": CITO.cites, "concerns": CITO.discusses}

# What a directive link says in ELI beyond the eli:cites every link is (None: nothing more).
DIRECTIVE_LINK_TERMS: dict[str, URIRef | None] = {
    "replaces": ELI.repeals,
    "amends": ELI.amends,
    "implements": None,
}

# Characters left as they are when a source URL is made a valid IRI (its reserved characters).
URL_SAFE = ":/?#[]@!$&'()*+,;=%~"

# Characters of a hash kept in fragment IRIs: enough to keep sentences of one article apart.
HASH_CHARS = 16


def normalise_base_iri(base_iri: str) -> str:
    """BASE_IRI ending in '/' or '#', so a kind segment can follow it."""
    return base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"


def sentence_hash(*parts: str | None) -> str:
    """A short stable hash of PARTS (NFC, joined by newlines): the tail of a fragment IRI."""
    text = "\n".join(unicodedata.normalize("NFC", part or "") for part in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_CHARS]


class Iris:
    """Mints the IRI of each resource from its graph key under one base IRI."""

    def __init__(self, base_iri: str):
        self.base = normalise_base_iri(base_iri)

    def of(self, kind: str, key: str) -> URIRef:
        """The IRI of the KIND resource whose graph key is KEY (percent-encoded, so any key is safe)."""
        return URIRef(f"{self.base}{SEGMENTS[kind]}/{quote(str(key), safe='')}")

    def namespace(self, kind: str) -> Namespace:
        """The namespace every IRI of KIND starts with (bound as a prefix for readable Turtle)."""
        return Namespace(f"{self.base}{SEGMENTS[kind]}/")

    def role(self, post_key: str, title: str | None) -> URIRef:
        """The org:Role of a post: its title's key (the part of the post key after the body's key)."""
        _, bar, title_key = str(post_key).rpartition("|")
        return self.of("role", title_key if bar and title_key else name_key(title))

    def quote(self, article_id: str, evidence: str) -> URIRef:
        """The sentence EVIDENCE of the article, as a fragment of the article's IRI."""
        return URIRef(f"{self.of('article', article_id)}#quote-{sentence_hash(evidence)}")


def bind_namespaces(graph: Graph, iris: Iris) -> Graph:
    """GRAPH with every standard prefix and one prefix per kind of resource bound; returns GRAPH."""
    for prefix, namespace in NAMESPACES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    for kind in RESOURCE_PREFIXES:
        graph.bind(f"id-{SEGMENTS[kind]}", iris.namespace(kind), override=True, replace=True)
    return graph


def new_graph(iris: Iris) -> Graph:
    """An empty rdflib Graph with the export's prefixes bound."""
    return bind_namespaces(Graph(bind_namespaces="none"), iris)


def dated_literal(text: Any) -> Literal | None:
    """A partial date as written, as a literal whose datatype keeps its precision (None if not a date)."""
    if text is None:
        return None
    text = str(text)
    for pattern, datatype, _ in DATE_PRECISIONS:
        if pattern.match(text):
            return Literal(text, datatype=datatype)
    return None


def _text(value: Any) -> Literal:
    return Literal(str(value), lang=TEXT_LANGUAGE)


def _add_label(graph: Graph, node: URIRef, predicate: URIRef, value: Any) -> None:
    if value not in (None, ""):
        graph.add((node, predicate, _text(value)))
        graph.add((node, RDFS.label, _text(value)))


def _add_instant(graph: Graph, instant: URIRef, written: Any, fallback: Any) -> bool:
    """Date INSTANT by the partial date WRITTEN (or the day FALLBACK); False when neither is known."""
    literal = dated_literal(written) or dated_literal(fallback)
    if literal is None:
        return False
    position = next(prop for pattern, _, prop in DATE_PRECISIONS if pattern.match(str(literal)))
    graph.add((instant, RDF.type, TIME.Instant))
    graph.add((instant, position, literal))
    return True


def _add_evidence(
    graph: Graph, iris: Iris, fact: URIRef, article_id: str | None, evidence: str | None, date: Any
) -> None:
    """FACT was read in the article from the sentence EVIDENCE, on DATE: PROV-O, qualified."""
    if not article_id:
        return
    article = iris.of("article", article_id)
    graph.add((fact, PROV.wasDerivedFrom, article))
    source = article
    if evidence:
        source = iris.quote(article_id, evidence)
        graph.add((source, RDF.type, PROV.Entity))
        graph.add((source, PROV.value, _text(evidence)))
        graph.add((source, PROV.wasQuotedFrom, article))
        graph.add((fact, PROV.wasDerivedFrom, source))
    # A fact minted as a fragment (a citation) continues its fragment; an IRI holds one '#'.
    joiner = "-" if "#" in fact else "#"
    derivation = URIRef(f"{fact}{joiner}from-{sentence_hash(article_id, evidence, str(date or ''))}")
    graph.add((fact, PROV.qualifiedDerivation, derivation))
    graph.add((derivation, RDF.type, PROV.Derivation))
    graph.add((derivation, PROV.entity, source))
    when = dated_literal(date)
    if when is not None:
        graph.add((derivation, DCTERMS.date, when))


def add_person(graph: Graph, iris: Iris, row: Mapping[str, Any]) -> None:
    """A person: foaf:Person with its name."""
    person = iris.of("person", row["key"])
    graph.add((person, RDF.type, FOAF.Person))
    _add_label(graph, person, FOAF.name, row.get("name"))


def add_organization(graph: Graph, iris: Iris, row: Mapping[str, Any]) -> None:
    """A body: org:Organization, its kind, the bodies it is part of or the executive of."""
    body = iris.of("organization", row["key"])
    graph.add((body, RDF.type, ORG.Organization))
    _add_label(graph, body, SKOS.prefLabel, row.get("name"))
    if row.get("kind"):
        kind = iris.of("organization_kind", name_key(row["kind"]))
        graph.add((body, ORG.classification, kind))
        graph.add((kind, RDF.type, SKOS.Concept))
        graph.add((kind, SKOS.prefLabel, Literal(str(row["kind"]))))
    for whole in row.get("part_of") or []:
        graph.add((body, ORG.subOrganizationOf, iris.of("organization", whole)))
    for party_organisation in row.get("executive_of") or []:
        graph.add((body, PG.executiveOf, iris.of("organization", party_organisation)))
        graph.add((body, ORG.linkedTo, iris.of("organization", party_organisation)))


def add_post(graph: Graph, iris: Iris, row: Mapping[str, Any]) -> None:
    """A post: org:Post in its body, with its role."""
    post = iris.of("post", row["key"])
    graph.add((post, RDF.type, ORG.Post))
    _add_label(graph, post, SKOS.prefLabel, row.get("title"))
    if row.get("organization"):
        graph.add((post, ORG.postIn, iris.of("organization", row["organization"])))
    role = iris.role(row["key"], row.get("title"))
    graph.add((post, ORG.role, role))
    graph.add((role, RDF.type, ORG.Role))
    if row.get("title"):
        graph.add((role, SKOS.prefLabel, _text(row["title"])))


def add_occupancy(graph: Graph, iris: Iris, row: Mapping[str, Any]) -> None:
    """A person's holding of a post: org:Membership during a time:Interval, with its attestations."""
    membership = iris.of("occupancy", row["key"])
    person = iris.of("person", row["person"])
    post = iris.of("post", row["post"])
    graph.add((membership, RDF.type, ORG.Membership))
    graph.add((membership, ORG.member, person))
    graph.add((membership, ORG.role, iris.role(row["post"], row.get("title"))))
    if row.get("organization"):
        graph.add((membership, ORG.organization, iris.of("organization", row["organization"])))
    graph.add((person, ORG.holds, post))
    graph.add((post, ORG.heldBy, person))

    interval = URIRef(f"{membership}#during")
    graph.add((membership, ORG.memberDuring, interval))
    graph.add((interval, RDF.type, TIME.Interval))
    beginning, end = URIRef(f"{membership}#first-seen"), URIRef(f"{membership}#last-seen")
    if _add_instant(graph, beginning, row.get("first_seen"), row.get("start")):
        graph.add((interval, TIME.hasBeginning, beginning))
    if _add_instant(graph, end, row.get("last_seen"), row.get("end")):
        graph.add((interval, TIME.hasEnd, end))

    if row.get("term") is not None:
        graph.add((membership, PG["term"], Literal(row["term"])))
    if row.get("attestations") is not None:
        graph.add((membership, PG.attestations, Literal(int(row["attestations"]))))
    for attestation in row.get("attested") or []:
        _add_evidence(
            graph, iris, membership, attestation.get("article"), attestation.get("evidence"),
            attestation.get("date"),
        )


def add_congress(graph: Graph, iris: Iris, row: Mapping[str, Any]) -> None:
    """A numbered congress: schema:Event organised by its party organisation."""
    congress = iris.of("congress", row["key"])
    graph.add((congress, RDF.type, SDO.Event))
    _add_label(graph, congress, SDO.name, row.get("name"))
    if row.get("organization"):
        graph.add((congress, SDO.organizer, iris.of("organization", row["organization"])))
    if row.get("ordinal") is not None:
        graph.add((congress, PG.ordinal, Literal(int(row["ordinal"]))))
    if row.get("term"):
        graph.add((congress, PG["term"], Literal(str(row["term"]))))


def add_citation(graph: Graph, iris: Iris, row: Mapping[str, Any]) -> None:
    """A congress citing a directive, as an article says: dcterms:references and a cito:Citation."""
    congress = iris.of("congress", row["congress"])
    directive = iris.of("directive", row["directive"])
    graph.add((congress, DCTERMS.references, directive))
    relation = row.get("relation") or "cites"
    tail = sentence_hash(row["directive"], relation, row.get("article"), row.get("evidence"))
    citation = URIRef(f"{congress}#citation-{tail}")
    graph.add((citation, RDF.type, CITO.Citation))
    graph.add((citation, CITO.hasCitingEntity, congress))
    graph.add((citation, CITO.hasCitedEntity, directive))
    graph.add((citation, PG.relation, Literal(relation)))
    if relation in CITATION_CHARACTERS:
        graph.add((citation, CITO.hasCitationCharacterization, CITATION_CHARACTERS[relation]))
    _add_evidence(graph, iris, citation, row.get("article"), row.get("evidence"), None)


def add_directive(graph: Graph, iris: Iris, row: Mapping[str, Any]) -> None:
    """A numbered party document: eli:LegalResource with its code, number, type, issuer and date."""
    directive = iris.of("directive", row["key"])
    graph.add((directive, RDF.type, ELI.LegalResource))
    code = row.get("code")
    if code:
        graph.add((directive, ELI.id_local, Literal(str(code))))
    if row.get("number") is not None:
        graph.add((directive, ELI.number, Literal(str(row["number"]))))
    label = " ".join(str(part) for part in (row.get("type"), code) if part)
    if label:
        graph.add((directive, RDFS.label, _text(label)))
    if row.get("type"):
        document_type = iris.of("document_type", name_key(row["type"]))
        graph.add((directive, ELI.type_document, document_type))
        graph.add((document_type, RDF.type, SKOS.Concept))
        graph.add((document_type, SKOS.prefLabel, _text(row["type"])))
    if row.get("issuer_key"):
        graph.add((directive, ELI.passed_by, iris.of("organization", row["issuer_key"])))
    date = dated_literal(row.get("date"))
    if date is not None:
        graph.add((directive, ELI.date_document if date.datatype == XSD.date else DCTERMS.date, date))
    if row.get("year") is not None:
        graph.add((directive, PG.year, Literal(f"{int(row['year']):04d}", datatype=XSD.gYear)))
    if row.get("year_inferred") is not None:
        graph.add((directive, PG.yearInferred, Literal(bool(row["year_inferred"]))))
    for link in row.get("refers_to") or []:
        add_directive_link(graph, iris, directive, link)


def add_directive_link(graph: Graph, iris: Iris, directive: URIRef, link: Mapping[str, Any]) -> None:
    """DIRECTIVE replaces, amends or implements another, as an article says: ELI terms and a cito:Citation."""
    other = iris.of("directive", link["directive"])
    relation = link.get("relation") or ""
    graph.add((directive, ELI.cites, other))
    term = DIRECTIVE_LINK_TERMS.get(relation)
    if term is not None:
        graph.add((directive, term, other))
    # The ELI triples cannot say which article and sentence state the link; the citation node does.
    tail = sentence_hash(link["directive"], relation, link.get("article"), link.get("evidence"))
    citation = URIRef(f"{directive}#link-{tail}")
    graph.add((citation, RDF.type, CITO.Citation))
    graph.add((citation, CITO.hasCitingEntity, directive))
    graph.add((citation, CITO.hasCitedEntity, other))
    if relation:
        graph.add((citation, PG.relation, Literal(relation)))
    _add_evidence(graph, iris, citation, link.get("article"), link.get("evidence"), None)


def add_article(graph: Graph, iris: Iris, row: Mapping[str, Any]) -> None:
    """An article: schema:NewsArticle in Dublin Core terms, the nodes it mentions, the citations it states."""
    article = iris.of("article", row["key"])
    graph.add((article, RDF.type, SDO.NewsArticle))
    graph.add((article, DCTERMS.identifier, Literal(str(row["key"]))))
    if row.get("title"):
        graph.add((article, DCTERMS.title, _text(row["title"])))
    issued = dated_literal(row.get("published"))
    if issued is not None:
        graph.add((article, DCTERMS.issued, issued))
    source = row.get("source")
    if source:
        is_web = str(source).startswith(("http://", "https://"))
        value = URIRef(quote(str(source), safe=URL_SAFE)) if is_web else Literal(str(source))
        graph.add((article, DCTERMS.source, value))
    for mention in row.get("mentions") or []:
        labels = mention.get("labels") or []
        kind = next((LABEL_KINDS[label] for label in labels if label in LABEL_KINDS), None)
        if kind and mention.get("key") is not None:
            graph.add((article, SDO.mentions, iris.of(kind, mention["key"])))
    for citation in row.get("citations") or []:
        add_citation(graph, iris, {**citation, "article": row["key"]})


RowMapper = Callable[[Graph, Iris, Mapping[str, Any]], None]

# Each export query's rows and the function that turns one row into triples.
ROW_MAPPERS: dict[str, RowMapper] = {
    "person": add_person,
    "organization": add_organization,
    "post": add_post,
    "occupancy": add_occupancy,
    "congress": add_congress,
    "citation": add_citation,
    "directive": add_directive,
    "article": add_article,
}


def rows_to_graph(
    kind: str, rows: Iterable[Mapping[str, Any]], iris: Iris, graph: Graph | None = None
) -> Graph:
    """The triples of ROWS of KIND added to GRAPH (a new one with the prefixes bound if None)."""
    graph = graph if graph is not None else new_graph(iris)
    mapper = ROW_MAPPERS[kind]
    for row in rows:
        mapper(graph, iris, row)
    return graph
