"""The graph schema under the API: ensured at start-up, or by the first request that finds Neo4j up.

`partygraph load` creates the constraints and indexes (graph/schema.py), but an API started on a
fresh database must not depend on a load having run: GET /search needs the full-text index
`name_search`, and POST /articles MERGEs on keys that only the uniqueness constraints keep unique.
The app may start while Neo4j is down (it answers 503 until Neo4j is back), so when the start-up
attempt cannot reach Neo4j, every request tries again before its query, until one succeeds.
"""

from __future__ import annotations

import logging
import threading

import neo4j
from neo4j import exceptions as neo4j_errors

from graph.schema import ensure_schema

log = logging.getLogger("partygraph.api")

# What "Neo4j is not there (yet)" looks like; anything else is a refusal a retry will not mend.
# (DriverError covers the driver's own: no server, a dropped connection, no free connection in time.)
UNAVAILABLE_ERRORS = (
    neo4j_errors.DriverError,
    neo4j_errors.TransientError,
    neo4j_errors.AuthError,
    OSError,
)


class SchemaGuard:
    """Creates the graph schema once per app; thread-safe, cheap once settled."""

    def __init__(self, driver: neo4j.Driver, database: str):
        self._driver = driver
        self._database = database
        self._lock = threading.Lock()
        self._settled = False
        # Counts finished attempts, so requests that queued behind a failed one do not each retry it.
        self._attempts = 0

    @property
    def settled(self) -> bool:
        """True once the schema was created, or refused for good (logged); no request tries again."""
        return self._settled

    def ensure(self) -> None:
        """Create the missing constraints and indexes unless done; never raises (the query that follows
        answers 503 when Neo4j is down)."""
        if self._settled:
            return
        attempts_seen = self._attempts
        with self._lock:
            # Settled meanwhile, or an attempt just failed while this request waited: Neo4j was down a
            # moment ago, and retrying once per queued request would make them wait in single file.
            if self._settled or self._attempts != attempts_seen:
                return
            try:
                ensure_schema(self._driver, self._database)
                self._settled = True
            except UNAVAILABLE_ERRORS as error:
                log.info("graph schema not ensured yet, Neo4j is unreachable: %s", type(error).__name__)
            except neo4j_errors.Neo4jError as error:
                # A read-only user or duplicate keys: reads are still served; the log says what to fix.
                log.error("cannot create the graph schema (%s); search may fail until it exists", error.code)
                self._settled = True
            finally:
                self._attempts += 1
