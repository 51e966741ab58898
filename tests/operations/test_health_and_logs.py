"""/healthz/ (liveness), /readyz/ (database, cache, search: 200 or 503) and JSON log lines
with a request id and no personal data."""

import io
import json
import logging

import pytest
from django.db import connections
from django.urls import reverse

from operations import health, logs

pytestmark = pytest.mark.django_db


def test_liveness(client):
    response = client.get("/healthz/")
    assert response.status_code == 200


def test_ready_when_everything_answers(client, home):
    response = client.get("/readyz/")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "cache": "ok", "search": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def broken(*args, **kwargs):
    raise ConnectionError("redis://:s3cret@10.0.0.5:6379 refused")


@pytest.mark.parametrize("check", ["database", "cache", "search"])
def test_unavailable_when_one_does_not(client, monkeypatch, check, caplog):
    monkeypatch.setitem(health.CHECKS, check, broken)
    response = client.get("/readyz/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable" and body["checks"][check] == "unavailable"
    assert [v for k, v in body["checks"].items() if k != check] == ["ok", "ok"]
    # The error's text (a password in a URL) goes neither to the answer nor to the log.
    assert "s3cret" not in response.content.decode() and "s3cret" not in caplog.text


def test_the_search_check_goes_through_the_configured_backend(monkeypatch):
    seen = []

    class Backend:
        def search(self, query, model_or_queryset):
            seen.append(query)
            return []

    monkeypatch.setattr(health, "get_search_backend", lambda: Backend())
    health.check_search()
    assert seen == ["qapi"]


def test_the_database_check_really_queries(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("down")

    monkeypatch.setattr(connections["default"], "cursor", refuse)
    with pytest.raises(OSError):
        health.check_database()


@pytest.fixture
def json_log():
    """The production LOGGING with LOG_FORMAT=json, writing to a buffer."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.JsonFormatter())
    handler.addFilter(logs.RequestIdFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = logs.request_logger.level
    logs.request_logger.setLevel(logging.INFO)
    yield stream
    root.removeHandler(handler)
    logs.request_logger.setLevel(old_level)


def lines(stream):
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


def test_each_request_line_is_json_with_its_id_and_nothing_personal(client, home, json_log, settings):
    settings.LOG_REQUESTS = True
    response = client.get(
        "/az/search/?q=Aysel+M%C9%99mm%C9%99dova",
        HTTP_X_REQUEST_ID="abc123def456",
        REMOTE_ADDR="203.0.113.7",
        HTTP_COOKIE="sessionid=secret-session",
    )
    assert response["X-Request-ID"] == "abc123def456"
    [line] = [entry for entry in lines(json_log) if entry["logger"] == "qapi.request"]
    assert line["request_id"] == "abc123def456"
    assert line["path"] == "/az/search/" and line["status"] == response.status_code and line["method"] == "GET"
    text = json_log.getvalue()
    for personal in ("Aysel", "203.0.113.7", "secret-session", "q="):
        assert personal not in text


def test_a_made_up_request_id_is_replaced(client, home):
    response = client.get("/healthz/", HTTP_X_REQUEST_ID="<script>alert(1)</script>")
    assert len(response["X-Request-ID"]) == 32 and response["X-Request-ID"].isalnum()


def test_errors_carry_the_request_id_and_no_request_attributes(json_log):
    token = logs.request_id_var.set("req-00000001")
    try:
        try:
            raise ValueError("boom")
        except ValueError:
            logging.getLogger("django.request").error(
                "Internal Server Error: %s", "/az/", exc_info=True, extra={"status_code": 500, "request": object()}
            )
    finally:
        logs.request_id_var.reset(token)
    [line] = lines(json_log)
    assert line["request_id"] == "req-00000001" and line["level"] == "ERROR"
    assert "ValueError: boom" in line["exception"]
    assert "request" not in line and "status_code" not in line


def test_log_format_json_switches_the_formatter():
    config = logs.logging_config("json", "INFO", True)
    assert config["handlers"]["console"]["formatter"] == "json"
    assert config["loggers"]["qapi.request"]["level"] == "INFO"
    assert logs.logging_config("plain", "WARNING", False)["handlers"]["console"]["formatter"] == "plain"


def test_readyz_is_outside_the_language_prefix():
    assert reverse("readyz") == "/readyz/"
