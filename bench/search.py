"""Search benchmark: latency at 1,000 and 10,000 pages (three languages each),
on SQLite and on PostgreSQL, and how it grows.

    .venv/bin/python bench/search.py [--queries-per-size 200]

For each database it builds a throwaway site: N pages whose search entries, in
Azerbaijani, English and Russian, are written from the demo vocabulary and run
through the real pipeline and Wagtail's database search backend. It then times
``run_search`` (the whole reader's search: three backend queries, ranking,
counts) over a fixed mix of queries, at 1,000 pages and again at 10,000, and
prints p50/p95 and the growth ratio p50(10,000)/p50(1,000), measured in one run.
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


def time_queries(repeats):
    from search.query import run_search

    timings = []
    for _ in range(repeats):
        for lang, query in QUERIES:
            start = time.perf_counter()
            run_search(query, lang)
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return {"p50": statistics.median(timings), "p95": timings[int(len(timings) * 0.95) - 1]}


def worker(database_url, repeats):
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", "--noinput", verbosity=0)
    rng = random.Random(42)
    words = vocabulary()
    results = {}
    build(1000, 0, words, rng)
    results["1000"] = time_queries(repeats)
    build(9000, 1000, words, rng)
    results["10000"] = time_queries(repeats)
    print(json.dumps(results))


def postgres_url():
    url = os.environ.get("BENCH_PG_URL", "postgres://postgres:postgres@127.0.0.1:5432/qapi_bench")
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            pass
    except OSError:
        return ""
    import psycopg

    admin = url.rsplit("/", 1)[0] + "/postgres"
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10, help="rounds of the query mix per size")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.repeats)
        return

    tmp = Path(tempfile.mkdtemp(prefix="qapi-search-bench-"))
    databases = {"SQLite (FTS5)": f"sqlite:///{tmp / 'bench.sqlite3'}"}
    pg = postgres_url()
    if pg:
        databases["PostgreSQL"] = pg
    else:
        print("PostgreSQL is not reachable on 127.0.0.1:5432: measuring SQLite only.")
    print(f"Search benchmark: {len(QUERIES)} queries x {args.repeats} rounds per size, run_search end to end")
    print(f"{'database':16} {'pages':>7} {'p50 ms':>8} {'p95 ms':>8}")
    for name, url in databases.items():
        out = (
            subprocess.run(
                [sys.executable, __file__, "--worker", url, "--repeats", str(args.repeats)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        results = json.loads(out)
        for size in ("1000", "10000"):
            print(f"{name:16} {int(size):7,} {results[size]['p50']:8.1f} {results[size]['p95']:8.1f}")
        growth = results["10000"]["p50"] / results["1000"]["p50"]
        print(f"{name:16} growth p50(10,000)/p50(1,000) = {growth:.2f}  (10x the pages)")


if __name__ == "__main__":
    main()
