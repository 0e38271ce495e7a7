"""`mkdocs serve` as a subprocess on a free loopback port, for the tests that read a served site
over HTTP or in a browser."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> tuple[int, str]:
    """(HTTP status, body); status 0 when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, ""
    except (urllib.error.URLError, ConnectionError):
        return 0, ""


def wait_for(check: Callable[[], bool], what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.3)


class Served:
    """`mkdocs serve` of the site in `root`, with live reload (as a writer runs it); `path` is
    the path of its site_url, which serve keeps. Its log goes to a file, so it never blocks."""

    def __init__(self, root: Path, path: str = "/", *options: str) -> None:
        """`options`: more of `mkdocs serve`'s (`--watch-theme`)."""
        self.root = root
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}{path}"
        self.log = root / "serve.log"
        config, address = str(root / "mkdocs.yml"), f"127.0.0.1:{self.port}"
        command = ["serve", "-f", config, "-a", address, "--livereload", *options]
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "mkdocs", *command],
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=root,
            )
        deadline = time.monotonic() + 60
        while fetch(self.base)[0] == 0:
            assert self.process.poll() is None, f"mkdocs serve stopped:\n{self.log_text()}"
            assert time.monotonic() < deadline, f"mkdocs serve did not start:\n{self.log_text()}"
            time.sleep(0.2)

    def get(self, path: str) -> tuple[int, str]:
        """`path` relative to the site's base, without a leading slash."""
        return fetch(self.base + path)

    def log_text(self) -> str:
        return self.log.read_text("utf-8", "replace")

    def stop(self) -> str:
        """End serving (once) and return everything it logged."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.log_text()


# The `serve` fixture (tests/sites/conftest.py): `serve(root, path="/", *options)`.
Serve = Callable[..., Served]
