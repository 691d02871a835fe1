"""docker-compose.yml parses and wires the API by the setting names the app reads (no Docker here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from partygraph.settings import Settings

REPO = Path(__file__).resolve().parents[1]
CONNECTION_SETTINGS = {"NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"}


def setting_names() -> set[str]:
    """Every environment name Settings reads: each field's alias, else its upper-case name."""
    return {(field.alias or name).upper() for name, field in Settings.model_fields.items()}


def environment_of(service: dict) -> dict[str, str]:
    """A service's environment as a mapping, whichever of compose's two spellings it uses."""
    environment = service.get("environment") or {}
    if isinstance(environment, list):
        return dict(entry.split("=", 1) if "=" in entry else (entry, "") for entry in environment)
    return {name: "" if value is None else str(value) for name, value in environment.items()}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_setting_names_come_from_settings() -> None:
    names = setting_names()
    assert CONNECTION_SETTINGS <= names
    assert {"PARTYGRAPH_DATA_DIR", "PARTYGRAPH_API_KEY"} <= names


def test_neo4j_service_is_5_26_community_with_healthcheck_and_named_volume(compose: dict) -> None:
    neo4j = compose["services"]["neo4j"]
    assert re.fullmatch(r"neo4j:5\.26(\.\d+)?-community", neo4j["image"])
    assert neo4j["healthcheck"]["test"]
    volume_names = {mount.split(":", 1)[0] for mount in neo4j["volumes"]}
    named = set(compose.get("volumes") or {})
    assert volume_names & named, "Neo4j's data should live in a named volume declared at the top level"
    assert any(mount.endswith(":/data") and mount.split(":", 1)[0] in named for mount in neo4j["volumes"])


def test_api_service_sets_only_names_the_app_reads(compose: dict) -> None:
    api_environment = environment_of(compose["services"]["api"])
    unknown = set(api_environment) - setting_names()
    assert not unknown, f"the app reads no setting named {sorted(unknown)}"
    assert CONNECTION_SETTINGS <= set(api_environment)


def test_api_reaches_the_neo4j_service_once_healthy(compose: dict) -> None:
    api = compose["services"]["api"]
    assert re.fullmatch(r"(bolt|neo4j)://neo4j:7687", environment_of(api)["NEO4J_URI"])
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    build = api["build"]
    context = build if isinstance(build, str) else build.get("context", ".")
    dockerfile = "Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile")
    assert (REPO / context / dockerfile).is_file()


def test_both_services_share_one_password(compose: dict) -> None:
    neo4j_auth = environment_of(compose["services"]["neo4j"])["NEO4J_AUTH"]
    api_password = environment_of(compose["services"]["api"])["NEO4J_PASSWORD"]
    user, _, password = neo4j_auth.partition("/")
    assert user == environment_of(compose["services"]["api"])["NEO4J_USER"]
    assert password == api_password


def test_dockerfile_installs_the_package_and_serves() -> None:
    dockerfile = (REPO / "Dockerfile").read_text()
    assert re.search(r"^RUN pip install \.$", dockerfile, re.MULTILINE)
    assert re.search(r'^CMD \["partygraph", "serve"\]$', dockerfile, re.MULTILINE)
    copied = set(re.findall(r"^COPY (\S+) ", dockerfile, re.MULTILINE))
    packages_line = re.search(r"^packages = \[(.*)\]$", (REPO / "pyproject.toml").read_text(), re.MULTILINE)
    assert packages_line, "pyproject.toml lists its packages on one line"
    packages = re.findall(r'"([^"]+)"', packages_line.group(1))
    assert packages
    for package in packages:
        assert package in copied, f"the image misses the {package} package"
