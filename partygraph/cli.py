"""The `partygraph` command: one entry point for the server, the loaders, the queries and the API.

Each command's work lives in the package that owns it; this module only wires
arguments to those functions, so importing it stays cheap.
"""

from __future__ import annotations

import time
from typing import Annotated

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__.splitlines()[0])
db_app = typer.Typer(
    no_args_is_help=True, help="Run the local Neo4j server (not used when NEO4J_URI is set)."
)
app.add_typer(db_app, name="db")


@app.callback()
def main(ctx: typer.Context) -> None:
    """partygraph: who held which post when, and which directives each congress cites."""
    # The API server keeps the driver's log lines: there they are the operator's only trace.
    if ctx.invoked_subcommand != "serve":
        quiet_driver_logging()


def quiet_driver_logging() -> None:
    """Keep the neo4j driver's own log lines off stderr: the command prints its own one-line message.

    The driver logs what it gives up on ("Unable to retrieve routing information" for a neo4j://
    URI nobody answers, "Transaction failed and will be retried") at WARNING and ERROR. With no
    handler, logging's last-resort handler prints them; and underthesea puts a stream handler on
    the root logger when the extractor loads, so they would also propagate there. Hence a
    NullHandler and no propagation on the "neo4j" logger.
    """
    import logging

    driver_logger = logging.getLogger("neo4j")
    driver_logger.propagate = False
    if not any(isinstance(handler, logging.NullHandler) for handler in driver_logger.handlers):
        driver_logger.addHandler(logging.NullHandler())


# ---- db: the local Neo4j server (graph/server.py) ---------------------------------------------


def _db_fail(message: str) -> typer.Exit:
    from rich.console import Console

    Console(stderr=True, soft_wrap=True).print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(1)


@db_app.command("start")
def db_start() -> None:
    """Start the local Neo4j (fetching it from Maven Central on first use); returns once Bolt answers."""
    from rich.console import Console

    from graph.server import LocalNeo4j, ServerError
    from partygraph.settings import get_settings

    console = Console(highlight=False)
    settings = get_settings()
    if settings.neo4j_uri:
        console.print(f"NEO4J_URI is set: using [bold]{settings.neo4j_uri}[/], no local server started.")
        return
    server = LocalNeo4j(settings, report=lambda message: console.print(f"[dim]{message}[/]"))
    started_at = time.monotonic()
    try:
        started = server.start()
    except ServerError as error:
        raise _db_fail(str(error)) from None
    verb = "started" if started else "already running"
    console.print(
        f"[green]Neo4j {verb}[/] on [bold]{server.uri}[/] "
        f"(http://127.0.0.1:{settings.http_port}, data {server.home}) "
        f"in {time.monotonic() - started_at:.1f} s"
    )


@db_app.command("stop")
def db_stop() -> None:
    """Stop the local Neo4j that `db start` started (does nothing if none is running)."""
    from rich.console import Console

    from graph.server import LocalNeo4j, ServerError
    from partygraph.settings import get_settings

    console = Console(highlight=False)
    settings = get_settings()
    if settings.neo4j_uri:
        console.print(f"NEO4J_URI is set ({settings.neo4j_uri}): no local server to stop.")
        return
    try:
        stopped = LocalNeo4j(settings).stop()
    except ServerError as error:
        raise _db_fail(str(error)) from None
    console.print("[green]Neo4j stopped.[/]" if stopped else "Neo4j was not running.")


@db_app.command("status")
def db_status() -> None:
    """Which server the commands use, whether it answers, its version and data directory (exit 1 if down)."""
    from rich.console import Console
    from rich.table import Table

    from graph.server import LocalNeo4j, external_status
    from partygraph.settings import get_settings

    settings = get_settings()
    status = external_status(settings) if settings.neo4j_uri else LocalNeo4j(settings).status()
    table = Table(show_header=False, box=None)
    table.add_row("server", f"{status.uri} ({'NEO4J_URI' if status.external else 'local, partygraph db'})")
    answering = status.running and status.problem is None and status.version is not None
    table.add_row("state", "[green]running[/]" if answering else "[red]not running[/]")
    if status.version:
        table.add_row("version", f"Neo4j {status.version} {status.edition}")
    if status.pid:
        table.add_row("pid", str(status.pid))
    if status.data_dir:
        table.add_row("data", str(status.data_dir))
    table.add_row("database", settings.neo4j_database)
    if status.problem:
        table.add_row("problem", status.problem)
    Console(highlight=False).print(table)
    if not answering:
        raise typer.Exit(1)


# ---- load: articles -> graph (graph/load.py) ----------------------------------------------------


@app.command("load")
def load(
    paths: Annotated[list[str], typer.Argument(help="Article files (*.txt) or folders of them.")],
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Extraction processes.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per transaction.")] = 50,
) -> None:
    """Extract articles and write their facts to Neo4j (idempotent; a changed article replaces its facts)."""
    from neo4j.exceptions import DriverError, Neo4jError
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from graph.driver import Neo4jUnavailable, explain, open_driver
    from graph.load import load_paths
    from graph.schema import ensure_schema
    from partygraph.settings import get_settings

    console = Console(highlight=False)
    errors = Console(stderr=True, highlight=False, soft_wrap=True)
    settings = get_settings()
    try:
        driver = open_driver(settings)
    except Neo4jUnavailable as error:
        errors.print(f"[bold red]error:[/] {error}")
        raise typer.Exit(2) from None
    progress = Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=console, transient=True)
    task = progress.add_task("load", total=None)
    try:
        ensure_schema(driver, settings.neo4j_database)
        with progress:
            summary = load_paths(
                driver, paths, database=settings.neo4j_database, workers=workers, batch_size=batch_size,
                progress=lambda done, total: progress.update(task, completed=done, total=total),
            )
    except (DriverError, Neo4jError, OSError) as error:
        message = explain(error, settings.bolt_uri)
        errors.print(f"[bold red]error:[/] {message if isinstance(message, Neo4jUnavailable) else error}")
        errors.print("Articles written before the failure are complete; run the same load again to finish.")
        raise typer.Exit(2) from None
    finally:
        driver.close()

    c = summary.counters
    # read = loaded + skipped; a path naming nothing was never read, so it is counted on its own.
    missing = f", [red]{len(summary.missing)}[/] not found" if summary.missing else ""
    console.print(
        f"[bold]{summary.read}[/] articles read: [green]{summary.loaded}[/] loaded "
        f"({summary.written} written, {summary.replaced} of them replacing an earlier version, "
        f"{summary.unchanged} unchanged), [red]{len(summary.skipped)}[/] skipped{missing}; "
        f"{summary.facts} facts."
    )
    console.print(
        f"Neo4j: {c['nodes_created']} nodes and {c['relationships_created']} relationships created, "
        f"{c['nodes_merged']} nodes and {c['relationships_merged']} relationships merged (already there), "
        f"{c['nodes_deleted']} nodes and {c['relationships_deleted']} relationships deleted, "
        f"{c['properties_set']} properties set; {summary.seconds:.1f} s "
        f"({summary.write_seconds:.1f} s writing)."
    )
    for skip in summary.missing:
        errors.print(f"not found {skip.path}: {skip.reason}")
    for skip in summary.skipped:
        errors.print(f"skipped {skip.path}: {skip.reason}")
    if summary.skipped or summary.missing:
        raise typer.Exit(1)


# ---- extract: articles -> facts JSON lines (loaders/extract.py) --------------------------------


@app.command("extract")
def extract(
    files: Annotated[list[str], typer.Argument(help="Article text files (UTF-8).")],
) -> None:
    """Print each article's facts as one JSON line (the facts format); bad files are reported on stderr."""
    import json
    import sys

    from loaders.errors import ArticleRejected
    from loaders.extract import extract_file
    from partygraph.settings import get_settings

    limit = get_settings().max_article_bytes
    failed = 0
    for path in files:
        try:
            facts = extract_file(path, limit)
        except ArticleRejected as rejected:
            failed += 1
            print(f"partygraph extract: {path}: {rejected.reason}", file=sys.stderr)
            continue
        except Exception as error:  # one article's extractor bug must not stop the others
            failed += 1
            print(f"partygraph extract: {path}: extractor failed ({type(error).__name__}: {error})",
                  file=sys.stderr)
            continue
        print(json.dumps(facts, ensure_ascii=False), flush=True)
    if failed:
        raise typer.Exit(1)


# ---- export: the graph as RDF (api/rdf_export.py) ---------------------------------------------


@app.command("export")
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="turtle, nt, jsonld or xml.")] = "turtle",
    out: Annotated[str | None, typer.Option("--out", "-o", help="Write here (default: stdout).")] = None,
    chunk_size: Annotated[int, typer.Option("--chunk-size", min=1, max=10_000, help="Nodes per page.")] = 500,
) -> None:
    """Write the whole graph as RDF (W3C ORG, FOAF, ELI, PROV-O, Dublin Core), streamed page by page."""
    import os
    import sys
    import tempfile
    from pathlib import Path

    from rich.console import Console

    from api.rdf_export import GraphReader, export_graph, rdf_format
    from graph.driver import Neo4jUnavailable, open_driver
    from partygraph.settings import get_settings
    from queries.registry import QueryError

    errors = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        fmt = rdf_format(format)
    except ValueError as error:
        errors.print(f"[bold red]error:[/] {error}")
        raise typer.Exit(2) from None
    settings = get_settings()
    try:
        driver = open_driver(settings)
    except Neo4jUnavailable as error:
        errors.print(f"[bold red]error:[/] {error}")
        raise typer.Exit(2) from None
    reader = GraphReader(driver, settings.neo4j_database, settings.query_timeout_s)
    pieces = export_graph(reader, fmt, settings.base_iri, chunk_size)
    temporary: Path | None = None
    try:
        if out is None:
            for piece in pieces:
                sys.stdout.write(piece)
            sys.stdout.flush()
            return
        # Written beside the target and renamed at the end: a failed export leaves no half file.
        target = Path(out)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
        temporary = Path(name)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            for piece in pieces:
                stream.write(piece)
        os.replace(temporary, target)
        temporary = None
        errors.print(f"wrote {target} ({fmt.name}, {target.stat().st_size:,} bytes)")
    except QueryError as error:
        errors.print(f"[bold red]error:[/] the export stopped: {error}")
        raise typer.Exit(2) from None
    except OSError as error:
        errors.print(f"[bold red]error:[/] cannot write {out}: {error.strerror or error}")
        raise typer.Exit(1) from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        driver.close()


# ---- query and serve: the canned queries (queries/registry.py) and the API (api/app.py) ----------


def _query_fail(message: str, code: int) -> typer.Exit:
    from rich.console import Console

    Console(stderr=True, highlight=False, soft_wrap=True).print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


def _cell(value: object) -> str:
    import json

    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@app.command("query")
def query(
    name: Annotated[str | None, typer.Argument(help="The canned query to run (see --list).")] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A parameter as key=value; repeat for more.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    list_queries: Annotated[bool, typer.Option("--list", help="List the queries and parameters.")] = False,
) -> None:
    """Run a canned query by name (the same ones the API serves), read-only, with a timeout and a row cap."""
    import json

    from rich.console import Console
    from rich.table import Table

    from partygraph.settings import get_settings
    from queries import registry as queries

    settings = get_settings()
    registry = queries.QueryRegistry.from_folder(settings)
    console = Console(highlight=False)
    if list_queries or name is None:
        if as_json:
            print(json.dumps(registry.catalogue(), ensure_ascii=False, indent=2))
            return
        table = Table("query", "parameters", "description", show_lines=True)
        for q in registry.catalogue():
            params = "\n".join(
                f"{p['name']}: {p['type']}" + ("" if p["required"] else f" = {p['default']}")
                for p in q["parameters"]
            )
            table.add_row(q["name"], params, q["description"])
        console.print(table)
        return
    raw: dict[str, str] = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise _query_fail(f"--param {item!r}: expected key=value", 2)
        raw[key.strip()] = value
    from graph.driver import Neo4jUnavailable

    try:
        driver = queries.open_driver(settings)
    except Neo4jUnavailable as error:
        raise _query_fail(str(error), 2) from None
    try:
        result = registry.run(driver, name, raw)
    except queries.GraphUnavailable as error:
        raise _query_fail(f"{error} ({settings.bolt_uri})", 2) from None
    except (queries.UnknownQuery, queries.InvalidParameter) as error:
        raise _query_fail(str(error), 2) from None
    except queries.QueryError as error:
        raise _query_fail(str(error), 1) from None
    finally:
        driver.close()
    if as_json:
        print(json.dumps(vars(result), ensure_ascii=False, indent=2))
        return
    columns = result.columns or (list(result.rows[0]) if result.rows else [])
    table = Table(*columns, title=f"{name}: {len(result.rows)} rows", title_justify="left")
    for row in result.rows:
        table.add_row(*(_cell(row.get(column)) for column in columns))
    console.print(table)
    if result.truncated:
        console.print(f"[yellow]only the first {settings.max_rows} rows (PARTYGRAPH_MAX_ROWS)[/]")


@app.command("serve")
def serve(
    host: Annotated[str | None, typer.Option(help="Listen address (default: PARTYGRAPH_API_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: PARTYGRAPH_API_PORT).")] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn's log level.")] = "info",
) -> None:
    """Serve the API (and the web explorer at /) with uvicorn; /docs lists every endpoint."""
    import uvicorn

    from partygraph.settings import get_settings

    settings = get_settings()
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host or settings.api_host,
        port=port or settings.api_port,
        log_level=log_level,
    )
