"""partygraph: Vietnamese party news as a Neo4j knowledge graph."""

__version__ = "0.1.0"
