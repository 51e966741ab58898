"""Monthly sums of the search log for the search-query report (search.report).

The months logged before this migration that are already closed are summed here (one
INSERT ... SELECT per month; the log is only read, readers' searches keep writing
today's rows); the report sums quarters and years from them the first time a period
needs them.
"""

import datetime

from django.db import migrations, models
from django.utils import timezone


def sum_closed_months(apps, schema_editor):
    Day = apps.get_model("search", "SearchQueryDay")
    Month = apps.get_model("search", "SearchQueryMonth")
    Summed = apps.get_model("search", "SearchQueryMonthSummed")
    closed = (timezone.localdate() - datetime.timedelta(days=1)).replace(day=1)
    first = Day.objects.filter(day__lt=closed).order_by("day").values_list("day", flat=True).first()
    if first is None:
        return
    quote = schema_editor.connection.ops.quote_name
    month = first.replace(day=1)
    while month < closed:
        following = (month + datetime.timedelta(days=32)).replace(day=1)
        Summed.objects.create(month=month, months=1)
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {quote(Month._meta.db_table)} (month, months, language, query, searches, searches_without_results)"
                f" SELECT %s, 1, language, query, SUM(searches), SUM(searches_without_results)"
                f" FROM {quote(Day._meta.db_table)} WHERE day >= %s AND day < %s GROUP BY language, query",
                [month, month, following],
            )
        month = following


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_search_any_object"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchQueryMonth",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("month", models.DateField()),
                ("months", models.PositiveSmallIntegerField(default=1)),
                ("language", models.CharField(max_length=8)),
                ("query", models.CharField(max_length=200)),
                ("searches", models.PositiveIntegerField(default=0)),
                ("searches_without_results", models.PositiveIntegerField(default=0)),
            ],
            options={
                "verbose_name": "search query",
                "verbose_name_plural": "search queries",
                "default_permissions": (),
                "constraints": [
                    models.UniqueConstraint(
                        fields=("months", "month", "language", "query"), name="one_row_per_query_month"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchQueryMonthSummed",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("month", models.DateField()),
                ("months", models.PositiveSmallIntegerField(default=1)),
                ("summed_at", models.DateTimeField(auto_now_add=True)),
            ],
            options={
                "default_permissions": (),
                "constraints": [models.UniqueConstraint(fields=("months", "month"), name="one_sum_per_period")],
            },
        ),
        migrations.RunPython(sum_closed_months, migrations.RunPython.noop),
    ]
