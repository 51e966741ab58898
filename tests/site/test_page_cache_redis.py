"""On Redis (production's cache) a page cache hit is one round trip, and entries are plain bytes (issue 13).

Starts a throwaway redis-server (Debian's ``redis-server``; ``make bench`` installs it).
"""

import shutil
import socket
import subprocess
import time

import pytest
import redis
from django.core.cache import caches

from core import page_cache
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.skipif(not shutil.which("redis-server"), reason="redis-server is not installed")


@pytest.fixture
def redis_url(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def on_redis(settings, redis_url):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url},
        "renditions": {"BACKEND": "core.memo.GenerationCache"},
    }
    settings.PAGE_CACHE_SECONDS = 300
    yield redis.Redis.from_url(redis_url)
    caches["default"].close()


def test_a_hit_is_one_redis_command_and_the_entry_is_bytes(client, home, on_redis, monkeypatch):
    page = StandardPageFactory(parent=home, title_en="About", title_ru="О нас")
    first = client.get(page.url_in("ru"))
    assert "X-Page-Cache" not in first
    keys = [k for k in on_redis.keys("*") if b":pages:" in k]
    assert len(keys) == 1
    stored = on_redis.get(keys[0])
    assert stored.startswith(page_cache.ENTRY_MAGIC)  # not a pickle
    commands = []
    original = redis.Redis.execute_command

    def count(self, *args, **kwargs):
        commands.append(args[0])
        return original(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "execute_command", count)
    hit = client.get(page.url_in("ru"))
    assert hit["X-Page-Cache"] == "hit"
    assert "<h1>О нас</h1>" in hit.content.decode()
    assert commands == ["MGET"]


def test_a_publish_on_redis_is_seen_at_once(client, home, on_redis):
    page = StandardPageFactory(parent=home, title_en="About")
    client.get(page.url_in("en"))
    assert client.get(page.url_in("en"))["X-Page-Cache"] == "hit"
    page.title_en = "About the Service"
    page.save_revision().publish()
    response = client.get(page.url_in("en"))
    assert "X-Page-Cache" not in response
    assert "<h1>About the Service</h1>" in response.content.decode()
