"""Backups that restore: the database (a consistent dump) and the uploads, in one folder.

``manage.py backup DIR`` writes into a new or empty folder:

- ``db.dump``: PostgreSQL's ``pg_dump --format=custom`` (one snapshot: the dump runs in a
  single repeatable-read transaction while the site keeps serving), or ``db.sqlite3``:
  SQLite's online backup API (a page-by-page copy that restarts if a write interrupts it,
  so it is consistent too);
- ``media/``: the uploads (images, renditions, documents), copied *after* the dump, so
  every file the dump names is there (a file uploaded meanwhile is merely extra);
- ``manifest.json``: when, which engine, the migrations applied, file counts and sizes.

``manage.py restore DIR`` puts it back into an **empty** database and an empty media
folder (it refuses otherwise, never overwriting): ``pg_restore`` or SQLite's backup API,
then the files. The engine must be the one the backup was made with.
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connections

FORMAT = 1
MANIFEST = "manifest.json"


def _engine(alias="default") -> str:
    vendor = connections[alias].vendor
    if vendor not in ("postgresql", "sqlite"):
        raise CommandError(f"Backups support PostgreSQL and SQLite, not {vendor}.")
    return vendor


def _pg_env(alias="default"):
    db = settings.DATABASES[alias]
    env = {**os.environ}
    for key, var in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if db.get(key):
            env[var] = str(db[key])
    return env, connections[alias].settings_dict["NAME"]


def _run(command, env):
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    except FileNotFoundError as exc:
        raise CommandError(f"{command[0]} is not installed (Debian: apt-get install postgresql-client).") from exc
    if result.returncode != 0:
        raise CommandError(f"{command[0]} failed: {result.stderr.strip()[-2000:]}")


def _files(root: Path):
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def _is_empty_dir(path: Path) -> bool:
    return not path.exists() or (path.is_dir() and not any(path.iterdir()))


def applied_migrations(alias="default") -> list[str]:
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        return [f"{app}.{name}" for app, name in cursor.fetchall()]


def backup(target: Path, alias="default") -> dict:
    target = Path(target)
    if not _is_empty_dir(target):
        raise CommandError(f"{target} is not empty: a backup goes into a new or empty folder.")
    target.mkdir(parents=True, exist_ok=True)
    engine = _engine(alias)
    migrations = applied_migrations(alias)
    if engine == "postgresql":
        env, name = _pg_env(alias)
        _run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(target / "db.dump"), name],
            env,
        )
        database_file = "db.dump"
    else:
        connection = connections[alias]
        connection.ensure_connection()
        destination = sqlite3.connect(target / "db.sqlite3")
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
        database_file = "db.sqlite3"
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.exists():
        shutil.copytree(media_root, target / "media", symlinks=False)
    else:
        (target / "media").mkdir()
    files = _files(target / "media")
    manifest = {
        "format": FORMAT,
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "engine": engine,
        "database": database_file,
        "migrations": migrations,
        "media_files": len(files),
        "media_bytes": sum(p.stat().st_size for p in files),
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def database_is_empty(alias="default") -> bool:
    return not connections[alias].introspection.table_names()


def restore(source: Path, alias="default") -> dict:
    source = Path(source)
    try:
        manifest = json.loads((source / MANIFEST).read_text())
    except FileNotFoundError as exc:
        raise CommandError(f"{source} holds no backup ({MANIFEST} is missing).") from exc
    if manifest.get("format") != FORMAT:
        raise CommandError(f"Unknown backup format {manifest.get('format')!r}.")
    engine = _engine(alias)
    if manifest["engine"] != engine:
        raise CommandError(f"This backup is of a {manifest['engine']} database; the site is set up for {engine}.")
    if not database_is_empty(alias):
        raise CommandError("The database is not empty: restore goes into an empty database only.")
    media_root = Path(settings.MEDIA_ROOT)
    if not _is_empty_dir(media_root):
        raise CommandError(f"The media folder {media_root} is not empty: restore goes into an empty one only.")

    if engine == "postgresql":
        env, name = _pg_env(alias)
        connections[alias].close()
        _run(
            [
                "pg_restore",
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--dbname",
                name,
                str(source / "db.dump"),
            ],
            env,
        )
    else:
        connection = connections[alias]
        connection.ensure_connection()
        origin = sqlite3.connect(source / "db.sqlite3")
        try:
            origin.backup(connection.connection)
        finally:
            origin.close()
        connection.close()
    media_root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source / "media", media_root, dirs_exist_ok=True)
    return manifest
