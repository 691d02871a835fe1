"""Open a Neo4j driver from the settings, with one exception type for "cannot reach the server"."""

from __future__ import annotations

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

from partygraph.settings import Settings, get_settings

# Bolt only: the driver's HTTP Query API is a preview that needs extra packages.
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
# Long enough for a loaded machine, short enough that a wrong address fails fast.
CONNECT_TIMEOUT_S = 10.0


class Neo4jUnavailable(RuntimeError):
    """The server cannot be reached or refuses the credentials; str() is a one-line message for users."""


def open_driver(settings: Settings | None = None, *, verify: bool = True) -> Driver:
    """A driver for settings.bolt_uri with settings' credentials, checked to answer unless verify=False.

    Sessions should pass database=settings.neo4j_database. Raises Neo4jUnavailable when the URI
    is malformed, nothing answers, or the password is refused.
    """
    settings = settings or get_settings()
    uri = settings.bolt_uri
    auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    scheme = uri.split("://", 1)[0] if "://" in uri else ""
    if scheme not in BOLT_SCHEMES:
        schemes = ", ".join(f"{name}://" for name in BOLT_SCHEMES)
        raise Neo4jUnavailable(f"invalid Neo4j URI {uri!r}: use one of {schemes}")
    try:
        driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=CONNECT_TIMEOUT_S)
    except (ValueError, ConfigurationError) as error:
        raise Neo4jUnavailable(f"invalid Neo4j URI {uri!r}: {_first_line(error)}") from error
    if verify:
        try:
            driver.verify_connectivity()
        except BaseException as error:
            driver.close()
            raise explain(error, uri) from error
    return driver


def explain(error: BaseException, uri: str) -> BaseException:
    """The Neo4jUnavailable a driver error stands for, or the error itself when it is something else."""
    if isinstance(error, AuthError):
        return Neo4jUnavailable(
            f"Neo4j at {uri} refused the credentials (check NEO4J_USER / NEO4J_PASSWORD)"
        )
    if isinstance(error, ServiceUnavailable | OSError):
        hint = "" if _is_remote(uri) else " (start it with `partygraph db start`, or set NEO4J_URI)"
        return Neo4jUnavailable(f"cannot reach Neo4j at {uri}{hint}")
    if isinstance(error, DriverError | Neo4jError):
        return Neo4jUnavailable(f"Neo4j at {uri} failed: {_first_line(error)}")
    return error


def _is_remote(uri: str) -> bool:
    return not any(host in uri for host in ("://127.0.0.1", "://localhost"))


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]
