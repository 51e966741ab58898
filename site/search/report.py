"""Totals of the search log per language and query over a period, for the admin report.

A period is read as its whole closed months from ``SearchQueryMonth`` (summed once, as
calendar years, quarters and months) and its remaining days from ``SearchQueryDay``,
in one ``UNION ALL`` grouped by query and language: the year since today in
bench/admin.py (365 days x 3 languages x 300 queries = 328,500 day rows) is 3 quarters
and 2 months of sums (44,304 rows) plus 31 days (27,900 rows). The page of the listing
and the number of rows come from one query (``COUNT(*) OVER ()``).

A month is closed from the second day of the next month on (search logging writes
only today's row; the day of grace covers a search that started before midnight).
The report sums a closed period the first time a period needs it; the migration that
created the table summed the months logged before it.
"""

import datetime

from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from .models import SearchQueryDay, SearchQueryMonth, SearchQueryMonthSummed

_COLUMNS = "query, language, searches, searches_without_results"


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _first_of_month(day):
    return day.replace(day=1)


def _add_months(month, count):
    years, index = divmod(month.month - 1 + count, 12)
    return month.replace(year=month.year + years, month=index + 1, day=1)


def open_from(today=None):
    """The first day of the earliest month that is not closed yet."""
    today = today or timezone.localdate()
    return _first_of_month(today - datetime.timedelta(days=1))


def periods(first, end):
    """The calendar years, quarters and months that make up the months [first, end), largest first."""
    month = first
    while month < end:
        size = next(n for n in (12, 3, 1) if (month.month - 1) % n == 0 and _add_months(month, n) <= end)
        yield month, size
        month = _add_months(month, size)


def _holding(month):
    """The periods whose sums hold this month: itself, its quarter, its year."""
    return [(month, 1), (month.replace(month=(month.month - 1) // 3 * 3 + 1), 3), (month.replace(month=1), 12)]


def _matching(pairs):
    condition = Q(pk__in=[])
    for month, size in pairs:
        condition |= Q(month=month, months=size)
    return condition


def forget(days):
    """Drop the sums that hold these days (their day rows changed) in closed months."""
    closed = open_from()
    held = {period for day in days if day < closed for period in _holding(_first_of_month(day))}
    if not held:
        return
    with transaction.atomic():
        if SearchQueryMonthSummed.objects.filter(_matching(held)).delete()[0]:
            SearchQueryMonth.objects.filter(_matching(held)).delete()


def roll_up(month, size=1):
    """Sum a closed month (size 1) from its days, or a quarter (3) or year (12) from its parts, once."""
    if size not in (1, 3, 12) or month.day != 1 or (month.month - 1) % size:
        raise ValueError(f"{month} +{size} is not a calendar month, quarter or year")
    if _add_months(month, size) > open_from():
        raise ValueError(f"{month:%Y-%m} +{size} is not closed yet")
    if size == 1:
        source, part = _table(SearchQueryDay), "day"
        condition = ""
    else:
        part_size = 1 if size == 3 else 3
        summed = _summed(month, _add_months(month, size))
        for piece in [(_add_months(month, n), part_size) for n in range(0, size, part_size)]:
            if piece not in summed:
                roll_up(*piece)
        source, part = _table(SearchQueryMonth), "month"
        condition = f" AND months = {part_size}"
    try:
        with transaction.atomic():
            SearchQueryMonthSummed.objects.create(month=month, months=size)  # a second summing stops here
            with connection.cursor() as cursor:
                cursor.execute(
                    f"INSERT INTO {_table(SearchQueryMonth)} (month, months, {_COLUMNS})"  # noqa: S608 (table and column names; values are parameters)
                    f" SELECT %s, %s, query, language, SUM(searches), SUM(searches_without_results) FROM {source}"
                    f" WHERE {part} >= %s AND {part} < %s{condition} GROUP BY language, query",
                    [month, size, month, _add_months(month, size)],
                )
    except IntegrityError:
        pass  # summed by another request meanwhile


def _summed(first, end):
    done = SearchQueryMonthSummed.objects.filter(month__gte=first, month__lt=end).values_list("month", "months")
    return set(done)


def _sum_missing(first, end):
    """Sum the periods that make up [first, end) that are not summed yet; returns how many."""
    summed = _summed(first, end)
    missing = [period for period in periods(first, end) if period not in summed]
    for period in missing:
        roll_up(*period)
    return len(missing)


def roll_up_closed_months():
    """Sum every closed month (as years, quarters and months) that has no sums yet; returns how many periods."""
    closed = open_from()
    first = SearchQueryDay.objects.filter(day__lt=closed).order_by("day").values_list("day", flat=True).first()
    if first is None:
        return 0
    return _sum_missing(_first_of_month(first), closed)


class Totals:
    """The rows of the report, most searched first: a sequence that the paginator slices.

    Each row is a dict with ``query``, ``language``, ``searches_total`` and
    ``without_results_total``. ``start``/``stop`` are the first and last day
    (inclusive, ``None`` for open), ``language`` a language code or ``None``;
    ``order`` is ``searches_total`` or ``without_results_total``, and with
    ``failed_only`` only queries that found nothing at least once are listed.
    """

    model = SearchQueryDay
    ordered = True

    def __init__(self, *, start=None, stop=None, language=None, order="searches_total", failed_only=False):
        if order not in ("searches_total", "without_results_total"):
            raise ValueError(order)
        self.start, self.stop, self.language = start, stop, language
        self.order, self.failed_only = order, failed_only
        self._count = None
        self._pages = {}
        self._sql = None

    def _months(self):
        """[first, end) of the whole closed months inside the period, their sums made if need be."""
        start = self.start
        if start is None:
            start = SearchQueryDay.objects.order_by("day").values_list("day", flat=True).first()
            if start is None:
                return None
        first = start if start.day == 1 else _add_months(start, 1)
        end = open_from()
        if self.stop is not None:
            end = min(end, _first_of_month(self.stop + datetime.timedelta(days=1)))
        if first >= end:
            return None
        _sum_missing(first, end)
        return first, end

    def _days(self, start, stop):
        """SELECT of the day rows from start to stop (inclusive; None for open), one index range."""
        sql, params = f"SELECT {_COLUMNS} FROM {_table(SearchQueryDay)} WHERE 1 = 1", []  # noqa: S608 (table name)
        for condition, value in (("day >= %s", start), ("day <= %s", stop), ("language = %s", self.language)):
            if value:
                sql += f" AND {condition}"
                params.append(value)
        return sql, params

    def _source(self):
        if self._sql is None:
            months = self._months()
            if months:
                first, end = months
                before = self._days(self.start, first - datetime.timedelta(days=1))
                pairs = list(periods(first, end))
                summed = (
                    f"SELECT {_COLUMNS} FROM {_table(SearchQueryMonth)} WHERE ("  # noqa: S608 (table name)
                    + " OR ".join(["(months = %s AND month = %s)"] * len(pairs))
                    + ")",
                    [value for month, size in pairs for value in (size, month)],
                )
                if self.language:
                    summed = (summed[0] + " AND language = %s", [*summed[1], self.language])
                after = self._days(end, self.stop)
                parts = [before, summed, after]
            else:
                parts = [self._days(self.start, self.stop)]
            union = " UNION ALL ".join(sql for sql, _ in parts)
            having = " HAVING SUM(searches_without_results) > 0" if self.failed_only else ""
            self._sql = (
                "SELECT query, language, SUM(searches) AS searches_total,"  # noqa: S608 (parts built above)
                " SUM(searches_without_results) AS without_results_total"
                f" FROM ({union}) log GROUP BY query, language{having}",
                [param for _, params in parts for param in params],
            )
        return self._sql

    def _fetch(self, offset, limit):
        sql, params = self._source()
        sql = f"SELECT *, COUNT(*) OVER () FROM ({sql}) totals ORDER BY {self.order} DESC, query, language"  # noqa: S608 (table and column names; values are parameters)
        if limit is not None:
            sql += " LIMIT %s OFFSET %s"
            params = [*params, limit, offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if rows:
            self._count = rows[0][-1]
        elif offset == 0:
            self._count = 0
        keys = ("query", "language", "searches_total", "without_results_total")
        return [dict(zip(keys, row[:4], strict=False)) for row in rows]

    def prefetch(self, offset, limit):
        """Fetch one page and the number of rows in one query (the paginator then asks neither)."""
        self._pages[offset] = (limit, self._fetch(offset, limit))

    def count(self):
        if self._count is None:
            sql, params = self._source()
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT COUNT(*) FROM ({sql}) totals", params)  # noqa: S608 (table and column names; values are parameters)
                self._count = cursor.fetchone()[0]
        return self._count

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.step is not None:
            raise TypeError("Totals are read a page (a slice) at a time")
        start = index.start or 0
        limit = None if index.stop is None else max(index.stop - start, 0)
        fetched, rows = self._pages.get(start, (0, None))
        if rows is None or (fetched is not None and (limit is None or limit > fetched) and len(rows) == fetched):
            rows = self._fetch(start, limit)
            self._pages[start] = (limit, rows)
        return rows if limit is None else rows[:limit]

    def __iter__(self):
        return iter(self[0:None])
