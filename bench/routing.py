"""Routing benchmark: serving a page under 5,000 siblings vs under 10.

Prints the median time to serve each page, the ratio (many/few), and the same
measurement with wagtail-modeltranslation's own routing for comparison. The
ratio is measured in one run on one machine, so it does not depend on its speed.

    .venv/bin/python bench/routing.py [--siblings 5000] [--requests 300]

Runs on a throwaway SQLite file unless BENCH_DATABASE_URL is set (e.g. a
PostgreSQL database it may fill and drop).
"""

import argparse
import os
import runpy
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
runpy.run_path(str(ROOT / "site" / "config" / "paths.py"))["install"]()  # both source roots


def setup_django():
    tmp = tempfile.mkdtemp(prefix="qapi-bench-")
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)


def build_tree(siblings):
    from pagetree import bulk_child_pages
    from wagtail.models import Page, Site

    from home.models import HomePage
    from standard.models import StandardPage

    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title_az="Ana səhifə", title_en="Home", intro_az="<p>.</p>"))
    Site.objects.update(root_page=home, hostname="testserver")

    parents = {}
    for name, count in (("few", 10), ("many", siblings)):
        parent = home.add_child(instance=StandardPage(title_az=f"Valideyn {name}", title_en=f"Parent {name}"))
        bulk_child_pages(parent, [f"sibling-{i}" for i in range(1, count)])
        # The page we serve is the last child: the library's scan reaches it last.
        target = parent.add_child(instance=StandardPage(title_az="Hədəf", title_en="Target"))
        parents[name] = target
    return parents


def median_ms(client, url, requests):
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(timings) * 1000


def measure(client, targets, requests):
    urls = {name: page.url_in("en") for name, page in targets.items()}
    for url in urls.values():
        median_ms(client, url, 5)  # warm up
    # Interleave rounds so both pages see the same machine load.
    few, many = [], []
    for _ in range(5):
        few.append(median_ms(client, urls["few"], requests // 5))
        many.append(median_ms(client, urls["many"], requests // 5))
    return statistics.median(few), statistics.median(many)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--siblings", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()

    setup_django()
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    targets = build_tree(args.siblings)
    client = Client()

    few, many = measure(client, targets, args.requests)
    ratio = many / few

    from wagtail_modeltranslation.patch_wagtailadmin import _new_route

    from core.modeltranslation_fixes import route_by_slug
    from home.models import HomePage
    from standard.models import StandardPage

    for model in (HomePage, StandardPage):
        model.route = _new_route
    lib_few, lib_many = measure(client, targets, max(args.requests // 5, 25))
    for model in (HomePage, StandardPage):
        model.route = route_by_slug

    print(f"Routing benchmark ({args.requests} requests per page, median, Django test client)")
    print(
        f"  Qapı routing:     10 siblings {few:7.2f} ms | {args.siblings} siblings {many:7.2f} ms | ratio {ratio:.2f}"
    )
    print(
        f"  library routing:  10 siblings {lib_few:7.2f} ms | {args.siblings} siblings {lib_many:7.2f} ms"
        f" | ratio {lib_many / lib_few:.2f}"
    )
    verdict = "OK" if ratio <= 1.5 else "TOO SLOW"
    print(f"routing ratio (many/few) = {ratio:.2f} (target <= 1.5): {verdict}")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
