"""Browser checks against a live server with the demo content.

A real server (gunicorn) runs on a throwaway SQLite database filled by
``seed_demo``; Playwright drives Debian's Chromium (``/usr/bin/chromium``, or
``$CHROMIUM``); nothing downloads a browser. A failing test saves a screenshot
under ``test-results/``.

Under pytest-xdist (``make test-browser``) each worker has a server and a database of its
own; the demo is seeded once per run and each server starts from a copy of it.
"""

import fcntl
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from tests.project import project_page_types

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "test-results"
LANGUAGES = ("az", "en", "ru")
# Every page type of every project app (found from the code, tests/project.py); the demo site
# must show each one (tests/browser/test_pages.py checks), so a new module is walked too.
PAGE_TYPES = tuple(model._meta.label_lower for model in project_page_types())
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# A folder shared by the run's processes (made by the pytest process that starts the xdist
# workers, which inherit it): the seeded demo every live site copies.
SHARED_ENV = "QAPI_BROWSER_SHARED"


def pytest_configure(config):
    if not hasattr(config, "workerinput") and SHARED_ENV not in os.environ:
        config.qapi_browser_shared = tempfile.mkdtemp(prefix="qapi-browser-shared-")
        os.environ[SHARED_ENV] = config.qapi_browser_shared


def pytest_unconfigure(config):
    shared = getattr(config, "qapi_browser_shared", None)
    if shared:
        shutil.rmtree(shared, ignore_errors=True)
        os.environ.pop(SHARED_ENV, None)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveSite:
    """gunicorn serving the demo site from a throwaway database."""

    def __init__(self, tmp=None):
        self.tmp = Path(tmp or tempfile.mkdtemp(prefix="qapi-browser-"))
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.port = _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}},
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": f"sqlite:///{self.tmp / 'site.sqlite3'}",
            "MEDIA_ROOT": str(self.tmp / "media"),
        }
        self.server = None

    def manage(self, *args):
        result = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def seed(self):
        """migrate, seed_demo; the sample page of each page type, saved last (samples.json)."""
        self.manage("migrate", "--noinput")
        self.manage("seed_demo")
        self.samples = json.loads(self.manage("page_samples"))
        (self.tmp / "samples.json").write_text(json.dumps(self.samples))

    def copy_seeded(self, shared):
        """This site's database and media: a copy of the demo seeded once for the run in ``shared``
        (the first worker to get there seeds it; the others wait for it)."""
        template = LiveSite(tmp=shared / "template")
        with open(shared / "lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not (template.tmp / "samples.json").exists():
                template.seed()
        for database in template.tmp.glob("site.sqlite3*"):
            shutil.copy2(database, self.tmp / database.name)
        if (template.tmp / "media").is_dir():
            shutil.copytree(template.tmp / "media", self.tmp / "media", dirs_exist_ok=True)
        self.samples = json.loads((template.tmp / "samples.json").read_text())

    def start(self):
        shared = os.environ.get(SHARED_ENV)
        if shared and Path(shared).is_dir():
            self.copy_seeded(Path(shared))
        else:
            self.seed()
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.server = subprocess.Popen(
            [
                str(gunicorn),
                "config.wsgi",
                "--pythonpath",
                str(ROOT / "site"),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "2",
                "--threads",
                "4",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.base_url + "/healthz/", timeout=2)  # noqa: S310 (loopback)
                return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("the live server did not start")

    def stop(self):
        if self.server:
            self.server.terminate()
            self.server.wait(timeout=20)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def sitemap_paths(self):
        import re

        with urllib.request.urlopen(self.base_url + "/sitemap.xml", timeout=10) as response:  # noqa: S310
            body = response.read().decode()
        return sorted({url.split(str(self.port), 1)[1] for url in re.findall(r"<loc>([^<]+)</loc>", body)})


@pytest.fixture(scope="session")
def live_site():
    site = LiveSite().start()
    yield site
    site.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageProblems:
    """Console errors and failed requests seen by a page."""

    def __init__(self, page):
        self.errors = []
        page.on(
            "console",
            lambda msg: self.errors.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None,
        )
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        page.on("requestfailed", lambda req: self.errors.append(f"request failed: {req.url} {req.failure}"))
        page.on(
            "response",
            lambda res: self.errors.append(f"HTTP {res.status}: {res.url}") if res.status >= 400 else None,
        )


@pytest.fixture
def context(browser, request):
    options = getattr(request, "param", None) or {}
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **options)
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.problems = PageProblems(page)
    return page


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        page = item.funcargs.get("page")
        if page is not None and not page.is_closed():
            RESULTS.mkdir(exist_ok=True)
            name = "".join(c if c.isalnum() or c in "-_." else "_" for c in item.nodeid.split("::")[-1])
            path = RESULTS / f"{name}.png"
            page.screenshot(path=str(path), full_page=True)
            report.sections.append(("screenshot", str(path)))


def url_for(live_site, page_type, lang):
    return live_site.base_url + live_site.samples[page_type][lang]
