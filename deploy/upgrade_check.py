"""make upgrade-check: our migrations on PostgreSQL under a 100,000-page site while it serves.

    .venv/bin/python deploy/upgrade_check.py [--pages 100000] [--lock-timeout 2s]

1. A throwaway PostgreSQL database (``UPGRADE_PG_URL``, default ``qapi_upgrade_check``):
   migrate, the demo content, then ``--pages`` news articles in three languages
   (``bench/growth.py``'s bulk insert).
2. Every project migration's SQL on PostgreSQL (``sqlmigrate``): a statement that
   rewrites or fully validates a page table (``ALTER COLUMN ... TYPE``, ``SET NOT NULL``,
   ``ADD COLUMN ... NOT NULL`` without a default) fails the check.
3. The project migrations that can be taken back without losing pages (news, standard,
   navigation) are unapplied, then ``migrate`` runs again with ``lock_timeout`` set low
   (``PGOPTIONS``): a migration that waits longer than that for a lock fails, so migrate
   must succeed. Meanwhile reader threads keep reading article pages (page row + article
   row, as serving one does) and a writer keeps saving a page (as an editor would); the
   longest read and the longest write during migrate are printed.

Not part of ``make test`` (minutes, and PostgreSQL); tests/operations/test_migration_safety.py
(in ``make test``) makes sure every new operation on an existing table is reviewed.
"""

import argparse
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DEFAULT_URL = "postgres://postgres:postgres@127.0.0.1:5432/qapi_upgrade_check"
ROLL_BACK = [("news", "0001_initial"), ("standard", "0001_initial"), ("navigation", "0001_initial")]
DANGEROUS = re.compile(r"ALTER COLUMN .* TYPE|SET NOT NULL|ADD COLUMN (?![^;]*DEFAULT)[^;]* NOT NULL", re.I)


def env(url, **extra):
    return {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "config.settings.test", **extra}


def manage(url, *args, **extra):
    result = subprocess.run(  # noqa: S603 (our own manage.py)
        [PY, str(ROOT / "manage.py"), *args], cwd=ROOT, env=env(url, **extra), capture_output=True, text=True
    )
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def fresh_database(url):
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def grow(url, pages):
    """In a child process: django set up on ``url``, ``pages`` articles added (bench/growth.py)."""
    code = (
        "import os, runpy, sys; sys.path.insert(0, 'bench'); import growth, django; django.setup();"
        "from news.models import NewsIndexPage; from django.db import connection;"
        f"growth.add_articles(NewsIndexPage.objects.first(), {pages});"
        "from wagtail.models import Page; from django.apps import apps;"
        "tables = [m._meta.db_table for m in apps.get_models() if issubclass(m, Page)];"
        "import json; print(json.dumps({'pages': Page.objects.count(), 'tables': tables}))"
    )
    out = subprocess.run([PY, "-c", code], cwd=ROOT, env=env(url), capture_output=True, text=True)  # noqa: S603
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def project_migrations(url):
    code = (
        "import runpy; runpy.run_path('site/config/paths.py')['install'](); import django; django.setup();"
        "from pathlib import Path; from django.apps import apps;"
        "from django.db.migrations.loader import MigrationLoader; root = Path('.').resolve();"
        "ours = {a.label for a in apps.get_app_configs() if root in Path(a.path).resolve().parents"
        " and '.venv' not in a.path};"
        "print('\\n'.join(f'{a} {n}' for a, n in sorted(MigrationLoader(None).disk_migrations) if a in ours))"
    )
    out = subprocess.run(  # noqa: S603 (our own code)
        [PY, "-c", code], cwd=ROOT, env=env(url), capture_output=True, text=True, check=True
    )
    return [line.split() for line in out.stdout.split("\n") if line.strip()]


def check_sql(url, page_tables):
    problems, statements = [], 0
    for app, name in project_migrations(url):
        sql = manage(url, "sqlmigrate", app, name)
        for statement in sql.split(";"):
            if not any(f'"{table}"' in statement for table in page_tables):
                continue
            statements += 1
            if DANGEROUS.search(statement):
                problems.append(f"{app}.{name}: {statement.strip()[:200]}")
    return statements, problems


class Load:
    """Readers of article pages and one writer of a page, each on its own connection."""

    def __init__(self, url, ids, readers=2):
        self.url, self.ids, self.readers = url, ids, readers
        self.stop = threading.Event()
        self.reads, self.writes, self.errors = [], [], []
        self.threads = [threading.Thread(target=self.read) for _ in range(readers)]
        self.threads.append(threading.Thread(target=self.write))

    def _loop(self, sql, samples, autocommit=True):
        import psycopg

        with psycopg.connect(self.url, autocommit=autocommit) as conn:
            while not self.stop.is_set():
                page_id = random.choice(self.ids)  # noqa: S311 (not security)
                start = time.perf_counter()
                try:
                    conn.execute(sql, (page_id,)).fetchall() if "SELECT" in sql else conn.execute(sql, (page_id,))
                except Exception as error:  # noqa: BLE001 (recorded: a failed read fails the check)
                    self.errors.append(str(error))
                samples.append(time.perf_counter() - start)
                time.sleep(0.005)

    def read(self):
        self._loop(
            "SELECT p.id, p.title_az, p.url_path_az, a.* FROM wagtailcore_page p "
            "JOIN news_newsarticlepage a ON a.page_ptr_id = p.id WHERE p.id = %s",
            self.reads,
        )

    def write(self):
        self._loop("UPDATE wagtailcore_page SET draft_title = draft_title WHERE id = %s", self.writes)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--lock-timeout", default="2s")
    args = parser.parse_args()
    url = os.environ.get("UPGRADE_PG_URL", DEFAULT_URL)
    subprocess.run(["bash", str(ROOT / ".ci" / "ensure-postgres")], check=True)  # noqa: S603, S607
    fresh_database(url)
    out = {}
    start = time.perf_counter()
    manage(url, "migrate", "--noinput")
    manage(url, "seed_demo")
    grown = grow(url, args.pages)
    out["pages"] = grown["pages"]
    out["build_seconds"] = round(time.perf_counter() - start, 1)

    statements, problems = check_sql(url, grown["tables"] + ["wagtailcore_page"])
    out["sql_statements_on_page_tables"] = statements
    out["dangerous_statements"] = problems

    for app, target in ROLL_BACK:
        manage(url, "migrate", app, target, "--noinput")
    import psycopg

    with psycopg.connect(url) as conn:
        ids = [row[0] for row in conn.execute("SELECT page_ptr_id FROM news_newsarticlepage").fetchall()]
    with Load(url, ids) as load:
        time.sleep(2)  # a baseline
        baseline = len(load.reads)
        start = time.perf_counter()
        migrate = subprocess.run(  # noqa: S603 (our own manage.py)
            [PY, str(ROOT / "manage.py"), "migrate", "--noinput"],
            cwd=ROOT,
            env=env(url, PGOPTIONS=f"-c lock_timeout={args.lock_timeout}"),
            capture_output=True,
            text=True,
        )
        out["migrate_seconds"] = round(time.perf_counter() - start, 2)
        during_reads = load.reads[baseline:]
        time.sleep(0.5)
    out["migrate_ok"] = migrate.returncode == 0
    out["migrations_applied"] = migrate.stdout.count("Applying ")
    out["lock_timeout"] = args.lock_timeout
    out["reads_during_migrate"] = len(during_reads)
    out["longest_read_ms"] = round(max(during_reads or [0]) * 1000, 1)
    out["longest_write_ms"] = round(max(load.writes or [0]) * 1000, 1)
    out["load_errors"] = load.errors[:5]
    print(json.dumps(out, indent=1))
    if not out["migrate_ok"]:
        print(migrate.stdout, migrate.stderr, file=sys.stderr)
    if problems or not out["migrate_ok"] or load.errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
