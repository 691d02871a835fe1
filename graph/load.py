"""`partygraph load`: extract articles (optionally in worker processes) and write them in batches.

Extraction runs in N processes (concurrent.futures); writes stay in this process, in input order,
a batch of whole articles per managed transaction (graph.write). An article's identity for
re-loads is its source path, resolved to an absolute path: a new text at the same path replaces
the old version's facts.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import Driver
from neo4j.exceptions import ClientError, DatabaseError

from graph.facts_to_rows import ArticleRows, article_id, facts_to_rows
from graph.write import write_articles
from loaders.errors import ArticleRejected

ARTICLE_SUFFIX = ".txt"
DEFAULT_BATCH_SIZE = 50

# source path, text -> facts dict (the facts format); raises ArticleRejected for bad input.
Extractor = Callable[[str, str], dict]


@dataclass
class Skip:
    """An input that was not loaded, and why (one line)."""

    path: str
    reason: str


@dataclass
class Extracted:
    """One article after extraction: its rows, or the reason it is skipped."""

    path: str
    rows: ArticleRows | None = None
    skip: str | None = None


@dataclass
class LoadSummary:
    """What a load did, for the closing summary.

    Every article file read is either loaded (written or unchanged) or skipped, so
    read == loaded + len(skipped); a path that names nothing is in missing, neither read nor skipped.
    """

    read: int = 0
    written: int = 0
    unchanged: int = 0
    replaced: int = 0
    facts: int = 0
    skipped: list[Skip] = field(default_factory=list)
    missing: list[Skip] = field(default_factory=list)
    counters: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    write_seconds: float = 0.0

    @property
    def loaded(self) -> int:
        return self.written + self.unchanged


def article_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[Skip]]:
    """The article files PATHS name: files as given, folders' *.txt files (recursively, sorted)."""
    found: list[Path] = []
    missing: list[Skip] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob(f"*{ARTICLE_SUFFIX}") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            missing.append(Skip(str(given), "no such file or folder"))
    return found, missing


def default_extractor(source: str, text: str) -> dict:
    """The loaders' extractor: article text -> facts dict (imported late: it loads underthesea)."""
    from loaders.extract import extract_text

    return extract_text(text, source=source)


def read_text(path: Path) -> str:
    """An article file's text, checked by the loaders (ArticleRejected: empty, binary, too large, ...)."""
    from loaders.text import read_article
    from partygraph.settings import get_settings

    return read_article(path, get_settings().max_article_bytes)


def extract_one(path: Path, extractor: Extractor | None = None) -> Extracted:
    """Read and extract one article file into rows; bad input becomes a skip with its reason."""
    extractor = extractor or default_extractor
    try:
        text = read_text(path)
        facts = extractor(str(path), text)
        return Extracted(str(path), rows=facts_to_rows(facts, article_id(text), str(path.resolve())))
    except ArticleRejected as error:
        return Extracted(str(path), skip=error.reason)
    except Exception as error:  # an extractor bug on one article must not stop the others
        return Extracted(str(path), skip=f"extractor failed: {type(error).__name__}: {error}")


def _extract_in_worker(job: tuple[Path, Extractor | None]) -> Extracted:
    return extract_one(*job)


def extracted(paths: list[Path], workers: int, extractor: Extractor | None = None) -> Iterator[Extracted]:
    """Extract PATHS in input order, in WORKERS processes when more than one."""
    if workers <= 1:
        for path in paths:
            yield extract_one(path, extractor)
        return
    # forkserver: the parent holds driver threads, and fork with threads is unsafe.
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(_extract_in_worker, [(p, extractor) for p in paths], chunksize=4)


class _BatchWriter:
    """Collects rows and writes them a batch at a time, falling back to one article per transaction."""

    def __init__(self, driver: Driver, database: str | None, batch_size: int, summary: LoadSummary):
        self.driver, self.database, self.batch_size, self.summary = driver, database, batch_size, summary
        self.batch: list[ArticleRows] = []
        self._keys: set[str] = set()

    def add(self, rows: ArticleRows) -> None:
        # A second text for a source, or a second copy of a text, waits for the batch before it.
        if rows.id in self._keys or rows.source in self._keys:
            self.flush()
        self.batch.append(rows)
        self._keys.update((rows.id, rows.source))
        if len(self.batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        batch, self.batch, self._keys = self.batch, [], set()
        if not batch:
            return
        started = time.monotonic()
        try:
            self._write(batch)
        finally:
            self.summary.write_seconds += time.monotonic() - started

    def _write(self, batch: list[ArticleRows]) -> None:
        try:
            self._record(write_articles(self.driver, batch, self.database))
        except (ClientError, DatabaseError):
            if len(batch) == 1:
                raise
            # One article the server refuses must not cost the others: write them one by one.
            for rows in batch:
                try:
                    self._record(write_articles(self.driver, [rows], self.database))
                except (ClientError, DatabaseError) as error:
                    self.summary.skipped.append(Skip(rows.source, f"Neo4j refused it: {error.message}"))

    def _record(self, result) -> None:
        self.summary.written += len(result.written)
        self.summary.unchanged += len(result.unchanged)
        self.summary.replaced += len(result.replaced)
        self.summary.counters.update(result.counters)


def load_paths(
    driver: Driver,
    paths: Iterable[str | Path],
    *,
    database: str | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    extractor: Extractor | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> LoadSummary:
    """Load the articles under PATHS into the graph; bad inputs are skipped with their reasons.

    PROGRESS, if given, is called with (done, total) after each article is extracted.
    Neo4j connection errors propagate (the caller reports them); nothing half-written remains.
    """
    started = time.monotonic()
    files, missing = article_paths(paths)
    summary = LoadSummary(missing=missing)
    writer = _BatchWriter(driver, database, batch_size, summary)
    for done, item in enumerate(extracted(files, workers, extractor), start=1):
        summary.read += 1
        if item.rows is None:
            summary.skipped.append(Skip(item.path, item.skip or "rejected"))
        else:
            summary.facts += item.rows.fact_count()
            writer.add(item.rows)
        if progress:
            progress(done, len(files))
    writer.flush()
    summary.seconds = time.monotonic() - started
    return summary
