"""A live gunicorn on a throwaway database, and clients that sign up all at once.

Used by the concurrency tests (tests/events/test_concurrency.py) and the benchmark
(bench/registration.py). Only loopback addresses are ever contacted; every request
loop is bounded.
"""

import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60  # seconds for one request: far above anything the server should need


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- databases ------------------------------------------------------------------------------


def postgres_url(base_url: str, name: str) -> str:
    parts = urllib.parse.urlsplit(base_url)
    return urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def create_postgres_database(base_url: str) -> str:
    """A new empty database on the server of ``base_url``; returns its URL."""
    import psycopg

    name = f"qapi_events_live_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_url(base_url, "postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return postgres_url(base_url, name)


def drop_postgres_database(url: str) -> None:
    import psycopg

    name = urllib.parse.urlsplit(url).path.lstrip("/")
    with psycopg.connect(postgres_url(url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- the server -------------------------------------------------------------------------------


class LiveServer:
    """gunicorn serving the site from ``database_url`` (migrated here), with ``env`` added."""

    def __init__(self, database_url, env=None, workers=4, threads=8):
        self.tmp = Path(tempfile.mkdtemp(prefix="qapi-events-live-"))
        self.database_url = database_url
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.workers, self.threads = workers, threads
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}},
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(self.tmp / "media"),
            "EVENTS_REGISTRATION_RATE": "100000/m",
            **(env or {}),
        }
        self.server = None

    def manage(self, *args, env=None):
        result = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=ROOT,
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def migrate(self):
        self.manage("migrate", "--noinput")
        return self

    def setup(self, spec: dict) -> dict:
        """Create the events of ``spec`` (tests/events/live_setup.py); returns what it made."""
        out = self.manage(
            "shell",
            "-c",
            "from tests.events.live_setup import main; main()",
            env={"EVENTS_LIVE_SPEC": json.dumps(spec)},
        )
        return json.loads(out.strip().splitlines()[-1])

    def start(self):
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.log = open(self.tmp / "gunicorn.log", "w")  # noqa: SIM115 (closed in stop)
        self.server = subprocess.Popen(
            [
                str(gunicorn),
                "config.wsgi",
                "--pythonpath",
                str(ROOT / "site"),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--threads",
                str(self.threads),
                "--backlog",
                "1024",
                "--timeout",
                "120",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.base_url + "/healthz/", timeout=2)  # noqa: S310 (loopback)
                return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("the live server did not start:\n" + (self.tmp / "gunicorn.log").read_text())

    def stop(self):
        if self.server:
            self.server.terminate()
            try:
                self.server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.server.kill()
            self.server = None
            self.log.close()

    def server_log(self) -> str:
        path = self.tmp / "gunicorn.log"
        return path.read_text() if path.exists() else ""

    def cleanup(self):
        self.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)


# --- readers ------------------------------------------------------------------------------------

CSRF_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Reader:
    """One browser: its own cookies; GETs a form for its CSRF token, then POSTs it."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect())

    def get(self, path):
        with self.opener.open(self.base_url + path, timeout=TIMEOUT) as response:  # loopback only
            return response.status, response.read().decode()

    def csrf_token(self, path) -> str:
        _status, body = self.get(path)
        match = CSRF_RE.search(body)
        if not match:
            raise RuntimeError(f"no form at {path}")
        return match.group(1)

    def post(self, path, data) -> int:
        """The response status (a redirect is an answer here, not followed)."""
        body = urllib.parse.urlencode(data).encode()
        request = urllib.request.Request(self.base_url + path, data=body, method="POST")  # noqa: S310
        request.add_header("Referer", self.base_url + path)
        try:
            with self.opener.open(request, timeout=TIMEOUT) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except (urllib.error.URLError, OSError):
            return 0  # no answer at all


def sign_up_data(n, token, category="citizen", email=None, **extra):
    data = {
        "csrfmiddlewaretoken": token,
        "category": category,
        "name": f"Person {n}",
        "email": email or f"person{n}@example.org",
        "language": "az",
        "consent": "on",
        "website": "",
    }
    if category == "media":
        data["outlet"] = f"Outlet {n}"
    data.update(extra)
    return data


def all_at_once(base_url, path, payloads, token_path=None):
    """One reader per payload: each fetches its form first, then all POST together.

    ``payloads`` are callables ``token -> form data``. Returns ``[(status, seconds)]``
    in the payloads' order.
    """
    readers = [Reader(base_url) for _ in payloads]
    with ThreadPoolExecutor(max_workers=min(32, len(readers))) as pool:
        tokens = list(pool.map(lambda reader: reader.csrf_token(token_path or path), readers))
    barrier = threading.Barrier(len(readers))

    def go(i):
        data = payloads[i](tokens[i])
        barrier.wait(timeout=TIMEOUT)
        started = time.perf_counter()
        status = readers[i].post(path, data)
        return status, time.perf_counter() - started

    with ThreadPoolExecutor(max_workers=len(readers)) as pool:
        return list(pool.map(go, range(len(readers))))
