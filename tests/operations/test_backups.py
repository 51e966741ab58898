"""manage.py backup / restore: the demo site backed up, restored into an empty database and
media folder elsewhere, has the same pages, documents (with their files) and registrations.

Runs the commands as an operator would, in subprocesses, on SQLite; on PostgreSQL too when
the suite runs there (DATABASE_URL=postgres://..., pg_dump and pg_restore installed).
"""

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import environ
import pytest

from tests.project import ROOT as REPO_ROOT

pytestmark = pytest.mark.django_db

COUNT_SCRIPT = """
import json
from wagtail.models import Page
from wagtail.documents import get_document_model
from events.models import Registration
from django.conf import settings
from pathlib import Path
docs = get_document_model().objects.order_by("pk")
print(json.dumps({
    "pages": sorted((p.pk, p.title, p.url_path, p.live) for p in Page.objects.all()),
    "documents": [(d.pk, d.title, d.file.name, d.file_hash) for d in docs],
    "document_files_present": all((Path(settings.MEDIA_ROOT) / d.file.name).is_file() for d in docs),
    "registrations": sorted((r.pk, r.email, r.status, r.event_id) for r in Registration.objects.all()),
}))
"""


def manage(env, *args, check=True):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def site_env(database_url, media):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "MEDIA_ROOT", "DJANGO_SETTINGS_MODULE")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media),
        DEMO_ADMIN_PASSWORD="backup-test-Qapi",
    )
    return env


def snapshot(env):
    import json

    return json.loads(manage(env, "shell", "-c", COUNT_SCRIPT).stdout.strip().splitlines()[-1])


def round_trip(tmp_path, source_url, target_url):
    source = site_env(source_url, tmp_path / "media-source")
    target = site_env(target_url, tmp_path / "media-target")
    manage(source, "migrate", "--noinput")
    manage(source, "seed_demo")
    before = snapshot(source)
    assert len(before["pages"]) > 20 and before["documents"] and before["registrations"]

    manage(source, "backup", str(tmp_path / "backup"))
    assert (tmp_path / "backup" / "manifest.json").is_file()
    manage(target, "restore", str(tmp_path / "backup"))
    after = snapshot(target)
    assert after == before
    assert after["document_files_present"]

    # Restoring again over the restored site is refused: never an overwrite.
    again = manage(target, "restore", str(tmp_path / "backup"), check=False)
    assert again.returncode != 0 and "not empty" in again.stderr
    # A backup never goes into a folder that holds something.
    assert "not empty" in manage(source, "backup", str(tmp_path / "backup"), check=False).stderr


def test_sqlite_round_trip(tmp_path):
    round_trip(tmp_path, f"sqlite:///{tmp_path / 'source.sqlite3'}", f"sqlite:///{tmp_path / 'target.sqlite3'}")


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres") or not shutil.which("pg_dump"),
    reason="the PostgreSQL round trip runs in the PostgreSQL pass of make test (DATABASE_URL=postgres://...)",
)
def test_postgresql_round_trip(tmp_path):
    import psycopg

    url = environ.Env.db_url_config(os.environ["DATABASE_URL"])
    names = [f"qapi_backup_{uuid.uuid4().hex[:8]}_{side}" for side in ("source", "target")]
    admin = psycopg.connect(
        host=url["HOST"], port=url["PORT"] or 5432, user=url["USER"], password=url["PASSWORD"], dbname="postgres"
    )
    admin.autocommit = True
    try:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
        base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        round_trip(tmp_path, f"{base}/{names[0]}", f"{base}/{names[1]}")
    finally:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_restore_refuses_another_engine(tmp_path):
    backup = Path(tmp_path / "b")
    backup.mkdir()
    (backup / "manifest.json").write_text('{"format": 1, "engine": "oracle", "created": "x"}')
    env = site_env(f"sqlite:///{tmp_path / 'x.sqlite3'}", tmp_path / "m")
    result = manage(env, "restore", str(backup), check=False)
    assert result.returncode != 0 and "oracle" in result.stderr
