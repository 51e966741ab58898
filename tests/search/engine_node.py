"""A live OpenSearch 2.19 node for the search tests, and the backend they use on it.

The node is ``tools/opensearch-node`` (a small Java launcher, built by Maven): one JVM on
a free loopback port, data in a throwaway directory. ``EngineNode.start()`` builds it
when needed, starts it and waits until it answers; ``stop()`` ends it (closing its
standard input, then SIGTERM, then SIGKILL), and so does the end of the test process.
"""

import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from search.engine import import_opensearch_client

import_opensearch_client()  # opensearch-py wants the PyPI "events" our events app shadows (search.engine)

from wagtail.search.backends.opensearch2 import (  # noqa: E402
    OpenSearch2Index,
    OpenSearch2SearchBackend,
    OpenSearch2SearchResults,
)

ROOT = Path(__file__).resolve().parents[2]
NODE_DIR = ROOT / "tools" / "opensearch-node"
MAIN_CLASS = "az.qapi.opensearch.OpenSearchNode"
START_TIMEOUT = 120  # seconds; the node answers after about 5 on a 2-core machine


def build() -> None:
    """Build the launcher with Maven unless it is built (offline when the cache has it all)."""
    if (NODE_DIR / "target" / "lib").is_dir() and (NODE_DIR / "target" / "classes").is_dir():
        return
    offline = subprocess.run(["mvn", "-B", "-q", "-o", "package"], cwd=NODE_DIR, capture_output=True, text=True)
    if offline.returncode != 0:
        subprocess.run(["mvn", "-B", "-q", "package"], cwd=NODE_DIR, check=True)


class EngineNode:
    def __init__(self, process, port, workdir, log):
        self.process = process
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.workdir = workdir
        self.log = log

    @classmethod
    def start(cls, heap=None) -> "EngineNode":
        build()
        heap = heap or os.environ.get("OPENSEARCH_HEAP", "1g")
        workdir = Path(tempfile.mkdtemp(prefix="qapi-opensearch-run-"))
        port_file = workdir / "port"
        log = workdir / "node.log"
        classpath = f"{NODE_DIR / 'target' / 'classes'}{os.pathsep}{NODE_DIR / 'target' / 'lib' / '*'}"
        process = subprocess.Popen(
            ["java", f"-Xms{heap}", f"-Xmx{heap}", "-XX:+UseSerialGC", "-cp", classpath, MAIN_CLASS]
            + ["--port-file", str(port_file), "--stop-on-eof"],
            stdin=subprocess.PIPE,
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while not port_file.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"the OpenSearch node did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.1)
        node = cls(process, int(port_file.read_text()), workdir, log)
        node.wait_until_green()
        return node

    def wait_until_green(self, timeout=60):
        deadline = time.monotonic() + timeout
        while True:
            try:
                health = f"{self.url}/_cluster/health?wait_for_status=yellow&timeout=5s"
                with urllib.request.urlopen(health) as r:  # noqa: S310 (our own http://127.0.0.1 node)
                    if r.status == 200:
                        return
            except OSError:
                if time.monotonic() > deadline:
                    raise
            time.sleep(0.2)

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self.process.stdin.close()  # --stop-on-eof: the node closes itself
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.terminate()
                try:
                    self.process.wait(10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)


class RefreshingIndex(OpenSearch2Index):
    """Wagtail's index, its writes made visible before the next search (an engine refreshes
    about once a second by itself; a test searches right after it publishes)."""

    def add_item(self, item):
        super().add_item(item)
        self.backend.dirty = True

    def add_items(self, model, items):
        super().add_items(model, items)
        self.backend.dirty = True

    def delete_item(self, item):
        super().delete_item(item)
        self.backend.dirty = True


class RefreshingResults(OpenSearch2SearchResults):
    def _backend_do_search(self, body, **kwargs):
        self.backend.refresh_if_written()
        return super()._backend_do_search(body, **kwargs)

    def _do_count(self):
        self.backend.refresh_if_written()
        return super()._do_count()


class RefreshingOpenSearch2Backend(OpenSearch2SearchBackend):
    index_class = RefreshingIndex
    results_class = RefreshingResults

    @property
    def dirty(self):
        return _written[0]

    @dirty.setter
    def dirty(self, value):
        _written[0] = value

    def refresh_if_written(self):
        if _written[0]:
            self.es.indices.refresh(index=f"{self.index_prefix}*")
            _written[0] = False


_written = [False]
SearchBackend = RefreshingOpenSearch2Backend
