"""Hostile-query benchmark: what odd or malicious search input costs, compared with
a plain query, on SQLite and on PostgreSQL.

    .venv/bin/python bench/hostile_queries.py [--rounds 20] [--pages 1000]

The inputs are the ones tests/search/test_search_page.py checks give a page and
never an error (quotes, operators, wildcards, SQL, emoji, 10,000 characters,
NUL...): the benchmark reads them from that test, so the two cannot drift apart.

For each database it builds a throwaway site: the demo content (``seed_demo``)
plus N plain pages with search entries in Azerbaijani, English and Russian (the
same builder as bench/search.py). It then requests ``/az/search/?q=...`` through
Django's test client, the whole reader's request (form, query cleaning, search,
excerpts, template), alternating each hostile input with the plain query, and
prints p50/p95 per input and the ratios hostile/plain, measured in one run.
PostgreSQL is used at 127.0.0.1:5432 (BENCH_PG_URL) when it answers.
"""

import argparse
import importlib.util
import io
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]

PLAIN = "aciq qapi"
TEST = ("tests.search.test_search_page", "test_any_input_gives_a_page_never_an_error")


def search_bench():
    """bench/search.py as a module (``search`` itself is the Django app of that name)."""
    spec = importlib.util.spec_from_file_location("search_bench", ROOT / "bench" / "search.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def hostile_inputs():
    """The ``query`` values the test is parametrized with."""
    module = importlib.import_module(TEST[0])
    marks = getattr(module, TEST[1]).pytestmark
    (mark,) = [m for m in marks if m.name == "parametrize" and m.args[0] == "query"]
    return list(mark.args[1])


def label(query):
    text = repr(query)
    return text if len(text) <= 28 else f"{text[:16]}…({len(query):,} chars)"


def percentiles(timings):
    timings = sorted(timings)
    return {"p50": statistics.median(timings), "p95": timings[math.ceil(len(timings) * 0.95) - 1]}


def worker(database_url, rounds, pages):
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", "--noinput", verbosity=0)
    call_command("seed_demo", stdout=io.StringIO())
    bench = search_bench()
    bench.build(pages, 0, bench.vocabulary(), random.Random(42))

    client = Client()
    inputs = hostile_inputs()

    def timed(query):
        start = time.perf_counter()
        response = client.get("/az/search/", {"q": query})
        elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{label(query)} gave HTTP {response.status_code}")
        return elapsed

    for query in [PLAIN, *inputs]:  # warm up: templates, translations, database caches
        timed(query)
    plain, hostile, per_input = [], [], {query: [] for query in inputs}
    for _ in range(rounds):
        for query in inputs:  # alternate, so both see the same machine
            plain.append(timed(PLAIN))
            per_input[query].append(timed(query))
            hostile.append(per_input[query][-1])
    print(
        json.dumps(
            {
                "plain": percentiles(plain),
                "hostile": percentiles(hostile),
                "inputs": [[label(query), percentiles(times)] for query, times in per_input.items()],
            }
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="rounds of the hostile inputs")
    parser.add_argument("--pages", type=int, default=1000, help="plain pages added to the demo site")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.rounds, args.pages)
        return

    tmp = Path(tempfile.mkdtemp(prefix="qapi-hostile-bench-"))
    databases = {"SQLite (FTS5)": f"sqlite:///{tmp / 'bench.sqlite3'}"}
    os.environ.setdefault("BENCH_PG_URL", "postgres://postgres:postgres@127.0.0.1:5432/qapi_bench_hostile")
    pg = search_bench().postgres_url()
    if pg:
        databases["PostgreSQL"] = pg
    else:
        print("PostgreSQL is not reachable on 127.0.0.1:5432: measuring SQLite only.")
    print(
        f"Hostile-query benchmark: GET /az/search/ end to end, demo site + {args.pages:,} pages, "
        f"{args.rounds} rounds, each input alternated with the plain query {PLAIN!r}"
    )
    for name, url in databases.items():
        out = (
            subprocess.run(
                [sys.executable, __file__, "--worker", url, "--rounds", str(args.rounds), "--pages", str(args.pages)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        results = json.loads(out)
        plain = results["plain"]
        print(f"\n{name}")
        print(f"  {'input':30} {'p50 ms':>8} {'p95 ms':>8} {'p50/plain':>10}")
        print(f"  {'plain: ' + repr(PLAIN):30} {plain['p50']:8.1f} {plain['p95']:8.1f} {1:10.2f}")
        for text, timing in results["inputs"]:
            print(f"  {text:30} {timing['p50']:8.1f} {timing['p95']:8.1f} {timing['p50'] / plain['p50']:10.2f}")
        hostile = results["hostile"]
        print(
            f"  all hostile inputs: p50 {hostile['p50']:.1f} ms, p95 {hostile['p95']:.1f} ms; "
            f"hostile/plain p50 = {hostile['p50'] / plain['p50']:.2f}, p95 = {hostile['p95'] / plain['p95']:.2f}"
        )


if __name__ == "__main__":
    main()
