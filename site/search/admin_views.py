"""Admin reports: what readers search for, and what they search for in vain."""

import datetime

import django_filters
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import SearchQueryDay
from .report import Totals


class SearchQueryFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All"))
    day = django_filters.DateFromToRangeFilter(label=_("Period"), widget=DateRangePickerWidget)

    class Meta:
        model = SearchQueryDay
        fields = ["language", "day"]


def _date(value):
    # As the day filter's lookup reads it (DateField: an aware datetime in the site's zone).
    return SearchQueryDay._meta.get_field("day").to_python(value)


def _value(key):
    return lambda row: row[key]


class SearchQueriesReportView(ReportView):
    """The most frequent queries per language over a chosen period (the last 30 days by default)."""

    page_title = _("Search queries")
    header_icon = "search"
    filterset_class = SearchQueryFilterSet
    index_url_name = "qapi_search_queries"
    index_results_url_name = "qapi_search_queries_results"
    permission_policy = ModelPermissionPolicy(SearchQueryDay)
    permission_required = "view"
    ordering_field = "-searches_total"
    list_export = ["query", "language", "searches_total", "without_results_total"]
    export_headings = {
        "query": _("Query"),
        "language": _("Language"),
        "searches_total": _("Searches"),
        "without_results_total": _("Searches without results"),
    }
    columns = [
        Column("query", label=_("Query"), accessor=_value("query")),
        Column("language", label=_("Language"), accessor=_value("language")),
        Column("searches_total", label=_("Searches"), accessor=_value("searches_total")),
        Column("without_results_total", label=_("Searches without results"), accessor=_value("without_results_total")),
    ]

    def get_filename(self):
        return f"search-queries-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return SearchQueryDay.objects.all()

    def filter_queryset(self, queryset):
        # The period and language the filters read, summed by search.report (whole
        # closed months from their monthly sums); without a period, the last 30 days.
        start, stop, language = None, None, None
        if not any(self.request.GET.get(key) for key in ("day_from", "day_to")):
            start = timezone.localdate() - datetime.timedelta(days=30)
        if self.filters and self.filters.is_valid():
            data = self.filters.form.cleaned_data
            language = data.get("language") or None
            period = data.get("day")
            if period:  # datetimes from DateRangeField: the day filter compares their dates
                start = _date(period.start) if period.start is not None else start
                stop = _date(period.stop)
        return self.aggregate(start=start, stop=stop, language=language)

    def aggregate(self, **period):
        return Totals(order=self.ordering_field.lstrip("-"), **period)

    def paginate_queryset(self, queryset, page_size):
        # The page and the number of rows in one query: the paginator would count first.
        number = self.request.GET.get(self.page_kwarg) or "1"
        if number.isascii() and number.isdigit() and len(number) < 10 and int(number) >= 1:
            queryset.prefetch((int(number) - 1) * page_size, page_size)
        return super().paginate_queryset(queryset, page_size)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Headings in the editor's language: the file is streamed after the request's
        # language is switched off, so translate them now.
        self.export_headings = {field: str(label) for field, label in self.export_headings.items()}
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        return {field: item[field] for field in self.list_export}


class FailedSearchQueriesReportView(SearchQueriesReportView):
    """Queries that found nothing: what the site is missing, or how readers spell it."""

    page_title = _("Searches without results")
    index_url_name = "qapi_search_queries_failed"
    index_results_url_name = "qapi_search_queries_failed_results"
    ordering_field = "-without_results_total"

    def get_filename(self):
        return f"searches-without-results-{datetime.date.today():%Y-%m-%d}"

    def aggregate(self, **period):
        return Totals(order=self.ordering_field.lstrip("-"), failed_only=True, **period)
