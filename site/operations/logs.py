"""Logs as JSON lines (``LOG_FORMAT=json``), each with the request's id; no personal data.

``RequestIdMiddleware`` (first in ``MIDDLEWARE``) takes the id the proxy sent in
``X-Request-ID`` (nginx: ``$request_id``) when it looks like one, or makes one, answers
with it in ``X-Request-ID``, and keeps it in a context variable that ``RequestIdFilter``
adds to every record logged while the request runs. With ``LOG_REQUESTS`` it logs one line
per request: method, path without the query string (searches and tokens stay out), status
and duration. No address, user name, e-mail, cookie or query string is written: the
formatter writes only the fields named below, never a record's other attributes (Django
attaches the whole request to some records).
"""

import contextvars
import datetime
import json
import logging
import re
import time
import traceback
import uuid

from django.conf import settings

request_id_var = contextvars.ContextVar("request_id", default="-")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
EXTRA_FIELDS = ("method", "path", "status", "duration_ms", "check")

request_logger = logging.getLogger("qapi.request")


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, tz=datetime.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", request_id_var.get()),
        }
        for field in EXTRA_FIELDS:
            if hasattr(record, field):
                entry[field] = getattr(record, field)
        if record.exc_info:
            entry["exception"] = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        return json.dumps(entry, ensure_ascii=False, default=str)


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = incoming if REQUEST_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = request_id_var.set(request_id)
        started = time.monotonic()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request_id
            if getattr(settings, "LOG_REQUESTS", False):
                request_logger.info(
                    "%s %s %s",
                    request.method,
                    request.path,
                    response.status_code,
                    extra={
                        "method": request.method,
                        "path": request.path,
                        "status": response.status_code,
                        "duration_ms": round((time.monotonic() - started) * 1000, 1),
                    },
                )
            return response
        finally:
            request_id_var.reset(token)


def logging_config(log_format: str, level: str, log_requests: bool) -> dict:
    """Django's LOGGING: plain lines, or JSON lines with ``log_format="json"``."""
    handler = {"class": "logging.StreamHandler", "filters": ["request_id"]}
    if log_format == "json":
        handler["formatter"] = "json"
    else:
        handler["formatter"] = "plain"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "operations.logs.RequestIdFilter"}},
        "formatters": {
            "json": {"()": "operations.logs.JsonFormatter"},
            "plain": {"format": "%(levelname)s %(name)s [%(request_id)s] %(message)s"},
        },
        "handlers": {"console": handler},
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "qapi.request": {"level": "INFO" if log_requests else "WARNING"},
        },
    }
