"""Search benchmark: latency at 1,000 and 10,000 pages (three languages each),
on SQLite, PostgreSQL and OpenSearch, and how it grows.

    .venv/bin/python bench/search.py [--repeats 10] [--backends sqlite,postgresql,opensearch]

For each backend it builds a throwaway site: N pages whose search entries, in
Azerbaijani, English and Russian, are written from the demo vocabulary and run
through the real pipeline and indexed by Wagtail's backend (the database's
full-text index, or an OpenSearch 2.19 node started from tools/opensearch-node,
with SQLite beside it). It then times what the search page does for a reader —
``run_search`` (matching, ranking and counts in the engine) and its first page of
ten results — over a fixed mix of queries, and ``suggest`` over a mix of prefixes,
at 1,000 pages and again at 10,000, and prints p50/p95 and the growth ratio
p95(10,000)/p95(1,000), measured in one run, and how many of the queries had more
matches than the database ranks ("capped": the page then says "at least N results").
PostgreSQL is used at 127.0.0.1:5432 (BENCH_PG_URL) when it answers.
"""

import argparse
import json
import os
import random
import runpy
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_db import fresh_postgres  # bench/ is the script's own directory

ROOT = Path(__file__).resolve().parent.parent
runpy.run_path(str(ROOT / "site" / "config" / "paths.py"))["install"]()  # both source roots

QUERIES = [
    ("az", "aciq qapi"),
    ("az", "IMMIQRASIYA"),
    ("az", "is icazesi"),
    ("az", "sumqayit"),
    ("az", "viza meqsedi"),
    ("az", "miqrasiya"),
    ("en", "permits"),
    ("en", "open door day"),
    ("en", "residence permit"),
    ("en", "migration"),
    ("ru", "мигрантов"),
    ("ru", "разрешение на работу"),
    ("ru", "миграция"),
    ("ru", "день открытых дверей"),
    ("az", "xyzzy"),
]


def vocabulary():
    from news import demo_content as news
    from standard import demo_content as standard

    words = {"az": [], "en": [], "ru": []}
    for spec in news.ARTICLES + standard.PAGES:
        for lang in words:
            words[lang] += spec["title"][lang].split()
            words[lang] += " ".join(v[lang][3:-4] for kind, v in spec["body"] if kind == "paragraph").split()
    return words


def build(count, start, words, rng):
    """Add pages start..start+count with entries in three languages, indexed by the backend."""
    from django.contrib.contenttypes.models import ContentType
    from pagetree import bulk_child_pages
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from search.analysis import analyze, folded_text
    from search.models import SearchEntry

    root = Page.get_first_root_node()
    page_type = ContentType.objects.get_for_model(Page)
    bulk_child_pages(root, [f"bench-{i}" for i in range(start, start + count)], first_position=start + 10)
    ids = dict(Page.objects.filter(slug_az__startswith="bench-").values_list("slug_az", "pk"))
    entries = []
    for i in range(start, start + count):
        for lang, vocab in words.items():
            title = " ".join(rng.choice(vocab) for _ in range(6))
            text = " ".join(rng.choice(vocab) for _ in range(rng.randint(80, 250)))
            entries.append(
                SearchEntry(
                    page_id=ids[f"bench-{i}"],
                    object_id=ids[f"bench-{i}"],
                    language=lang,
                    content_type=page_type,
                    display_title=title[:255],
                    title_folded=folded_text(title)[:255],
                    text=text,
                    title=" ".join(analyze(title, lang)),
                    tokens=" ".join(analyze(f"{title} {text}", lang)),
                )
            )
    SearchEntry.objects.bulk_create(entries, batch_size=1000)
    created = SearchEntry.objects.filter(page__slug_az__startswith="bench-").order_by("pk")[start * 3 :]
    index = get_search_backend().get_index_for_model(SearchEntry)
    batch = []
    for entry in created.iterator(chunk_size=1000):
        batch.append(entry)
        if len(batch) == 1000:
            index.add_items(SearchEntry, batch)
            batch = []
    if batch:
        index.add_items(SearchEntry, batch)
    index.refresh()
    from django.db import connection

    if connection.vendor == "postgresql":
        # What autovacuum does a little later on a live site: without statistics of the
        # new rows the planner picks scans for a table a tenth of the size.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


PREFIXES = [("az", "sum"), ("az", "miq"), ("az", "qeyd"), ("en", "mig"), ("en", "per"), ("ru", "миг"), ("ru", "раз")]


def percentiles(timings):
    timings.sort()
    return {"p50": statistics.median(timings), "p95": timings[int(len(timings) * 0.95) - 1]}


def time_queries(repeats):
    from search.query import run_search, suggest

    timings, suggestions, capped = [], [], set()
    for _ in range(repeats):
        for lang, query in QUERIES:
            start = time.perf_counter()
            outcome = run_search(query, lang)
            list(outcome.hits[:10])  # the first page, as the search page shows it
            timings.append((time.perf_counter() - start) * 1000)
            if getattr(outcome, "capped", False):
                capped.add((lang, query))
        for lang, prefix in PREFIXES:
            start = time.perf_counter()
            suggest(prefix, lang)
            suggestions.append((time.perf_counter() - start) * 1000)
    return {"search": percentiles(timings), "suggest": percentiles(suggestions), "capped": len(capped)}


def create_engine_indices():
    """The engine's indices, empty, with Wagtail's mappings (as update_index makes them)."""
    from wagtail.search.backends import get_search_backend
    from wagtail.search.index import get_indexed_models

    backend = get_search_backend()
    backend.es.indices.delete(index=f"{backend.index_prefix}*")
    done = set()
    for model in get_indexed_models():
        index = backend.get_index_for_model(model)
        if index.name not in done:
            index.put()
            done.add(index.name)
        index.add_model(model)


def worker(database_url, repeats, engine_url=""):
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    if engine_url:
        os.environ["OPENSEARCH_URL"] = engine_url
        os.environ["SEARCH_INDEX_PREFIX"] = "qapibench_"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", "--noinput", verbosity=0)
    if engine_url:
        create_engine_indices()
    rng = random.Random(42)
    words = vocabulary()
    results = {}
    build(1000, 0, words, rng)
    results["1000"] = time_queries(repeats)
    build(9000, 1000, words, rng)
    results["10000"] = time_queries(repeats)
    print(json.dumps(results))


def postgres_url():
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            pass
    except OSError:
        return ""
    return fresh_postgres("qapi_bench")


def run_worker(url, repeats, engine_url=""):
    command = [sys.executable, __file__, "--worker", url, "--repeats", str(repeats)]
    if engine_url:
        command += ["--engine-url", engine_url]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"worker failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10, help="rounds of the query mix per size")
    parser.add_argument("--backends", default="sqlite,postgresql,opensearch", help="comma-separated")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--engine-url", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.repeats, args.engine_url)
        return

    wanted = set(args.backends.split(","))
    tmp = Path(tempfile.mkdtemp(prefix="qapi-search-bench-"))
    print(f"Search benchmark: {len(QUERIES)} queries x {args.repeats} rounds per size, run_search + first page;")
    print(f"suggestions: {len(PREFIXES)} prefixes x {args.repeats} rounds")
    print(
        f"{'backend':22} {'pages':>7} {'p50 ms':>8} {'p95 ms':>8} {'suggest p50':>12} {'suggest p95':>12} {'capped':>7}"
    )
    runs = []
    if "sqlite" in wanted:
        runs.append(("SQLite (FTS5 bm25)", f"sqlite:///{tmp / 'bench.sqlite3'}", None))
    if "postgresql" in wanted:
        pg = postgres_url()
        if pg:
            runs.append(("PostgreSQL (ts_rank_cd)", pg, None))
        else:
            print("PostgreSQL is not reachable on 127.0.0.1:5432: not measured.")
    if "opensearch" in wanted:
        runs.append(("OpenSearch 2.19", f"sqlite:///{tmp / 'bench-opensearch.sqlite3'}", "opensearch"))
    for name, url, engine in runs:
        node = None
        if engine:
            from tests.search.engine_node import EngineNode

            node = EngineNode.start()
        try:
            results = run_worker(url, args.repeats, node.url if node else "")
        finally:
            if node:
                node.stop()
        for size in ("1000", "10000"):
            search, suggest = results[size]["search"], results[size]["suggest"]
            print(
                f"{name:22} {int(size):7,} {search['p50']:8.1f} {search['p95']:8.1f}"
                f" {suggest['p50']:12.1f} {suggest['p95']:12.1f} {results[size].get('capped', 0):4}/{len(QUERIES)}"
            )
        growth = results["10000"]["search"]["p95"] / results["1000"]["search"]["p95"]
        suggest_growth = results["10000"]["suggest"]["p95"] / results["1000"]["suggest"]["p95"]
        print(
            f"{name:22} growth p95(10,000)/p95(1,000) = {growth:.2f} (search), {suggest_growth:.2f} (suggestions)"
            "  (10x the pages)"
        )


if __name__ == "__main__":
    main()
