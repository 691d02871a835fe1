"""A canonical dump of the whole graph: equal dumps mean equal graphs, whatever the internal ids."""

from __future__ import annotations

from typing import Any

from neo4j import Driver

from graph.schema import NODE_KEYS

_NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
_RELATIONSHIPS = """
MATCH (a)-[r]->(b)
RETURN labels(a) AS a_labels, properties(a) AS a_props, type(r) AS type, properties(r) AS props,
       labels(b) AS b_labels, properties(b) AS b_props
"""


def _value(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_value(v) for v in value)
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _props(props: dict) -> tuple:
    return tuple(sorted((k, _value(v)) for k, v in props.items()))


def _identity(labels: list[str], props: dict) -> tuple:
    label = next((lab for lab in sorted(labels) if lab in NODE_KEYS), sorted(labels)[0] if labels else "")
    return label, props.get(NODE_KEYS.get(label, "key"))



def canonical_dump(driver: Driver, database: str | None = None) -> dict[str, list]:
    """Every node (labels, properties) and relationship (ends by key, type, properties), sorted."""
    nodes, _, _ = driver.execute_query(_NODES, database_=database)
    relationships, _, _ = driver.execute_query(_RELATIONSHIPS, database_=database)
    return {
        "nodes": sorted(((tuple(sorted(r["labels"])), _props(r["props"])) for r in nodes), key=repr),
        "relationships": sorted((
            (_identity(r["a_labels"], r["a_props"]), r["type"], _props(r["props"]),
             _identity(r["b_labels"], r["b_props"]))
            for r in relationships
        ), key=repr),
    }
