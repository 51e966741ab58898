"""A throwaway PostgreSQL database for a benchmark (``BENCH_PG_URL``, or a default name per benchmark)."""

import os


def fresh_postgres(default_name):
    """Drop and create the benchmark's database; return its URL."""
    import psycopg

    url = os.environ.get("BENCH_PG_URL", f"postgres://postgres:postgres@127.0.0.1:5432/{default_name}")
    admin = url.rsplit("/", 1)[0] + "/postgres"
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url
