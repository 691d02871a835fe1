"""Every setting partygraph reads, in one place (environment variables or an optional .env)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATA_DIR = Path.home() / ".local" / "share" / "partygraph"
DEFAULT_CACHE_DIR = Path.home() / ".cache" / "partygraph"


class Settings(BaseSettings):
    """Settings from the environment; names are the upper-case field names or their aliases."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    # An external server (cluster, Aura): when set, no local Neo4j is started.
    neo4j_uri: str | None = Field(default=None, alias="NEO4J_URI")
    neo4j_user: str = Field(default="neo4j", alias="NEO4J_USER")
    neo4j_password: SecretStr = Field(default=SecretStr("partygraph-local"), alias="NEO4J_PASSWORD")
    neo4j_database: str = Field(default="neo4j", alias="NEO4J_DATABASE")

    # The local server partygraph starts itself.
    data_dir: Path = Field(default=DEFAULT_DATA_DIR, alias="PARTYGRAPH_DATA_DIR")
    cache_dir: Path = Field(default=DEFAULT_CACHE_DIR, alias="PARTYGRAPH_CACHE_DIR")
    neo4j_version: str = Field(default="5.26.30", alias="PARTYGRAPH_NEO4J_VERSION")
    bolt_port: int = Field(default=7687, alias="PARTYGRAPH_BOLT_PORT")
    http_port: int = Field(default=7474, alias="PARTYGRAPH_HTTP_PORT")
    neo4j_heap: str = Field(default="1g", alias="PARTYGRAPH_NEO4J_HEAP")
    neo4j_pagecache: str = Field(default="512m", alias="PARTYGRAPH_NEO4J_PAGECACHE")

    # The API.
    api_key: SecretStr | None = Field(default=None, alias="PARTYGRAPH_API_KEY")
    api_host: str = Field(default="127.0.0.1", alias="PARTYGRAPH_API_HOST")
    api_port: int = Field(default=8000, alias="PARTYGRAPH_API_PORT")
    cors_origins: list[str] = Field(default_factory=list, alias="PARTYGRAPH_CORS_ORIGINS")
    max_rows: int = Field(default=500, alias="PARTYGRAPH_MAX_ROWS")
    query_timeout_s: float = Field(default=10.0, alias="PARTYGRAPH_QUERY_TIMEOUT")
    max_article_bytes: int = Field(default=2_000_000, alias="PARTYGRAPH_MAX_ARTICLE_BYTES")

    # RDF export.
    base_iri: str = Field(default="https://partygraph.example.org/id/", alias="PARTYGRAPH_BASE_IRI")

    @property
    def local_bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def bolt_uri(self) -> str:
        """The server every command talks to: NEO4J_URI if set, else the local one."""
        return self.neo4j_uri or self.local_bolt_uri


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
