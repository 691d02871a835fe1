"""The whole graph, or one resource, as RDF: paged out of Neo4j and serialised chunk by chunk.

The export never holds the graph in memory. For each kind of node it reads one page of rows
(api/cypher/rdf_<kind>.cypher, keyset-paged on the uniqueness-constrained key, so each page is
an index range seek, not a SKIP over everything before it), turns the page into a small rdflib
Graph (api/rdf.py) and serialises that, then lets it go. Memory is bounded by one page, and a
row carries only what one node owns (a holding's attestations, an article's mentions and the
citations it states): a congress cited by thousands of articles is never one huge row, its
citations come page by page with their articles.

How the pieces make one document, per format:

- N-Triples: chunks are concatenated as they are (a line per triple; no state).
- Turtle: the @prefix block is written once at the top; each chunk is serialised with the same
  prefixes bound and its own copy of those @prefix lines dropped. A prefix rdflib invents for a
  namespace the export did not bind stays in the chunk (a mid-document @prefix is legal Turtle).
- JSON-LD: one document `{"@context": ..., "@graph": [ ... ]}` whose wrapper is streamed; each
  chunk is compacted against the same context and its node objects are written into the
  array. A node described in two chunks (a person, then the posts it holds) appears as two
  node objects with the same @id, which JSON-LD processors merge.
- RDF/XML: one `<rdf:RDF>` element whose opening (with every namespace declaration) and
  closing tags are streamed; each chunk's rdf:Description elements go between them. A chunk
  that needs a namespace the opening tag does not declare is a programming error and raises
  (the tests serialise every kind of row in XML to keep it from happening).

The export is not a snapshot: each page is its own read transaction, so a load running at the
same time may show up in later pages but not earlier ones. IRIs never depend on the paging.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_errors
from rdflib import Graph

from api.rdf import NAMESPACES, RESOURCE_PREFIXES, SEGMENTS, Iris, new_graph, rows_to_graph
from queries.registry import (
    CannedQuery,
    GraphUnavailable,
    QueryFailed,
    QueryTimeout,
    load_query,
    to_plain,
)

CYPHER_DIR = Path(__file__).resolve().parent / "cypher"

# Rows per page (and per serialised chunk) unless the caller says otherwise.
DEFAULT_CHUNK_SIZE = 500
# The order the kinds are written in: things before the holdings and citations that point at them.
EXPORT_ORDER = ("organization", "post", "person", "occupancy", "directive", "congress", "article")


@dataclass(frozen=True)
class RdfFormat:
    """One serialisation the export writes: its name on the command line, media type and file suffix."""

    name: str
    media_type: str
    rdflib_name: str
    suffix: str

    @property
    def openapi_schema(self) -> dict[str, str]:
        """What the body is, for the OpenAPI schema: JSON-LD is a JSON document, the others are text."""
        return {"type": "object"} if self.media_type.endswith("+json") else {"type": "string"}


FORMATS: dict[str, RdfFormat] = {
    f.name: f
    for f in [
        RdfFormat("turtle", "text/turtle", "turtle", ".ttl"),
        RdfFormat("nt", "application/n-triples", "nt", ".nt"),
        RdfFormat("jsonld", "application/ld+json", "json-ld", ".jsonld"),
        RdfFormat("xml", "application/rdf+xml", "xml", ".rdf"),
    ]
}


def rdf_format(name: str) -> RdfFormat:
    """The format called NAME; raises ValueError listing the formats there are."""
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown RDF format {name!r}; use one of {', '.join(FORMATS)}") from None


# Kinds read only to describe one resource (the export gets citations with their articles).
DESCRIPTION_ONLY = ("citation",)


@lru_cache(maxsize=1)
def export_queries() -> dict[str, CannedQuery]:
    """The export's read statement for each kind, from api/cypher/rdf_<kind>.cypher."""
    return {kind: load_query(CYPHER_DIR / f"rdf_{kind}.cypher") for kind in EXPORT_ORDER + DESCRIPTION_ONLY}


# ---------------------------------------------------------------------------------------------
# Reading pages.


class GraphReader:
    """Runs the export's statements in read-only, time-limited transactions on one database."""

    def __init__(self, driver: neo4j.Driver, database: str, timeout_s: float):
        self.driver = driver
        self.database = database
        self.timeout_s = timeout_s

    def rows(self, kind: str, **params: Any) -> list[dict[str, Any]]:
        """The rows of KIND's statement with PARAMS (the others at their declared defaults)."""
        query = export_queries()[kind]
        bound = {p.name: p.default for p in query.params}
        bound.update(params)

        @neo4j.unit_of_work(timeout=self.timeout_s)
        def read(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [{k: to_plain(v) for k, v in record.items()} for record in tx.run(query.cypher, bound)]

        try:
            with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as s:
                return s.execute_read(read)
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError) as exc:
            raise GraphUnavailable("Neo4j is unreachable; try again when it is back") from exc
        except neo4j_errors.Neo4jError as exc:
            code = exc.code or type(exc).__name__
            if "TransactionTimedOut" in code:
                raise QueryTimeout(f"an export page took longer than {self.timeout_s:g} s") from exc
            raise QueryFailed(f"Neo4j refused the export query ({code})") from exc
        except neo4j_errors.DriverError as exc:
            raise GraphUnavailable(f"Neo4j cannot answer now ({type(exc).__name__})") from exc

    def pages(self, kind: str, chunk_size: int) -> Iterator[list[dict[str, Any]]]:
        """Every row of KIND, CHUNK_SIZE at a time, in key order (keyset paging on the key)."""
        after = ""
        while True:
            rows = self.rows(kind, after=after, limit=chunk_size)
            if rows:
                yield rows
            if len(rows) < chunk_size:
                return
            after = rows[-1]["key"]


# ---------------------------------------------------------------------------------------------
# Writing one document out of chunks.


class ChunkWriter:
    """Writes N-Triples: every chunk as it is."""

    def __init__(self, fmt: RdfFormat, iris: Iris):
        self.fmt = fmt
        self.iris = iris

    def header(self) -> str:
        return ""

    def chunk(self, graph: Graph) -> str:
        return graph.serialize(format=self.fmt.rdflib_name)

    def footer(self) -> str:
        return ""


def _bound_namespaces(iris: Iris) -> dict[str, str]:
    names = {prefix: str(ns) for prefix, ns in NAMESPACES.items()}
    names.update({f"id-{SEGMENTS[kind]}": str(iris.namespace(kind)) for kind in RESOURCE_PREFIXES})
    return names


class TurtleWriter(ChunkWriter):
    """Writes Turtle: the prefixes once, then each chunk without its own copy of them."""

    _header_lines: set[str] | None = None

    def header(self) -> str:
        lines = [f"@prefix {prefix}: <{ns}> ." for prefix, ns in _bound_namespaces(self.iris).items()]
        return "\n".join(lines) + "\n\n"

    def chunk(self, graph: Graph) -> str:
        known = self._header_lines or set(self.header().splitlines())
        self._header_lines = known
        text = graph.serialize(format="turtle")
        return "\n".join(line for line in text.splitlines() if line not in known).strip("\n") + "\n\n"


class JsonLdWriter(ChunkWriter):
    """Writes one JSON-LD document: a streamed {"@context", "@graph": [...]} around each chunk's nodes."""

    def __init__(self, fmt: RdfFormat, iris: Iris):
        super().__init__(fmt, iris)
        self.context = _bound_namespaces(iris)
        self.written = 0

    def header(self) -> str:
        return '{"@context": ' + json.dumps(self.context, ensure_ascii=False) + ',\n"@graph": [\n'

    def chunk(self, graph: Graph) -> str:
        if len(graph) == 0:
            return ""
        compact = json.loads(graph.serialize(format="json-ld", context=self.context, auto_compact=True))
        nodes = compact.get("@graph", [compact]) if isinstance(compact, dict) else compact
        parts = []
        for node in nodes:
            node = {k: v for k, v in node.items() if k != "@context"}
            parts.append(("" if self.written == 0 else ",\n") + json.dumps(node, ensure_ascii=False))
            self.written += 1
        return "".join(parts)

    def footer(self) -> str:
        return "\n]}\n"


_XML_ROOT = re.compile(r"<rdf:RDF\b([^>]*)>(.*)</rdf:RDF>\s*$", re.DOTALL)
_XMLNS = re.compile(r'xmlns:([\w.-]+)="([^"]*)"')


class RdfXmlWriter(ChunkWriter):
    """Writes one RDF/XML document: a streamed <rdf:RDF> root around each chunk's descriptions."""

    def header(self) -> str:
        declarations = "\n".join(
            f'   xmlns:{prefix}="{ns}"' for prefix, ns in _bound_namespaces(self.iris).items()
        )
        return f'<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF\n{declarations}\n>\n'

    def chunk(self, graph: Graph) -> str:
        if len(graph) == 0:
            return ""
        m = _XML_ROOT.search(graph.serialize(format="xml"))
        if m is None:
            raise ValueError("rdflib wrote RDF/XML without an rdf:RDF root")
        bound = _bound_namespaces(self.iris)
        for prefix, ns in _XMLNS.findall(m.group(1)):
            if bound.get(prefix) != ns:
                raise ValueError(f"an RDF/XML chunk uses the undeclared namespace {prefix}: <{ns}>")
        return m.group(2).strip("\n") + "\n"

    def footer(self) -> str:
        return "</rdf:RDF>\n"


WRITERS: dict[str, type[ChunkWriter]] = {
    "turtle": TurtleWriter,
    "nt": ChunkWriter,
    "jsonld": JsonLdWriter,
    "xml": RdfXmlWriter,
}


def writer_for(fmt: RdfFormat, iris: Iris) -> ChunkWriter:
    """A fresh writer of FMT (writers keep state across chunks, so one per document)."""
    return WRITERS[fmt.name](fmt, iris)


# ---------------------------------------------------------------------------------------------
# The export and single-resource descriptions.


def export_graph(
    reader: GraphReader,
    fmt: RdfFormat,
    base_iri: str,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[str]:
    """The whole graph as one RDF document in FMT, yielded in pieces of at most one page of rows each.

    Lazy: nothing is read until the first piece is asked for, and a Neo4j failure part-way
    raises from the iteration (the CLI writes to a temporary file for that reason; the API
    checks Neo4j answers before it starts the response).
    """
    iris = Iris(base_iri)
    writer = writer_for(fmt, iris)
    yield writer.header()
    for kind in EXPORT_ORDER:
        for rows in reader.pages(kind, chunk_size):
            piece = writer.chunk(rows_to_graph(kind, rows, iris))
            if piece:
                yield piece
    yield writer.footer()


# What describing one resource reads: the resource's own rows, then related rows (a person's
# holdings, a post's holders, a congress's or directive's citations; at most 500 of each, the
# statements' default limit) that say what the resource is about.
DESCRIPTIONS: dict[str, list[tuple[str, str]]] = {
    "person": [("person", "key"), ("occupancy", "person")],
    "post": [("post", "key"), ("occupancy", "post")],
    "organization": [("organization", "key")],
    "occupancy": [("occupancy", "key")],
    "congress": [("congress", "key"), ("citation", "congress")],
    "directive": [("directive", "key"), ("citation", "directive")],
    "article": [("article", "key")],
}


def describe(reader: GraphReader, kind: str, key: str, base_iri: str) -> Graph | None:
    """The RDF description of the KIND resource with graph key KEY, or None when there is none."""
    iris = Iris(base_iri)
    graph = new_graph(iris)
    for index, (row_kind, param) in enumerate(DESCRIPTIONS[kind]):
        rows = reader.rows(row_kind, **{param: key})
        if index == 0 and not rows:
            return None
        rows_to_graph(row_kind, rows, iris, graph)
    return graph


def serialise(graph: Graph, fmt: RdfFormat, base_iri: str) -> str:
    """GRAPH as one whole document in FMT, written by the same writers as the export."""
    writer = writer_for(fmt, Iris(base_iri))
    return writer.header() + writer.chunk(graph) + writer.footer()
