"""The README's Settings table and Neo4j section say what the code does (no Neo4j needed)."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import SecretStr

from partygraph.settings import DEFAULT_CACHE_DIR, DEFAULT_DATA_DIR, Settings

REPO = Path(__file__).resolve().parents[1]


def readme_section(title: str) -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"the README has no '## {title}' section"
    return match.group(1)


def settings_table() -> dict[str, str]:
    """variable -> default cell of the README's Settings table."""
    rows = re.findall(r"^\| `([A-Z0-9_]+)` \| (.*?) \| .+ \|$", readme_section("Settings"), re.MULTILINE)
    return {name: default.strip("`") for name, default in rows}


def shown_default(value: object) -> str:
    """A default as the README writes it: home directories as ~, secrets and None as 'unset'."""
    if isinstance(value, SecretStr):
        value = value.get_secret_value()
    if value is None:
        return "unset"
    if isinstance(value, Path):
        return str(value).replace(str(Path.home()), "~", 1)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "[]" if not value else str(value)
    return str(value)


def test_every_setting_is_in_the_readme_with_its_default() -> None:
    table = settings_table()
    defaults = Settings.model_construct()  # the declared defaults, whatever this shell's environment says
    for name, field in Settings.model_fields.items():
        variable = field.alias or name.upper()
        assert variable in table, f"README's Settings table misses {variable}"
        assert table[variable] == shown_default(getattr(defaults, name)), variable
    known = {field.alias or name.upper() for name, field in Settings.model_fields.items()}
    assert set(table) <= known, f"README lists settings the code does not read: {set(table) - known}"


def test_readme_says_a_dot_env_is_read_and_where_neo4j_keeps_things() -> None:
    assert Settings.model_config["env_file"] == ".env"
    assert "`.env`" in readme_section("Settings")
    neo4j = readme_section("Neo4j")
    for phrase in ("partygraph db start", "partygraph db stop", "partygraph db status", "--workers N",
                   "docker-compose.yml", "bolt://", "neo4j://", "neo4j+s://",
                   shown_default(DEFAULT_CACHE_DIR), shown_default(DEFAULT_DATA_DIR / "neo4j")):
        assert phrase in neo4j, phrase
