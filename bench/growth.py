"""Growth benchmark: the demo site, then the same site with 100,000 more news articles.

    .venv/bin/python bench/growth.py [--pages 100000] [--database sqlite|postgres] [--repeats 15]

In one run, on a throwaway database: loads the demo (``seed_demo``, timed), times
page serving (home, news index first and last page, an article), the sitemap (index
and one file), the RSS feed, then adds ``--pages`` news articles in three languages
to the news index and times all of it again, and ``seed_demo`` once more (the import
that runs on every deploy must not grow with the site). Prints the median time per
request at both sizes, their ratio, and the peak Python memory one request
allocates (tracemalloc), which shows that nothing loads every page.

The articles go straight into the tree (``bulk_create`` of the ``wagtailcore_page``
rows with treebeard paths computed here, then one ``executemany`` INSERT of the
``news_newsarticlepage`` rows): 100,000 pages in well under a minute, where Wagtail's
``add_child`` (one tree update and several queries per page) would take hours.

Search at 100,000 pages is not measured here: ``bench/search.py`` owns the search
figures (1,000 and 10,000 pages).
"""

import argparse
import datetime
import json
import os
import runpy
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench_db import fresh_postgres  # bench/ is the script's own directory

ROOT = Path(__file__).resolve().parent.parent
runpy.run_path(str(ROOT / "site" / "config" / "paths.py"))["install"]()  # both source roots


def add_articles(index, count):
    """``count`` live news articles under ``index``, titled in az/en/ru, inserted in bulk."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from wagtail.models import Page

    from news.models import NewsArticlePage

    page_type = ContentType.objects.get_for_model(NewsArticlePage)
    start = index.numchild + 1
    day = datetime.date(2026, 1, 1)
    now = datetime.datetime.now(datetime.UTC)
    fields = [f for f in NewsArticlePage._meta.local_concrete_fields]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {NewsArticlePage._meta.db_table} ({columns}) VALUES ({marks})"
    batch = 5000
    with transaction.atomic():
        for first in range(start, start + count, batch):
            numbers = range(first, min(first + batch, start + count))
            rows = []
            for n in numbers:
                titles = {"az": f"Xəbər {n}", "en": f"News item {n}", "ru": f"Новость {n}"}
                slugs = {lang: f"bench-{lang}-{n}" for lang in titles}
                rows.append(
                    Page(
                        path=Page._get_path(index.path, index.depth + 1, n),
                        depth=index.depth + 1,
                        numchild=0,
                        content_type=page_type,
                        locale_id=index.locale_id,
                        live=True,
                        first_published_at=now,
                        last_published_at=now,
                        title=titles["az"],
                        draft_title=titles["az"],
                        slug=slugs["az"],
                        url_path=f"{index.url_path}{slugs['az']}/",
                        **{f"title_{lang}": t for lang, t in titles.items()},
                        **{f"slug_{lang}": s for lang, s in slugs.items()},
                        **{
                            f"url_path_{lang}": f"{getattr(index, f'url_path_{lang}') or index.url_path}{s}/"
                            for lang, s in slugs.items()
                        },
                    )
                )
            Page.objects.bulk_create(rows, batch_size=1000)
            ids = dict(
                Page.objects.filter(path__in=[r.path for r in rows]).values_list("path", "pk")
            )  # SQLite returns no ids from bulk_create on every version: ask
            values = []
            for n, row in zip(numbers, rows, strict=True):
                article = NewsArticlePage(
                    page_ptr_id=ids[row.path],
                    date=day - datetime.timedelta(days=n % 3650),
                    intro=f"Qısa məlumat {n}",
                    intro_az=f"Qısa məlumat {n}",
                    intro_en=f"Summary {n}",
                    intro_ru=f"Кратко {n}",
                )
                values.append([f.get_db_prep_save(getattr(article, f.attname), connection) for f in fields])
            with connection.cursor() as cursor:
                cursor.executemany(sql, values)
        Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
    index.refresh_from_db()


def timed(client, url, repeats):
    response = client.get(url, secure=True)  # once: memos, renditions
    if response.status_code != 200:
        raise RuntimeError(f"{url}: {response.status_code}")
    tracemalloc.start()
    client.get(url, secure=True)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        client.get(url, secure=True)
        times.append((time.perf_counter() - start) * 1000)
    return {"ms": statistics.median(times), "peak_mb": peak / 2**20}


def seed_demo_seconds():
    from django.core.management import call_command

    start = time.perf_counter()
    call_command("seed_demo", verbosity=0)
    return time.perf_counter() - start


def measure(client, repeats):
    from django.conf import settings

    from news.models import NewsArticlePage, NewsIndexPage

    index = NewsIndexPage.objects.live().first()
    article = NewsArticlePage.objects.live().child_of(index).order_by("-date", "-pk").first()
    last = max(1, -(-index.articles().count() // settings.NEWS_PAGE_SIZE))
    urls = {
        "home page": "/az/",
        "news index, page 1": index.url_in("az"),
        "news index, last page": f"{index.url_in('az')}?page={last}",
        "article": article.url_in("az"),
        "RSS feed": index.url_in("en") + "feed/",
        "sitemap.xml": "/sitemap.xml",
        "sitemap-1.xml (one file)": "/sitemap-1.xml",
    }
    results = {}
    for name, url in urls.items():
        if name.startswith("sitemap-1") and client.get("/sitemap-1.xml").status_code == 404:
            url = "/sitemap.xml"  # a small site has one sitemap
        results[name] = timed(client, url, repeats)
    return results


def worker(database_url, pages, repeats):
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from news.models import NewsIndexPage

    setup_test_environment()
    call_command("migrate", "--noinput", verbosity=0)
    out = {"seed_demo_empty": seed_demo_seconds()}
    client = Client(HTTP_ACCEPT_LANGUAGE="az")
    out["demo"] = measure(client, repeats)
    from wagtail.models import Page

    out["demo_pages"] = Page.objects.count()
    start = time.perf_counter()
    add_articles(NewsIndexPage.objects.first(), pages)
    out["generate_seconds"] = time.perf_counter() - start
    out["grown_pages"] = Page.objects.count()
    out["seed_demo_again"] = seed_demo_seconds()
    from core import page_cache

    page_cache.invalidate()  # as a publish would
    out["grown"] = measure(client, repeats)
    print(json.dumps(out))


def postgres_url():
    return fresh_postgres("qapi_bench_growth")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.pages, args.repeats)
        return
    tmp = Path(tempfile.mkdtemp(prefix="qapi-growth-"))
    url = postgres_url() if args.database == "postgres" else f"sqlite:///{tmp / 'growth.sqlite3'}"
    env = {**os.environ, "MEDIA_ROOT": str(tmp / "media")}
    out = subprocess.run(
        [sys.executable, __file__, "--worker", url, "--pages", str(args.pages), "--repeats", str(args.repeats)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    shutil.rmtree(tmp, ignore_errors=True)
    if out.returncode:
        sys.exit(out.stderr[-4000:])
    r = json.loads(out.stdout.strip().splitlines()[-1])
    print(
        f"Growth benchmark ({args.database}): demo site ({r['demo_pages']:,} pages) vs "
        f"+{args.pages:,} news articles ({r['grown_pages']:,} pages, x3 languages); "
        f"median of {args.repeats} requests, Django test client, page cache off"
    )
    print(f"generated {args.pages:,} articles in {r['generate_seconds']:.1f} s (bulk inserts)")
    print(
        f"seed_demo: {r['seed_demo_empty']:.1f} s on an empty database, {r['seed_demo_again']:.1f} s again "
        f"at {r['grown_pages']:,} pages"
    )
    print(f"{'request':28} {'demo ms':>9} {'grown ms':>9} {'ratio':>7} {'peak MB demo':>13} {'peak MB grown':>14}")
    for name, demo in r["demo"].items():
        grown = r["grown"][name]
        print(
            f"{name:28} {demo['ms']:9.1f} {grown['ms']:9.1f} {grown['ms'] / demo['ms']:7.2f} "
            f"{demo['peak_mb']:13.1f} {grown['peak_mb']:14.1f}"
        )


if __name__ == "__main__":
    main()
