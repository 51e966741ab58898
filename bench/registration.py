r"""Sign-up latency under load: does the event lock keep simultaneous sign-ups fast?

gunicorn (4 workers × 8 threads, test settings, e-mail queued in the database as in
production) serves a throwaway PostgreSQL database on loopback. Each reader first
fetches the form (its CSRF token); only the POST that takes the seat is timed:

- uncontended: one sign-up at a time, 50 of them;
- 50 at once on one event: all wait for the same row lock (the contended case);
- 50 at once on 50 events: the same load with no lock shared (what the machine
  itself costs at that concurrency).

It prints p50 and p95 of each and two ratios: contended p95 / uncontended p95 (the
issue's goal: ≤ 3×) and contended p95 / the no-shared-lock p95 (the lock's own cost):

    DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/postgres \
        .venv/bin/python bench/registration.py [--rounds 3]
"""

import argparse
import os
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.events import live  # noqa: E402

N = 50


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def summary(name, seconds):
    p50, p95 = percentile(seconds, 50) * 1000, percentile(seconds, 95) * 1000
    print(f"  {name:<34} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   (n={len(seconds)})")
    return p95


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    base = os.environ.get("DATABASE_URL", "postgres://postgres:postgres@127.0.0.1:5432/postgres")
    if not base.startswith("postgres"):
        sys.exit("bench/registration.py measures PostgreSQL: set DATABASE_URL=postgres://…")
    url = live.create_postgres_database(base)
    server = live.LiveServer(url, env={"TASKS_BACKEND": "django_tasks_db.DatabaseBackend"})
    try:
        server.migrate()
        rounds = args.rounds
        spec = {"events": [{"key": f"u{r}", "capacity": 10_000} for r in range(rounds)]}
        spec["events"] += [{"key": f"c{r}", "capacity": N // 2} for r in range(rounds)]
        spec["events"] += [{"key": f"s{r}-{i}", "capacity": 10} for r in range(rounds) for i in range(N)]
        made = server.setup(spec)
        server.start()
        # Warm every worker up (imports, connections, templates) before measuring.
        live.all_at_once(
            server.base_url,
            made["u0"]["path"] + "register/",
            [lambda token, i=i: live.sign_up_data(900_000 + i, token) for i in range(32)],
        )
        uncontended, contended, spread = [], [], []
        for r in range(rounds):
            for i in range(N):
                reader = live.Reader(server.base_url)
                path = made[f"u{r}"]["path"] + "register/"
                token = reader.csrf_token(path)
                started = time.perf_counter()
                status = reader.post(path, live.sign_up_data(r * 1000 + i, token))
                uncontended.append(time.perf_counter() - started)
                assert status == 303, status
            results = live.all_at_once(
                server.base_url,
                made[f"c{r}"]["path"] + "register/",
                [lambda token, i=i, r=r: live.sign_up_data(r * 1000 + i, token) for i in range(N)],
            )
            assert all(status == 303 for status, _s in results), results
            contended += [seconds for _status, seconds in results]
            # 50 at once, each on its own event: the machine's cost of the concurrency, no shared lock.
            readers = [live.Reader(server.base_url) for _ in range(N)]
            paths = [made[f"s{r}-{i}"]["path"] + "register/" for i in range(N)]
            tokens = [reader.csrf_token(path) for reader, path in zip(readers, paths, strict=True)]
            barrier = threading.Barrier(N)

            def go(i, readers=readers, paths=paths, tokens=tokens, barrier=barrier, r=r):
                barrier.wait(timeout=live.TIMEOUT)
                started = time.perf_counter()
                status = readers[i].post(paths[i], live.sign_up_data(r * 1000 + i, tokens[i]))
                return status, time.perf_counter() - started

            with ThreadPoolExecutor(max_workers=N) as pool:
                results = list(pool.map(go, range(N)))
            assert all(status == 303 for status, _s in results), results
            spread += [seconds for _status, seconds in results]
        print(f"Sign-up latency on PostgreSQL, gunicorn 4×8, {rounds} rounds of {N} ({os.cpu_count()} cores)")
        base_p95 = summary("uncontended (one at a time)", uncontended)
        contended_p95 = summary(f"{N} at once, one event (one lock)", contended)
        spread_p95 = summary(f"{N} at once, {N} events (no lock)", spread)
        print(f"  ratio contended/uncontended p95: {contended_p95 / base_p95:.1f}x (goal <= 3x)")
        print(f"  ratio one lock/no shared lock p95: {contended_p95 / spread_p95:.2f}x (the lock's own cost)")
        print(f"  uncontended p50 {statistics.median(uncontended) * 1000:.1f} ms")
    finally:
        server.cleanup()
        live.drop_postgres_database(url)


if __name__ == "__main__":
    main()
