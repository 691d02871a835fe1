"""The local Neo4j Community server partygraph runs itself: fetch the jars, configure, start, stop, status.

Maven Central has no neo4j-community-standalone tarball for 5.26, so the server is assembled
from the jars it does publish (graph/launcher/pom.xml): Maven resolves them once into the
cache directory and writes the classpath to a file; later starts only read that file.
Each server has a home directory (settings.data_dir / "neo4j") holding conf/, data/, logs/
and run/ (pid file and the JVM's own output); it survives restarts.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from neo4j.exceptions import AuthError

from graph.driver import Neo4jUnavailable, explain, open_driver
from partygraph.settings import Settings, get_settings

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
MIN_JAVA = 17

INSTALL_JAVA = "install Java 17: sudo apt-get install -y openjdk-17-jre-headless (or set JAVA_HOME)"
INSTALL_MAVEN = "install Maven: sudo apt-get install -y maven"

# What the standalone `neo4j` script's bootloader passes (server.jvm.additional in its default
# neo4j.conf); CommunityEntryPoint itself reads none of it. The --add-opens lines matter on
# Java 17: without them Neo4j's native and Netty buffers fail at run time.
JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
)

PR_SET_PDEATHSIG = 1  # linux/prctl.h

START_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 60.0
POLL_S = 0.5

Report = Callable[[str], None]


class ServerError(RuntimeError):
    """The local server cannot be fetched, started or stopped; str() is a message for users."""


@dataclass(frozen=True)
class ServerStatus:
    """What `partygraph db status` shows."""

    uri: str
    running: bool
    external: bool
    version: str | None = None
    edition: str | None = None
    pid: int | None = None
    data_dir: Path | None = None
    problem: str | None = None


class LocalNeo4j:
    """One Neo4j server on 127.0.0.1 whose home is settings.data_dir / "neo4j"."""

    def __init__(self, settings: Settings | None = None, report: Report | None = None) -> None:
        self.settings = settings or get_settings()
        self.report = report or (lambda message: None)
        self.home = self.settings.data_dir / "neo4j"
        self.conf_dir = self.home / "conf"
        self.logs_dir = self.home / "logs"
        self.run_dir = self.home / "run"
        self.pid_file = self.run_dir / "neo4j.pid"
        self.console_log = self.run_dir / "console.log"
        self.jar_dir = self.settings.cache_dir / f"neo4j-{self.settings.neo4j_version}"
        self.classpath_file = self.jar_dir / "classpath.txt"
        self.maven_repo = self.settings.cache_dir / "m2"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def uri(self) -> str:
        return self.settings.local_bolt_uri

    @property
    def server_log(self) -> Path:
        return self.logs_dir / "neo4j.log"

    # ---- fetching -----------------------------------------------------------------------------

    def cached_classpath(self) -> list[Path] | None:
        """The jars of a complete earlier download, or None when something must be fetched."""
        if not self.classpath_file.is_file():
            return None
        jars = [Path(entry) for entry in self.classpath_file.read_text().split(os.pathsep) if entry.strip()]
        if not jars or not all(jar.is_file() for jar in jars):
            return None
        return jars

    def ensure_jars(self) -> list[Path]:
        """The server's classpath, resolved with Maven into the cache on first use only."""
        jars = self.cached_classpath()
        if jars is not None:
            return jars
        self.jar_dir.mkdir(parents=True, exist_ok=True)
        # Several test sessions may start at once on a cold cache: one resolves, the others wait.
        with _file_lock(self.jar_dir / ".lock"):
            jars = self.cached_classpath()
            if jars is not None:
                return jars
            mvn = shutil.which("mvn")
            if mvn is None:
                raise ServerError(f"Maven (mvn) is needed once to fetch Neo4j's jars: {INSTALL_MAVEN}")
            self.report(
                f"Fetching Neo4j {self.settings.neo4j_version} from Maven Central into {self.jar_dir} "
                "(once, about 160 MB)"
            )
            pom = self.jar_dir / "pom.xml"
            pom.write_bytes(resources.files("graph").joinpath("launcher/pom.xml").read_bytes())
            partial = self.classpath_file.with_suffix(".partial")
            command = [
                mvn, "-q", "-B", "-f", str(pom), "dependency:build-classpath",
                f"-Dneo4j.version={self.settings.neo4j_version}",
                f"-Dmaven.repo.local={self.maven_repo}",
                "-Dmdep.includeScope=runtime",
                f"-Dmdep.outputFile={partial}",
            ]
            result = subprocess.run(command, capture_output=True, text=True, cwd=self.jar_dir)
            if result.returncode != 0 or not partial.is_file():
                raise ServerError(
                    f"Maven could not fetch Neo4j {self.settings.neo4j_version}: "
                    f"{_maven_error(result.stdout + result.stderr)}"
                )
            partial.replace(self.classpath_file)
        jars = self.cached_classpath()
        if jars is None:
            raise ServerError(f"Maven reported jars that are not on disk; delete {self.jar_dir} and retry")
        return jars

    # ---- configuration --------------------------------------------------------------------------

    def write_config(self) -> Path:
        """Write conf/neo4j.conf from the settings (rewritten on every start, so settings win)."""
        for directory in (self.conf_dir, self.logs_dir, self.run_dir, self.home / "data"):
            directory.mkdir(parents=True, exist_ok=True)
        s = self.settings
        lines = {
            "server.directories.data": self.home / "data",
            "server.directories.logs": self.logs_dir,
            "server.directories.run": self.run_dir,
            "server.directories.import": self.home / "import",
            "server.directories.plugins": self.home / "plugins",
            "server.default_listen_address": "127.0.0.1",
            "server.default_advertised_address": "127.0.0.1",
            "server.bolt.enabled": "true",
            "server.bolt.listen_address": f"127.0.0.1:{s.bolt_port}",
            "server.bolt.advertised_address": f"127.0.0.1:{s.bolt_port}",
            "server.http.enabled": "true",
            "server.http.listen_address": f"127.0.0.1:{s.http_port}",
            "server.http.advertised_address": f"127.0.0.1:{s.http_port}",
            "server.https.enabled": "false",
            "dbms.security.auth_enabled": "true",
            "dbms.usage_report.enabled": "false",
            "initial.dbms.default_database": s.neo4j_database,
            "server.memory.heap.initial_size": s.neo4j_heap,
            "server.memory.heap.max_size": s.neo4j_heap,
            "server.memory.pagecache.size": s.neo4j_pagecache,
        }
        config = self.conf_dir / "neo4j.conf"
        header = "# Written by partygraph (graph/server.py) on every start: change the settings instead.\n"
        config.write_text(header + "".join(f"{key}={value}\n" for key, value in lines.items()))
        return config

    def is_initialised(self) -> bool:
        """Whether the server has created its system database (the initial password is then fixed)."""
        return (self.home / "data" / "databases" / "system").is_dir()

    def set_initial_password(self, java: str, classpath: str) -> None:
        """`neo4j-admin dbms set-initial-password`, effective for the first start only."""
        password = self.settings.neo4j_password.get_secret_value()
        result = subprocess.run(
            [java, "-cp", classpath, ADMIN_TOOL, "dbms", "set-initial-password", password],
            capture_output=True, text=True, env=self._environment(),
        )
        if result.returncode != 0:
            output = result.stdout + result.stderr
            raise ServerError(f"could not set the initial password: {_last_line(output)}")

    # ---- lifecycle ------------------------------------------------------------------------------

    def running_pid(self) -> int | None:
        """The pid of the server this home started, if it is alive."""
        if self._process is not None and self._process.poll() is None:
            return self._process.pid
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if _is_our_server(pid, self.home) else None

    def start(self, timeout_s: float = START_TIMEOUT_S, *, die_with_parent: bool = False) -> bool:
        """Start the server and return once Bolt accepts the password; False if it was already running.

        die_with_parent: the kernel stops the server when this process dies, however it dies
        (for test sessions; `db start` leaves it running).
        """
        if self.running_pid() is not None:
            self.wait_for_bolt(timeout_s)
            return False
        java = find_java()
        jars = self.ensure_jars()
        for port, setting in ((self.settings.bolt_port, "PARTYGRAPH_BOLT_PORT"),
                              (self.settings.http_port, "PARTYGRAPH_HTTP_PORT")):
            if port_in_use(port):
                raise ServerError(f"port {port} on 127.0.0.1 is taken by another program; set {setting}")
        self.write_config()
        classpath = os.pathsep.join(str(jar) for jar in jars)
        if not self.is_initialised():
            self.set_initial_password(java, classpath)
        command = [
            java, f"-Xms{self.settings.neo4j_heap}", f"-Xmx{self.settings.neo4j_heap}", *JVM_FLAGS,
            "-cp", classpath, ENTRY_POINT, f"--home-dir={self.home}", f"--config-dir={self.conf_dir}",
        ]
        self.report(f"Starting Neo4j {self.settings.neo4j_version} on {self.uri} (data in {self.home})")
        with open(self.console_log, "ab") as console:
            # A new session: the server outlives this command and ignores the terminal's Ctrl-C.
            self._process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=console, stderr=subprocess.STDOUT,
                cwd=self.home, env=self._environment(), start_new_session=True,
                preexec_fn=_terminate_with_parent if die_with_parent else None,
            )
        self.pid_file.write_text(f"{self._process.pid}\n")
        try:
            self.wait_for_bolt(timeout_s)
        except ServerError:
            self.stop()
            raise
        return True

    def wait_for_bolt(self, timeout_s: float = START_TIMEOUT_S) -> None:
        """Block until Bolt answers with the configured password; ServerError on exit, refusal or timeout."""
        deadline = time.monotonic() + timeout_s
        while True:
            if self.running_pid() is None:
                raise ServerError(f"Neo4j exited while starting: {self._failure_hint()}")
            try:
                open_driver(self.settings.model_copy(update={"neo4j_uri": None})).close()
                return
            except Neo4jUnavailable as error:
                if isinstance(error.__cause__, AuthError):
                    raise ServerError(
                        f"Neo4j in {self.home} refused the password from NEO4J_PASSWORD: it keeps the "
                        "password it was first started with (remove the data directory to reset it)"
                    ) from error
            if time.monotonic() > deadline:
                raise ServerError(
                    f"Neo4j did not answer on {self.uri} within {timeout_s:.0f} s: {self._failure_hint()}"
                )
            time.sleep(POLL_S)

    def stop(self, timeout_s: float = STOP_TIMEOUT_S) -> bool:
        """Stop the server this home started (SIGTERM, then SIGKILL); False if none was running."""
        pid = self.running_pid()
        stopped = False
        if pid is not None:
            self.report(f"Stopping Neo4j (pid {pid})")
            _signal(pid, signal.SIGTERM)
            if not self._wait_exit(pid, timeout_s):
                _signal(pid, signal.SIGKILL)
                self._wait_exit(pid, 10.0)
            stopped = True
        self.pid_file.unlink(missing_ok=True)
        self._process = None
        return stopped

    def status(self) -> ServerStatus:
        """Whether the server runs and answers, with its version."""
        pid = self.running_pid()
        if pid is None:
            return ServerStatus(uri=self.uri, running=False, external=False, data_dir=self.home)
        try:
            version, edition = server_version(self.settings.model_copy(update={"neo4j_uri": None}))
        except Neo4jUnavailable as error:
            return ServerStatus(uri=self.uri, running=True, external=False, pid=pid, data_dir=self.home,
                                problem=str(error))
        return ServerStatus(uri=self.uri, running=True, external=False, version=version, edition=edition,
                            pid=pid, data_dir=self.home)

    # ---- helpers --------------------------------------------------------------------------------

    def _environment(self) -> dict[str, str]:
        environment = dict(os.environ)
        environment.update(NEO4J_HOME=str(self.home), NEO4J_CONF=str(self.conf_dir))
        return environment

    def _wait_exit(self, pid: int, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process is not None and self._process.pid == pid:
                if self._process.poll() is not None:
                    return True
            elif not _is_our_server(pid, self.home):
                return True
            time.sleep(0.2)
        return False

    def _failure_hint(self) -> str:
        """The last error the server logged, and where to read more."""
        for log in (self.console_log, self.server_log):
            error = _last_error(log)
            if error:
                return f"{error} (see {log})"
        return f"see {self.server_log} and {self.console_log}"


def server_version(settings: Settings | None = None) -> tuple[str, str]:
    """(version, edition) of the server the settings point at, from dbms.components()."""
    settings = settings or get_settings()
    driver = open_driver(settings)
    try:
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions, edition "
            "RETURN name, versions[0] AS version, edition",
            database_=settings.neo4j_database,
        )
    except Exception as error:
        raise explain(error, settings.bolt_uri) from error
    finally:
        driver.close()
    for record in records:
        if record["name"] == "Neo4j Kernel":
            return record["version"], record["edition"]
    return "unknown", "unknown"


def external_status(settings: Settings) -> ServerStatus:
    """Status of the server NEO4J_URI names (nothing local is involved)."""
    uri = settings.bolt_uri
    try:
        version, edition = server_version(settings)
    except Neo4jUnavailable as error:
        return ServerStatus(uri=uri, running=False, external=True, problem=str(error))
    return ServerStatus(uri=uri, running=True, external=True, version=version, edition=edition)


def find_java() -> str:
    """The java binary (JAVA_HOME first), checked to be Java 17 or newer."""
    java_home = os.environ.get("JAVA_HOME")
    candidate = Path(java_home) / "bin" / "java" if java_home else None
    java = str(candidate) if candidate and candidate.is_file() else shutil.which("java")
    if java is None:
        raise ServerError(f"Java is needed to run Neo4j and was not found: {INSTALL_JAVA}")
    result = subprocess.run([java, "-version"], capture_output=True, text=True)
    match = re.search(r'version "(\d+)(?:\.(\d+))?', result.stderr + result.stdout)
    if match is None:
        raise ServerError(f"could not tell the version of {java}: {INSTALL_JAVA}")
    major = int(match.group(1)) if match.group(1) != "1" else int(match.group(2) or 0)
    if major < MIN_JAVA:
        raise ServerError(f"Neo4j 5.26 needs Java {MIN_JAVA}+, {java} is Java {major}: {INSTALL_JAVA}")
    return java


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """Whether something already listens on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(1.0)
        return probe.connect_ex((host, port)) == 0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _is_our_server(pid: int, home: Path) -> bool:
    """Whether pid is alive and is a Neo4j started for this home (not a recycled pid)."""
    try:
        command_line = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    home_argument = f"--home-dir={home}".encode()
    return ENTRY_POINT.encode() in command_line and home_argument in command_line


def _terminate_with_parent() -> None:
    """In the child before exec: ask Linux for SIGTERM when the parent process dies."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def _signal(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _last_error(log: Path) -> str | None:
    try:
        lines = log.read_text(errors="replace").splitlines()
    except OSError:
        return None
    for line in reversed(lines[-400:]):
        if "ERROR" in line or "Exception" in line or line.startswith("Error"):
            return line.strip()[:300]
    return None


def _maven_error(output: str) -> str:
    errors = [line.replace("[ERROR]", "").strip() for line in output.splitlines() if "[ERROR]" in line]
    errors = [line for line in errors if line]
    return errors[0][:400] if errors else _last_line(output)


def _last_line(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    return lines[-1][:400] if lines else "no output"
