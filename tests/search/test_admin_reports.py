"""Editors see what readers search for, per language and period, and can export it."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from search.models import SearchQueryDay


@pytest.fixture
def log(db):
    today = timezone.localdate()
    rows = [
        (0, "az", "aciq qapi", 7, 0),
        (1, "az", "aciq qapi", 3, 0),
        (2, "az", "viza", 4, 4),
        (0, "ru", "виза", 5, 1),
        (0, "en", "permit", 2, 0),
        (45, "az", "kohne sorgu", 50, 50),
    ]
    for days_ago, language, query, searches, failed in rows:
        SearchQueryDay.objects.create(
            day=today - datetime.timedelta(days=days_ago),
            language=language,
            query=query,
            searches=searches,
            searches_without_results=failed,
        )
    return today


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pass")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return user


def table(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [[td.get_text(strip=True) for td in tr.select("td")] for tr in html.select("table tbody tr")]


def test_most_frequent_queries_of_the_last_30_days(client, editor, log):
    rows = table(client, reverse("qapi_search_queries"))
    assert rows[:2] == [["aciq qapi", "az", "10", "0"], ["виза", "ru", "5", "1"]]
    assert "kohne sorgu" not in [r[0] for r in rows]  # older than 30 days


def test_filter_by_language_and_period(client, editor, log):
    assert table(client, reverse("qapi_search_queries"), language="ru") == [["виза", "ru", "5", "1"]]
    since = (log - datetime.timedelta(days=60)).isoformat()
    rows = table(client, reverse("qapi_search_queries"), day_from=since, day_to=log.isoformat())
    assert rows[0] == ["kohne sorgu", "az", "50", "50"]
    only_today = table(client, reverse("qapi_search_queries"), day_from=log.isoformat(), day_to=log.isoformat())
    assert ["aciq qapi", "az", "7", "0"] in only_today


def test_queries_without_results(client, editor, log):
    rows = table(client, reverse("qapi_search_queries_failed"))
    assert rows == [["viza", "az", "4", "4"], ["виза", "ru", "5", "1"]]


def test_export_as_csv(client, editor, log):
    response = client.get(reverse("qapi_search_queries"), {"export": "csv", "language": "az"})
    body = b"".join(response.streaming_content).decode()
    lines = body.strip().splitlines()
    assert lines[0] == "Query,Language,Searches,Searches without results"
    assert lines[1] == "aciq qapi,az,10,0"


def test_reports_are_for_editors_with_permission(client, django_user_model, log):
    user = django_user_model.objects.create_user("reader", "reader@example.com", "pass")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("qapi_search_queries")).status_code in (302, 403)
    group = Group.objects.create(name="Analysts")
    group.permissions.add(Permission.objects.get(codename="view_searchqueryday"))
    user.groups.add(group)
    assert client.get(reverse("qapi_search_queries")).status_code == 200
