"""The `partygraph` command: one entry point for the server, the loaders, the queries and the API.

Each command's work lives in the package that owns it; this module only wires
arguments to those functions, so importing it stays cheap.
"""

from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__.splitlines()[0])
db_app = typer.Typer(no_args_is_help=True, help="Run the local Neo4j server (not used when NEO4J_URI is set).")
app.add_typer(db_app, name="db")


@app.callback()
def main() -> None:
    """partygraph: who held which post when, and which directives each congress cites."""
