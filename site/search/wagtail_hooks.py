from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from .admin_views import FailedSearchQueriesReportView, SearchQueriesReportView


@hooks.register("register_admin_urls")
def register_search_reports():
    return [
        path("reports/search-queries/", SearchQueriesReportView.as_view(), name="qapi_search_queries"),
        path(
            "reports/search-queries/results/",
            SearchQueriesReportView.as_view(results_only=True),
            name="qapi_search_queries_results",
        ),
        path(
            "reports/search-queries/without-results/",
            FailedSearchQueriesReportView.as_view(),
            name="qapi_search_queries_failed",
        ),
        path(
            "reports/search-queries/without-results/results/",
            FailedSearchQueriesReportView.as_view(results_only=True),
            name="qapi_search_queries_failed_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_queries_menu_item():
    return AdminOnlyMenuItem(_("Search queries"), reverse("qapi_search_queries"), icon_name="search", order=900)


@hooks.register("register_reports_menu_item")
def register_failed_search_queries_menu_item():
    return AdminOnlyMenuItem(
        _("Searches without results"), reverse("qapi_search_queries_failed"), icon_name="warning", order=901
    )
