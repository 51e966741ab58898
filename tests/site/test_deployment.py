"""Production settings pass Django's deployment checklist."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL"}}
    environment.update(env)
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def deployment(**env):
    """The environment a real deployment has (README, "Configuration"), with changes."""
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "qapi.example",
        "EMAIL_URL": "smtp+tls://qapi:mail-secret@smtp.qapi.example:587",
        "WAGTAILADMIN_BASE_URL": "https://qapi.example",
        "REDIS_URL": "redis://127.0.0.1:6379/0",  # the page cache needs a cache every worker shares
        **env,
    }


@pytest.mark.parametrize("env", [{}, {"PASSWORD_RESET_DISABLED": "true", "EMAIL_URL": "", "WAGTAILADMIN_BASE_URL": ""}])
def test_check_deploy_reports_nothing_with_production_settings(env):
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **deployment(**env))
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"EMAIL_URL": "", "WAGTAILADMIN_BASE_URL": ""}, ["EMAIL_URL", "WAGTAILADMIN_BASE_URL"]),
        ({"EMAIL_URL": ""}, ["EMAIL_URL"]),
        ({"EMAIL_URL": "dummymail://"}, ["EMAIL_URL"]),
        ({"EMAIL_URL": "consolemail://"}, ["EMAIL_URL"]),
        ({"EMAIL_URL": "memorymail://"}, ["EMAIL_URL"]),
        ({"EMAIL_URL": "filemail:///tmp/mail"}, ["EMAIL_URL"]),
        ({"EMAIL_URL": "consolemail://", "PASSWORD_RESET_DISABLED": "true"}, ["EMAIL_URL"]),
        ({"WAGTAILADMIN_BASE_URL": ""}, ["WAGTAILADMIN_BASE_URL"]),
        ({"WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8000"}, ["WAGTAILADMIN_BASE_URL"]),
        ({"WAGTAILADMIN_BASE_URL": "https://127.0.0.2"}, ["WAGTAILADMIN_BASE_URL"]),
        ({"WAGTAILADMIN_BASE_URL": "https://[::1]:8443"}, ["WAGTAILADMIN_BASE_URL"]),
        ({"WAGTAILADMIN_BASE_URL": "https://localhost"}, ["WAGTAILADMIN_BASE_URL"]),
        ({"WAGTAILADMIN_BASE_URL": "https://0.0.0.0"}, ["WAGTAILADMIN_BASE_URL"]),
        ({"WAGTAILADMIN_BASE_URL": "http://qapi.example"}, ["WAGTAILADMIN_BASE_URL"]),
    ],
)
def test_production_refuses_to_start_where_a_reset_link_could_leak(env, named):
    result = run_manage("check", **deployment(**env))
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    for name in named:
        assert name in result.stderr
    assert "mail-secret" not in result.stderr + result.stdout


def test_password_reset_is_on_with_real_mail_and_off_when_disabled():
    expression = "(s.EMAIL_BACKEND, s.WAGTAIL_PASSWORD_RESET_ENABLED)"
    assert _production_value(expression) == "('django.core.mail.backends.smtp.EmailBackend', True)"
    disabled = _production_value(expression, PASSWORD_RESET_DISABLED="true", EMAIL_URL="")
    assert disabled == "('django.core.mail.backends.dummy.EmailBackend', False)"


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="config.settings.production", ALLOWED_HOSTS="qapi.example")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_security_settings():
    env = deployment()
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SESSION_COOKIE_SECURE,"
        " s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_SECURE, s.SECURE_PROXY_SSL_HEADER, s.DEBUG)"
    )
    result = run_manage("shell", "-c", code, **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "31536000 True True True True ('HTTP_X_FORWARDED_PROTO', 'https') False"


def _production_value(expression, **env):
    environment = deployment(**env)
    code = f"from django.conf import settings as s; print(repr({expression}))"
    result = run_manage("shell", "-c", code, **environment)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_behind_the_documented_proxy_the_login_throttle_reads_x_forwarded_for():
    expression = "(s.AXES_IPWARE_META_PRECEDENCE_ORDER, s.AXES_IPWARE_PROXY_COUNT)"
    assert _production_value(expression) == "(('HTTP_X_FORWARDED_FOR', 'REMOTE_ADDR'), 0)"
    assert _production_value(expression, TRUSTED_PROXY_COUNT="2") == "(('HTTP_X_FORWARDED_FOR', 'REMOTE_ADDR'), 1)"
    # No proxy: the header is anybody's to write, so it is not read at all.
    assert _production_value(expression, SECURE_PROXY_SSL_HEADER="") == "(('REMOTE_ADDR',), None)"
    # And django-ipware is installed, without which django-axes reads REMOTE_ADDR whatever the settings.
    assert _production_value("__import__('axes.helpers').helpers.IPWARE_INSTALLED") == "True"
