"""The API served by uvicorn in a process of its own, for tests that talk to it over HTTP."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

import pytest

from graph.server import free_port

REPO = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 60


@contextmanager
def serve_api(env: dict[str, str], log: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """(base URL ending in '/', process) of `uvicorn api.app:create_app` on a free loopback port.

    ENV names the Neo4j (NEO4J_URI & co.); the server's output goes to LOG. Stopped on exit.
    """
    port = free_port()
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory",
             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
            cwd=REPO, env=env, stdout=log_file, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_up(url + "health", process, log)
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = log.read_text(errors="replace")[-2000:]
            pytest.fail(f"the API exited with {process.returncode}: {output}")
        try:
            with urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (URLError, OSError):
            pass
        time.sleep(0.3)
    pytest.fail(f"the API did not answer {url} within {START_TIMEOUT_S} s")
