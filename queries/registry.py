"""The canned queries: each queries/*.cypher file, its header, its parameters, and how it is run.

A query file starts with a block of `//` comment lines holding YAML (name, description,
params); the Cypher follows. The CLI and the API run queries only through this registry,
so every query reaches Neo4j parameterised, in a read-only transaction with a timeout,
and no answer grows past the row cap.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import neo4j
import yaml
from neo4j import exceptions as neo4j_errors

from graph import driver as graph_driver
from partygraph.settings import Settings
from queries.params import PARAM_TYPES, ParamType

QUERY_DIR = Path(__file__).resolve().parent
HEADER_LINE = re.compile(r"^//\s?(.*)$")

# How long a connection attempt to Neo4j may take before the caller hears it is unreachable.
CONNECT_TIMEOUT_S = 3.0
# How long a write (POST /articles) is retried on deadlocks and lost connections before giving up.
WRITE_RETRY_S = 5.0


class QueryError(Exception):
    """Base of the registry's errors; each carries a one-line message meant for the user."""


class UnknownQuery(QueryError):
    """No canned query has that name."""


class InvalidParameter(QueryError):
    """A parameter is missing, unknown, or does not parse as its declared type."""


class QueryTimeout(QueryError):
    """The query ran past the transaction timeout and Neo4j stopped it."""


class GraphUnavailable(QueryError):
    """Neo4j cannot be reached (down, restarting, or the address is wrong)."""


class QueryFailed(QueryError):
    """Neo4j refused the query for another reason (a missing index, a server error)."""


@dataclass(frozen=True)
class Param:
    """One declared parameter of a canned query."""

    name: str
    type: ParamType
    description: str
    required: bool
    default: Any = None
    example: Any = None
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None

    def parse(self, raw: Any) -> Any:
        """The value the Cypher gets, from RAW as typed or sent; raises ValueError with the reason."""
        value = self.type.parse(raw)
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"must be one of {', '.join(self.choices)}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"must be at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"must be at most {self.maximum}")
        return value

    def describe(self) -> dict[str, Any]:
        """This parameter as the catalogue shows it."""
        return {
            "name": self.name,
            "type": self.type.name,
            "json_type": self.type.json_type,
            "description": self.description or self.type.description,
            "required": self.required,
            "default": self.default,
            "example": self.example,
            "minimum": self.minimum,
            "maximum": self.maximum,
            "choices": list(self.choices) if self.choices else None,
        }


@dataclass(frozen=True)
class CannedQuery:
    """A .cypher file: its name, what it answers, its parameters and its text."""

    name: str
    description: str
    params: tuple[Param, ...]
    cypher: str
    path: Path
    columns: tuple[str, ...] = field(default=())

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def describe(self) -> dict[str, Any]:
        """This query as the catalogue shows it."""
        return {
            "name": self.name,
            "description": self.description,
            "parameters": [p.describe() for p in self.params],
            "columns": list(self.columns),
        }


@dataclass
class QueryResult:
    """The rows a query returned, at most the row cap, and whether more were left unread."""

    query: str
    parameters: dict[str, Any]
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool


def _parse_header(path: Path) -> tuple[dict[str, Any], str]:
    header_lines: list[str] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    body_start = 0
    for body_start, line in enumerate(lines):  # noqa: B007 (body_start is used after the loop)
        m = HEADER_LINE.match(line)
        if not m:
            break
        header_lines.append(m.group(1))
    else:
        body_start = len(lines)
    cypher = "\n".join(lines[body_start:]).strip()
    try:
        header = yaml.safe_load("\n".join(header_lines)) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"{path.name}: the header is not valid YAML: {exc}") from None
    if not isinstance(header, dict) or not cypher:
        raise ValueError(f"{path.name}: expected a // header (name, description, params) and a query")
    return header, cypher


def _top_level(cypher: str) -> str:
    """The query with bracketed parts blanked, so a subquery's RETURN is not taken for the query's."""
    depth, out = 0, []
    for ch in cypher:
        if ch in ")]}":
            depth -= 1
        out.append(ch if depth == 0 or ch in "([{)]}" else " ")
        if ch in "([{":
            depth += 1
    return "".join(out)


def _split_top_level(text: str) -> list[str]:
    depth, parts, current = 0, [], ""
    for ch in text:
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


def _return_columns(cypher: str) -> tuple[str, ...]:
    """The column names of the query's final RETURN, for the catalogue (names after AS, or bare names)."""
    flat = _top_level(cypher)
    returns = list(re.finditer(r"\bRETURN\b", flat, flags=re.IGNORECASE))
    if not returns:
        return ()
    start = returns[-1].end()
    end_match = re.search(r"\b(ORDER\s+BY|SKIP|LIMIT|UNION)\b", flat[start:], flags=re.IGNORECASE)
    tail = cypher[start : start + end_match.start()] if end_match else cypher[start:]
    columns = []
    for part in _split_top_level(tail):
        part = part.strip()
        m = re.search(r"\bAS\s+(\w+)$", part, flags=re.IGNORECASE) or re.fullmatch(r"(?:\w+\.)?(\w+)", part)
        if m:
            columns.append(m.group(1))
    return tuple(columns)


def load_query(path: Path) -> CannedQuery:
    """One .cypher file as a CannedQuery; raises ValueError naming the file if its header is wrong."""
    header, cypher = _parse_header(path)
    name = header.get("name") or path.stem
    if name != path.stem:
        raise ValueError(f"{path.name}: header name {name!r} differs from the file name")
    params = []
    for param_name, spec in (header.get("params") or {}).items():
        spec = spec or {}
        type_name = spec.get("type", "str")
        if type_name not in PARAM_TYPES:
            raise ValueError(f"{path.name}: parameter {param_name}: unknown type {type_name!r}")
        if f"${param_name}" not in cypher:
            raise ValueError(f"{path.name}: parameter {param_name} is declared but the query never uses it")
        params.append(
            Param(
                name=param_name,
                type=PARAM_TYPES[type_name],
                description=spec.get("description", ""),
                required="default" not in spec,
                default=spec.get("default"),
                example=spec.get("example"),
                minimum=spec.get("min"),
                maximum=spec.get("max"),
                choices=tuple(spec["choices"]) if spec.get("choices") else None,
            )
        )
    used = set(re.findall(r"\$(\w+)", cypher))
    undeclared = used - {p.name for p in params}
    if undeclared:
        raise ValueError(f"{path.name}: the query uses undeclared parameters {sorted(undeclared)}")
    return CannedQuery(
        name=name,
        description=" ".join(str(header.get("description", "")).split()),
        params=tuple(params),
        cypher=cypher,
        path=path,
        columns=_return_columns(cypher),
    )


def to_plain(value: Any) -> Any:
    """A value from a Neo4j record as JSON-ready Python (dates as ISO text, nodes as their properties)."""
    if isinstance(value, (neo4j.time.Date, neo4j.time.DateTime, dt.date)):
        return value.isoformat()
    if isinstance(value, neo4j.graph.Node):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, Mapping):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value


def open_driver(settings: Settings) -> neo4j.Driver:
    """A driver for the configured server; it connects lazily and reconnects by itself after an outage.

    Raises graph.driver.Neo4jUnavailable, whose message is one line for users, when the URI is not
    a Bolt URI the driver can use.
    """
    # graph/driver.py owns the URI rules: an unverified driver from it does no I/O and refuses a
    # wrong URI with the message every other command gives; this one only adds the query limits.
    graph_driver.open_driver(settings, verify=False).close()
    return neo4j.GraphDatabase.driver(
        settings.bolt_uri,
        auth=(settings.neo4j_user, settings.neo4j_password.get_secret_value()),
        connection_timeout=CONNECT_TIMEOUT_S,
        connection_acquisition_timeout=CONNECT_TIMEOUT_S * 2,
        # Reads run in explicit transactions (never retried); this bounds the retries of ingest writes.
        max_transaction_retry_time=WRITE_RETRY_S,
        # Planner notes (unknown property keys on an empty graph) are not for API users or logs.
        notifications_min_severity="OFF",
    )


# A stale pooled connection after a Neo4j restart fails once; the retry gets a fresh one.
_RECONNECT_ERRORS = (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired)
_UNAVAILABLE_ERRORS = (
    neo4j_errors.ServiceUnavailable,
    neo4j_errors.SessionExpired,
    neo4j_errors.DatabaseUnavailable,
    neo4j_errors.ConnectionAcquisitionTimeoutError,
    OSError,
)


class QueryRegistry:
    """Every canned query of a folder, run by name with checked parameters."""

    def __init__(self, queries: Mapping[str, CannedQuery], *, max_rows: int, timeout_s: float, database: str):
        self.queries = dict(sorted(queries.items()))
        self.max_rows = max_rows
        self.timeout_s = timeout_s
        self.database = database

    @classmethod
    def from_folder(cls, settings: Settings, folder: Path = QUERY_DIR) -> QueryRegistry:
        """The registry of FOLDER's .cypher files with the limits in SETTINGS."""
        return cls(
            _load_folder(folder),
            max_rows=settings.max_rows,
            timeout_s=settings.query_timeout_s,
            database=settings.neo4j_database,
        )

    def get(self, name: str) -> CannedQuery:
        """The query called NAME; raises UnknownQuery."""
        try:
            return self.queries[name]
        except KeyError:
            raise UnknownQuery(f"no query named {name!r}; `partygraph query --list` lists them") from None

    def catalogue(self) -> list[dict[str, Any]]:
        """Every query with its parameters, as the CLI and GET /queries show them."""
        return [q.describe() for q in self.queries.values()]

    def bind(self, name: str, raw: Mapping[str, Any]) -> tuple[CannedQuery, dict[str, Any]]:
        """The query and its Cypher parameters from RAW values; raises InvalidParameter naming the culprit."""
        query = self.get(name)
        unknown = set(raw) - {p.name for p in query.params}
        if unknown:
            raise InvalidParameter(
                f"{name}: unknown parameter {sorted(unknown)[0]!r}; it takes "
                + (", ".join(p.name for p in query.params) or "none")
            )
        bound: dict[str, Any] = {}
        for param in query.params:
            value = raw.get(param.name)
            if value is None or (isinstance(value, str) and not value.strip() and not param.required):
                if param.required:
                    raise InvalidParameter(
                        f"{name}: parameter {param.name!r} is required ({param.type.description})"
                    )
                bound[param.name] = param.parse(param.default) if param.default is not None else None
                continue
            try:
                bound[param.name] = param.parse(value)
            except ValueError as exc:
                raise InvalidParameter(f"{name}: parameter {param.name!r}: {exc}") from None
        if bound.get("limit") is not None and bound["limit"] > self.max_rows:
            if raw.get("limit") is not None:
                raise InvalidParameter(
                    f"{name}: parameter 'limit' must be at most {self.max_rows}, the row cap"
                )
            # A default above a lowered cap is the cap; the caller asked for nothing more.
            bound["limit"] = self.max_rows
        return query, bound

    def run(self, driver: neo4j.Driver, name: str, raw: Mapping[str, Any] | None = None) -> QueryResult:
        """Run query NAME with RAW parameters in a read-only transaction; at most max_rows rows come back."""
        raw = raw or {}
        query, bound = self.bind(name, raw)
        rows: list[dict[str, Any]] = []
        truncated = False
        for attempt in (1, 2):
            try:
                rows, truncated = self._read(driver, query, bound)
                break
            except _RECONNECT_ERRORS:
                if attempt == 2:
                    raise GraphUnavailable("Neo4j is unreachable; try again when it is back") from None
            except neo4j_errors.Neo4jError as exc:
                raise self._translate(exc) from None
            except _UNAVAILABLE_ERRORS:
                raise GraphUnavailable("Neo4j is unreachable; try again when it is back") from None
        return QueryResult(
            query=name,
            parameters={p.name: _shown(bound[p.name], raw.get(p.name, p.default)) for p in query.params},
            columns=list(query.columns),
            rows=rows,
            truncated=truncated,
        )

    def _read(self, driver: neo4j.Driver, query: CannedQuery, bound: dict[str, Any]):
        rows: list[dict[str, Any]] = []
        truncated = False
        with driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
            with session.begin_transaction(timeout=self.timeout_s) as tx:
                result = tx.run(query.cypher, bound)
                for record in result:
                    if len(rows) == self.max_rows:
                        truncated = True
                        break
                    rows.append({k: to_plain(v) for k, v in record.items()})
                # Leaving the block rolls the read transaction back; the unread rest is discarded.
        return rows, truncated

    def _translate(self, exc: Exception) -> QueryError:
        code = getattr(exc, "code", "") or ""
        if "TransactionTimedOut" in code or "TransactionTimedOutClientConfiguration" in code:
            return QueryTimeout(f"the query ran longer than {self.timeout_s:g} s and was stopped")
        if isinstance(exc, neo4j_errors.AuthError):
            # The server is there but the service cannot use it: for a caller that is an outage.
            return GraphUnavailable("Neo4j refused partygraph's credentials (NEO4J_USER / NEO4J_PASSWORD)")
        if isinstance(exc, (neo4j_errors.DatabaseUnavailable, neo4j_errors.TransientError)):
            reason = code or type(exc).__name__
            return GraphUnavailable(f"Neo4j cannot answer now ({reason}); try again shortly")
        return QueryFailed(f"Neo4j refused the query ({code or type(exc).__name__})")


def _shown(bound: Any, given: Any) -> Any:
    """A parameter as an answer reports it: the value used, or as given when the query got a structure."""
    return given if isinstance(bound, dict) else to_plain(bound)


@lru_cache(maxsize=4)
def _load_folder(folder: Path) -> dict[str, CannedQuery]:
    queries = {}
    for path in sorted(folder.glob("*.cypher")):
        query = load_query(path)
        queries[query.name] = query
    return queries
