"""HTTP benchmark: gunicorn with production settings on loopback, ApacheBench as load.

gunicorn is pinned to core 0 and the load generator (``ab``) to core 1, a fixed
number of requests per URL. For a static file, the home page, the news index and
an article, with the page cache off (uncached) and on (cached), it prints
requests per second, p50 and p95 latency, and each page's ratio to the static
file, all measured in one run:

    .venv/bin/python bench/http_load.py [--requests 1000] [--concurrency 8]

Uses a throwaway SQLite database filled by ``seed_demo``; Redis (``REDIS_URL``,
default redis://127.0.0.1:6379/15 when it answers) as the cache, as in production.
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_url():
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return url
    except OSError:
        return ""


def pinned(core, command):
    if shutil.which("taskset") and (os.cpu_count() or 1) > 1:
        return ["taskset", "-c", str(core), *command]
    return command


class Server:
    def __init__(self, env, tmp):
        self.env, self.tmp = env, tmp
        self.port = free_port()
        self.process = None

    def manage(self, *args):
        subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
            timeout=900,
        )

    def start(self, page_cache_seconds):
        env = {**self.env, "PAGE_CACHE_SECONDS": str(page_cache_seconds)}
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            pinned(
                0,
                [
                    str(gunicorn),
                    "config.wsgi",
                    "--pythonpath",
                    str(ROOT / "site"),
                    "--bind",
                    f"127.0.0.1:{self.port}",
                    "--workers",
                    "2",
                    "--log-level",
                    "warning",
                ],
            ),
            cwd=ROOT,
            env=env,
        )
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz/", timeout=2)  # noqa: S310
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None


def ab(url, requests, concurrency):
    command = pinned(
        1,
        [
            "ab",
            "-q",
            "-n",
            str(requests),
            "-c",
            str(concurrency),
            "-H",
            "X-Forwarded-Proto: https",
            "-H",
            "Accept-Language: az",
            url,
        ],
    )
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600).stdout
    failed = int(re.search(r"Failed requests:\s+(\d+)", out).group(1))
    non_2xx = re.search(r"Non-2xx responses:\s+(\d+)", out)
    if failed or non_2xx:
        raise RuntimeError(f"{url}: {failed} failed, {non_2xx.group(1) if non_2xx else 0} non-2xx\n{out}")
    return {
        "rps": float(re.search(r"Requests per second:\s+([\d.]+)", out).group(1)),
        "p50": int(re.search(r"^\s+50%\s+(\d+)", out, re.M).group(1)),
        "p95": int(re.search(r"^\s+95%\s+(\d+)", out, re.M).group(1)),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    if not shutil.which("ab"):
        sys.exit("ab (ApacheBench) is missing: apt-get install apache2-utils (make bench does).")

    tmp = Path(tempfile.mkdtemp(prefix="qapi-bench-"))
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL"}},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "bench-" + os.urandom(24).hex(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "REDIS_URL": redis_url(),
        "PASSWORD_RESET_DISABLED": "true",  # production refuses console mail otherwise
        "LOG_LEVEL": "ERROR",
    }
    server = Server(env, tmp)
    server.manage("migrate", "--noinput")
    server.manage("seed_demo")
    server.manage("collectstatic", "--noinput")
    if env["REDIS_URL"]:
        import redis

        redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    samples = json.loads(
        subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "page_samples"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    manifest = json.loads((tmp / "static" / "staticfiles.json").read_text())["paths"]
    targets = {
        "static file (site.css)": "/static/" + manifest["css/site.css"],
        "home page": samples["home.homepage"]["az"],
        "news index": samples["news.newsindexpage"]["az"],
        "article": samples["news.newsarticlepage"]["az"],
    }

    results = {}
    for mode, seconds in (("uncached", 0), ("cached", 300)):
        server.start(seconds)
        try:
            for name, path in targets.items():
                if mode == "cached" and name.startswith("static"):
                    continue
                url = f"http://127.0.0.1:{server.port}{path}"
                ab(url, 50, 2)  # warm up (and fill the cache)
                results[(name, mode)] = ab(url, args.requests, args.concurrency)
        finally:
            server.stop()
    shutil.rmtree(tmp, ignore_errors=True)

    static = results[("static file (site.css)", "uncached")]
    print(
        f"HTTP benchmark: {args.requests} requests per URL, concurrency {args.concurrency}, "
        f"gunicorn (2 workers, production settings) on core 0, ab on core 1, "
        f"cache: {'Redis' if env['REDIS_URL'] else 'local memory'}"
    )
    print(f"{'URL':28} {'mode':9} {'req/s':>9} {'p50 ms':>7} {'p95 ms':>7} {'static/page req/s':>18}")
    for (name, mode), r in results.items():
        ratio = static["rps"] / r["rps"]
        print(f"{name:28} {mode:9} {r['rps']:9.1f} {r['p50']:7d} {r['p95']:7d} {ratio:18.2f}")
    for name in ("home page", "news index", "article"):
        gain = results[(name, "cached")]["rps"] / results[(name, "uncached")]["rps"]
        print(f"page cache speed-up, {name}: {gain:.1f}x")


if __name__ == "__main__":
    main()
