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


# A year of logs: whole closed months are read from their monthly sums (search.report),
# the days at the period's edges from the day rows; the figures must be the days' sums.

import random  # noqa: E402

import factory  # noqa: E402

from search import report  # noqa: E402
from search.models import SearchQueryMonth, SearchQueryMonthSummed  # noqa: E402

# Wagtail's "There are N matches" above the table, in the editor's language (core.admin_locale).
MATCHES = {"az": "uyğun nəticə var", "en": "matches", "ru": "Найдено"}
HEADINGS = {
    "az": ["Sorğu", "Dil", "Axtarışlar", "Nəticəsiz axtarışlar"],
    "en": ["Query", "Language", "Searches", "Searches without results"],
    "ru": ["Запрос", "Язык", "Число поисков", "Запросы без результатов"],
}


class SearchQueryDayFactory(factory.django.DjangoModelFactory):
    day = factory.LazyFunction(timezone.localdate)
    language = "az"
    query = factory.Sequence(lambda n: f"sorğu {n}")
    searches = 1
    searches_without_results = 0

    class Meta:
        model = SearchQueryDay


def a_year_of_logs(days=400):
    """Rows on every day of more than a year: some queries daily, some now and then."""
    rng = random.Random(13)
    today = timezone.localdate()
    queries = [("az", "viza"), ("az", "icazə"), ("en", "visa"), ("ru", "виза"), ("ru", "паспорт"), ("en", "permit")]
    rows = []
    for back in range(days):
        for language, query in queries:
            if query in ("паспорт", "permit") and rng.random() < 0.7:
                continue
            rows.append(
                SearchQueryDayFactory.build(
                    day=today - datetime.timedelta(days=back),
                    language=language,
                    query=query,
                    searches=rng.randint(1, 30),
                    searches_without_results=rng.randint(0, 2) if query != "viza" else 0,
                )
            )
    SearchQueryDay.objects.bulk_create(rows)  # as imported logs: no signal


def sums(start, stop=None, language=None):
    totals = {}
    rows = SearchQueryDay.objects.filter(day__gte=start, **({"day__lte": stop} if stop else {}))
    for row in rows.filter(**({"language": language} if language else {})):
        searches, failed = totals.get((row.query, row.language), (0, 0))
        totals[(row.query, row.language)] = (searches + row.searches, failed + row.searches_without_results)
    return totals


def as_table(totals, failed_only=False, order=0):
    rows = [[q, lang, str(s), str(f)] for (q, lang), (s, f) in totals.items() if f or not failed_only]
    return sorted(rows, key=lambda r: (-int(r[2 + order]), r[0], r[1]))


def report_table(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    headings = [th.get_text(" ", strip=True) for th in html.select("table thead th")]
    rows = [
        [td.get_text(strip=True).replace("\xa0", "") for td in tr.select("td")] for tr in html.select("table tbody tr")
    ]
    return headings, rows


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_a_year_is_the_sum_of_its_days(client, editor, lang):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = lang
    profile.save()
    a_year_of_logs()
    today = timezone.localdate()
    year_ago = today - datetime.timedelta(days=364)
    headings, rows = report_table(client, reverse("qapi_search_queries"), day_from=year_ago.isoformat())
    assert headings == HEADINGS[lang]
    page = client.get(reverse("qapi_search_queries"), {"day_from": year_ago.isoformat()}).content.decode()
    assert MATCHES[lang] in page and (lang == "en" or "There are" not in page)
    assert rows == as_table(sums(year_ago))
    # The closed months of the year were read from their sums, made by this first report.
    closed = report.open_from()
    assert SearchQueryMonthSummed.objects.filter(month__gte=year_ago, month__lt=closed).exists()
    assert (
        SearchQueryMonth.objects.filter(month__gte=year_ago).count()
        < SearchQueryDay.objects.filter(day__gte=year_ago, day__lt=closed).count()
    )
    # Again, from the sums; per language; a period with both ends; without results.
    assert report_table(client, reverse("qapi_search_queries"), day_from=year_ago.isoformat())[1] == rows
    _, ru_rows = report_table(client, reverse("qapi_search_queries"), day_from=year_ago.isoformat(), language="ru")
    assert ru_rows == as_table(sums(year_ago, language="ru"))
    since, until = today - datetime.timedelta(days=390), today - datetime.timedelta(days=40)
    _, rows = report_table(client, reverse("qapi_search_queries"), day_from=since.isoformat(), day_to=until.isoformat())
    assert rows == as_table(sums(since, until))
    _, failed = report_table(client, reverse("qapi_search_queries_failed"), day_from=year_ago.isoformat())
    assert failed == as_table(sums(year_ago), failed_only=True, order=1)
    assert "viza" not in [row[0] for row in failed]  # never failed
    # Only an end: everything logged up to it.
    _, rows = report_table(client, reverse("qapi_search_queries"), day_to=until.isoformat())
    assert rows == as_table(sums(today - datetime.timedelta(days=400), until))


def test_the_year_exported_is_the_sum_of_its_days(client, editor):
    a_year_of_logs()
    year_ago = timezone.localdate() - datetime.timedelta(days=364)
    client.get(reverse("qapi_search_queries"), {"day_from": year_ago.isoformat()})  # the months summed
    response = client.get(reverse("qapi_search_queries"), {"export": "csv", "day_from": year_ago.isoformat()})
    lines = b"".join(response.streaming_content).decode().strip().splitlines()
    assert lines[0] == "Query,Language,Searches,Searches without results"
    assert [line.split(",") for line in lines[1:]] == as_table(sums(year_ago))


def test_a_changed_day_of_a_summed_month_changes_the_year(client, editor):
    a_year_of_logs()
    year_ago = timezone.localdate() - datetime.timedelta(days=364)
    url = reverse("qapi_search_queries")
    report_table(client, url, day_from=year_ago.isoformat())
    old_day = report.open_from() - datetime.timedelta(days=40)  # in a summed month
    assert SearchQueryMonthSummed.objects.filter(month=old_day.replace(day=1)).exists()
    SearchQueryDayFactory(day=old_day, language="en", query="residence", searches=90000, searches_without_results=7)
    _, rows = report_table(client, url, day_from=year_ago.isoformat())
    assert rows[0] == ["residence", "en", "90000", "7"]
    assert rows == as_table(sums(year_ago))
    SearchQueryDay.objects.filter(query="viza", day=old_day).delete()
    _, rows = report_table(client, url, day_from=year_ago.isoformat())
    assert rows == as_table(sums(year_ago))
    # Logs written in bulk into a summed month: the writer forgets that month's sums.
    SearchQueryDay.objects.bulk_create([SearchQueryDayFactory.build(day=old_day, query="bulk", searches=99000)])
    report.forget([old_day])
    assert report_table(client, url, day_from=year_ago.isoformat())[1][0] == ["bulk", "az", "99000", "0"]


def test_pages_of_the_report(client, editor):
    today = timezone.localdate()
    SearchQueryDay.objects.bulk_create(
        [
            SearchQueryDayFactory.build(query=f"q{n:02}", searches=100 - n, day=today - datetime.timedelta(days=n))
            for n in range(60)
        ]
    )
    url = reverse("qapi_search_queries")
    since = (today - datetime.timedelta(days=59)).isoformat()
    first = report_table(client, url, day_from=since)[1]
    second = report_table(client, url, day_from=since, p=2)[1]
    assert [row[0] for row in first] == [f"q{n:02}" for n in range(50)]
    assert [row[0] for row in second] == [f"q{n:02}" for n in range(50, 60)]
    assert report_table(client, url, day_from=since, p=9)[1] == second  # past the end: the last page
    for page in ("0", "x", "-1", "99999999999999999999", "²"):
        assert report_table(client, url, day_from=since, p=page)[1] in (first, second)


def test_a_month_is_summed_once_it_has_closed(db):
    today = timezone.localdate()
    assert report.open_from(datetime.date(2026, 12, 1)) == datetime.date(2026, 11, 1)  # a day of grace
    assert report.open_from(datetime.date(2026, 12, 2)) == datetime.date(2026, 12, 1)
    with pytest.raises(ValueError, match="not closed"):
        report.roll_up(report.open_from())
    with pytest.raises(ValueError, match="not a calendar"):
        report.roll_up(datetime.date(2024, 2, 1), 3)
    SearchQueryDayFactory(day=today, query="today")
    SearchQueryDayFactory(day=today - datetime.timedelta(days=70), query="old", searches=3)
    SearchQueryDayFactory(day=today - datetime.timedelta(days=71), query="old", searches=4)
    assert report.roll_up_closed_months() >= 2
    assert report.roll_up_closed_months() == 0
    assert SearchQueryMonth.objects.get(query="old", months=1).searches == 7
    assert not SearchQueryMonth.objects.filter(query="today").exists()


def test_periods_are_summed_as_years_quarters_and_months(db):
    def month(text):
        return datetime.date.fromisoformat(f"{text}-01")

    assert list(report.periods(month("2025-11"), month("2027-03"))) == [
        (month("2025-11"), 1),
        (month("2025-12"), 1),
        (month("2026-01"), 12),
        (month("2027-01"), 1),
        (month("2027-02"), 1),
    ]
    assert list(report.periods(month("2026-01"), month("2026-12"))) == [
        (month("2026-01"), 3),
        (month("2026-04"), 3),
        (month("2026-07"), 3),
        (month("2026-10"), 1),
        (month("2026-11"), 1),
    ]
    # A year summed from its quarters, they from their months, they from the days.
    for day, searches in (("2024-02-10", 2), ("2024-02-11", 3), ("2024-08-01", 5), ("2024-12-31", 7)):
        SearchQueryDayFactory(day=datetime.date.fromisoformat(day), query="viza", searches=searches)
    report.roll_up(month("2024-01"), 12)
    assert SearchQueryMonth.objects.get(query="viza", months=12).searches == 17
    assert SearchQueryMonth.objects.get(query="viza", months=3, month=month("2024-01")).searches == 5
    assert SearchQueryMonth.objects.get(query="viza", months=1, month=month("2024-02")).searches == 5
    # A day changed in February drops February, the first quarter and the year, not August.
    SearchQueryDayFactory(day=datetime.date(2024, 2, 12), query="icazə")
    left = set(SearchQueryMonthSummed.objects.values_list("month", "months"))
    assert (month("2024-02"), 1) not in left and (month("2024-01"), 3) not in left
    assert (month("2024-01"), 12) not in left and (month("2024-08"), 1) in left
    assert not SearchQueryMonth.objects.filter(months=12).exists()
