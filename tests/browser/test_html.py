"""The Nu HTML Checker (vnu.jar) on every page of the demo site: zero errors."""

import json
import shutil
import subprocess
import urllib.request

import pytest

from tests.browser.conftest import ROOT

pytestmark = pytest.mark.browser

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def validate(files):
    java = shutil.which("java")
    if java is None or not VNU.exists():
        pytest.fail("java and node_modules/vnu-jar are needed: run `make test`.")
    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--exit-zero-always", "--stdout", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    messages = json.loads(result.stdout or "{}").get("messages", [])
    return [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]


@pytest.fixture(scope="module")
def downloaded_pages(live_site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    files = {}
    paths = [*live_site.sitemap_paths(), "/en/no-such-page/", "/az/search/?q=aciq+qapi", "/ru/search/?q=zzzz"]
    for index, path in enumerate(paths):
        try:
            with urllib.request.urlopen(live_site.base_url + path, timeout=30) as response:  # noqa: S310
                body = response.read()
        except urllib.error.HTTPError as error:  # the 404 page is checked too
            body = error.read()
        target = folder / f"page-{index:03}.html"
        target.write_bytes(body)
        files[str(target)] = path
    return files


def test_every_page_is_valid_html(downloaded_pages):
    assert len(downloaded_pages) >= 60
    errors = validate(downloaded_pages)
    report = [
        f"{downloaded_pages.get(e.get('url', '').removeprefix('file:'), e.get('url'))}:"
        f"{e.get('lastLine')}: {e.get('message')}"
        for e in errors
    ]
    assert report == []


def test_checker_catches_an_unclosed_element(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text(
        '<!doctype html><html lang="en"><head><title>x</title></head><body><main><div><p>x</main></body></html>'
    )
    assert validate([broken])
