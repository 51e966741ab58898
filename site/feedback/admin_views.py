"""The admin report editors read: readers' answers by page and period, exportable to CSV and XLSX."""

import datetime

import django_filters
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from .models import PageFeedback

DEFAULT_DAYS = 90


def _pages_with_feedback(request):
    return Page.objects.filter(pk__in=PageFeedback.objects.values("page_id")).order_by("path")


class PageFeedbackFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(label=_("Page"), queryset=_pages_with_feedback, empty_label=_("All"))
    date = django_filters.DateFromToRangeFilter(label=_("Period"), widget=DateRangePickerWidget)
    useful = django_filters.BooleanFilter(label=_("Useful"))
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All"))

    class Meta:
        model = PageFeedback
        fields = ["page", "date", "useful", "language"]


def _yes_no(item):
    return _("Yes") if item.useful else _("No")


class PageFeedbackReportView(ReportView):
    """Every answer, newest first (the last 90 days unless a period is chosen)."""

    page_title = _("Page feedback")
    header_icon = "comment"
    filterset_class = PageFeedbackFilterSet
    index_url_name = "qapi_page_feedback"
    index_results_url_name = "qapi_page_feedback_results"
    permission_policy = ModelPermissionPolicy(PageFeedback)
    permission_required = "view"
    list_export = ["date", "page", "page_url", "language", "useful", "comment"]
    export_headings = {
        "date": _("Date"),
        "page": _("Page"),
        "page_url": _("Address"),
        "language": _("Language"),
        "useful": _("Useful"),
        "comment": _("Comment"),
    }
    columns = [
        DateColumn("date", label=_("Date")),
        TitleColumn(
            "page",
            label=_("Page"),
            accessor=lambda item: item.page.get_admin_display_title(),
            get_url=lambda item: item.page.get_url() or None,
        ),
        Column("language", label=_("Language"), accessor="get_language_display"),
        Column("useful", label=_("Useful"), accessor=_yes_no),
        Column("comment", label=_("Comment")),
    ]

    def get_filename(self):
        return f"page-feedback-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return PageFeedback.objects.select_related("page").order_by("-date", "-pk")

    def filter_queryset(self, queryset):
        if not any(self.request.GET.get(key) for key in ("date_from", "date_to")):
            queryset = queryset.filter(date__gte=timezone.localdate() - datetime.timedelta(days=DEFAULT_DAYS))
        return super().filter_queryset(queryset)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Headings in the editor's language: the file is streamed after the request's
        # language is switched off, so translate them now.
        self.export_headings = {field: str(label) for field, label in self.export_headings.items()}
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        return {
            "date": item.date,
            "page": item.page.get_admin_display_title(),
            "page_url": item.page.get_full_url() or "",
            "language": item.language,
            "useful": str(_yes_no(item)),
            "comment": item.comment,
        }
