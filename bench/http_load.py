"""HTTP benchmark: pages against a static file, uncached and from the page cache on Redis.

The issue 13 harness: gunicorn with production settings on loopback, pinned to
core 0; ``wrk`` pinned to core 1, 8 connections, a fixed duration per URL after
a warm-up. It prints requests per second, p50/p99 latency and each URL's ratio
to the static file's requests per second *measured by the same server in the
same run*:

- **uncached** (``PAGE_CACHE_SECONDS=0``), 1 sync worker: home, news index,
  article, standard page, search results page, against the static file;
- **cached** (the page cache on Redis), 2 sync workers (``--cached-workers``):
  the same pages from the cache, against the static file again.

    .venv/bin/python bench/http_load.py [--duration 5] [--database sqlite|postgres]

Uses a throwaway database filled by ``seed_demo`` (SQLite, or PostgreSQL at
``BENCH_PG_URL``) and a Redis server of its own, started on a free port (Debian's
``redis-server``; ``make bench`` installs it when missing), unless ``REDIS_URL``
names one.
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

from bench_db import fresh_postgres  # bench/ is the script's own directory

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pinned(core, command):
    if shutil.which("taskset") and (os.cpu_count() or 1) > 1:
        return ["taskset", "-c", str(core), *command]
    return command


class RedisServer:
    """A throwaway redis-server on a free port (no persistence), or the one REDIS_URL names."""

    def __init__(self, tmp):
        self.process = None
        self.url = os.environ.get("REDIS_URL", "")
        if self.url:
            return
        if not shutil.which("redis-server"):
            sys.exit("redis-server is missing: apt-get install redis-server (make bench does).")
        port = free_port()
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            cwd=tmp,
            stdout=subprocess.DEVNULL,
        )
        for _ in range(50):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("redis-server did not start")
        self.url = f"redis://127.0.0.1:{port}/0"

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)


def postgres_url():
    return fresh_postgres("qapi_bench_http")


class Server:
    def __init__(self, env):
        self.env = env
        self.port = free_port()
        self.process = None

    def manage(self, *args):
        return subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
            timeout=900,
        ).stdout

    def start(self, page_cache_seconds, workers):
        env = {**self.env, "PAGE_CACHE_SECONDS": str(page_cache_seconds)}
        gunicorn = Path(sys.executable).with_name("gunicorn")
        command = [
            str(gunicorn),
            "config.wsgi",
            "--pythonpath",
            str(ROOT / "site"),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ]
        self.process = subprocess.Popen(pinned(0, command), cwd=ROOT, env=env)
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


HEADERS = ["X-Forwarded-Proto: https", "Accept-Language: az"]


def check(url):
    """One request first: the URL must answer 200 (a benchmark of an error page measures nothing)."""
    request = urllib.request.Request(url, headers=dict(h.split(": ", 1) for h in HEADERS))  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        if response.status != 200:
            raise RuntimeError(f"{url}: {response.status}")
        return response.headers.get("X-Page-Cache", "")


def wrk(url, duration, connections):
    command = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency"]
    for header in HEADERS:
        command += ["-H", header]
    out = subprocess.run(
        pinned(1, [*command, url]), capture_output=True, text=True, check=True, timeout=duration + 120
    ).stdout
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    if bad or (errors and re.search(r"(read|write|timeout) [1-9]", errors.group(0))):
        raise RuntimeError(f"{url}: errors\n{out}")

    def ms(label):
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50": ms("50"), "p99": ms("99")}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds of load per URL")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--cached-workers", type=int, default=2)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk (make bench does).")

    tmp = Path(tempfile.mkdtemp(prefix="qapi-bench-"))
    redis = RedisServer(tmp)
    database = postgres_url() if args.database == "postgres" else f"sqlite:///{tmp / 'bench.sqlite3'}"
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL"}},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "bench-" + os.urandom(24).hex(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database,
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "REDIS_URL": redis.url,
        "PASSWORD_RESET_DISABLED": "true",  # production refuses console mail otherwise
        "LOG_LEVEL": "ERROR",
    }
    server = Server(env)
    try:
        server.manage("migrate", "--noinput")
        server.manage("seed_demo")
        server.manage("collectstatic", "--noinput")
        samples = json.loads(server.manage("page_samples"))
        manifest = json.loads((tmp / "static" / "staticfiles.json").read_text())["paths"]
        targets = {
            "static file": "/static/" + manifest["css/site.css"],
            "home page": samples["home.homepage"]["az"],
            "news index": samples["news.newsindexpage"]["az"],
            "article": samples["news.newsarticlepage"]["az"],
            "standard page": samples["standard.standardpage"]["az"],
            "search results": "/az/search/?q=miqrasiya",
        }
        results = {}
        for mode, seconds, workers in (("uncached", 0, 1), ("cached", 300, args.cached_workers)):
            server.start(seconds, workers)
            try:
                for name, path in targets.items():
                    url = f"http://127.0.0.1:{server.port}{path}"
                    check(url)
                    wrk(url, 1, 2)  # warm up (and fill the cache)
                    if mode == "cached" and name != "static file" and check(url) != "hit":
                        name += " (not cached)"
                    results[(name, mode)] = wrk(url, args.duration, args.connections)
            finally:
                server.stop()
    finally:
        redis.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    print(
        f"HTTP benchmark ({args.database}): wrk -c{args.connections} -d{args.duration}s on core 1, gunicorn "
        f"(production settings, sync workers) on core 0: 1 worker uncached, {args.cached_workers} cached; "
        f"page cache on Redis"
    )
    print(f"{'URL':28} {'mode':9} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'page/static':>12}")
    for mode in ("uncached", "cached"):
        static = results[("static file", mode)]["rps"]
        for (name, m), r in results.items():
            if m == mode:
                print(
                    f"{name:28} {mode:9} {r['rps']:9.1f} {r['p50']:8.2f} {r['p99']:8.2f} 1/{static / r['rps']:<10.1f}"
                )


if __name__ == "__main__":
    main()
