"""Production never runs the page cache on a cache its processes don't share; the CDN comes from the environment."""

import pytest

from tests.site.test_deployment import deployment, run_manage

WITHOUT_REDIS = {"REDIS_URL": "", "PAGE_CACHE_SECONDS": "300"}


def test_production_without_redis_fails_the_check_and_says_what_to_do():
    result = run_manage("check", **deployment(**WITHOUT_REDIS))
    assert result.returncode != 0
    assert "core.E001" in result.stderr
    assert "REDIS_URL" in result.stderr and "PAGE_CACHE_SECONDS=0" in result.stderr


@pytest.mark.parametrize(
    "env", [{"REDIS_URL": "redis://127.0.0.1:6379/0"}, {"REDIS_URL": "", "PAGE_CACHE_SECONDS": "0"}]
)
def test_production_passes_with_redis_or_with_the_page_cache_off(env):
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **deployment(**env))
    assert result.returncode == 0, result.stderr + result.stdout


def test_production_started_anyway_runs_without_the_page_cache_and_logs_why():
    code = "from core.page_cache import enabled; print(enabled())"
    result = run_manage("shell", "-c", code, **deployment(**WITHOUT_REDIS))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "False"
    assert "Page cache off" in result.stderr and "REDIS_URL" in result.stderr


def _frontend_cache(**env):
    code = (
        "from django.conf import settings as s;"
        "print(sorted((k, v['BACKEND'].rsplit('.', 1)[1]) for k, v in s.WAGTAILFRONTENDCACHE.items()),"
        " s.FRONTEND_CACHE_SECONDS)"
    )
    environment = {"FRONTEND_CACHE_URL": "", "FRONTEND_CACHE_CLOUDFLARE_ZONE": "", **env}
    result = run_manage("shell", "-c", code, **deployment(**environment))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_no_cdn_is_purged_unless_configured():
    assert _frontend_cache() == "[] 300"


def test_a_cdn_is_configured_by_the_environment():
    configured = _frontend_cache(
        FRONTEND_CACHE_URL="http://127.0.0.1:6081",
        FRONTEND_CACHE_CLOUDFLARE_ZONE="zone-id",
        FRONTEND_CACHE_CLOUDFLARE_TOKEN="cf-token",
        FRONTEND_CACHE_SECONDS="60",
    )
    assert configured == "[('cloudflare', 'CloudflareBackend'), ('http', 'HTTPBackend')] 60"
