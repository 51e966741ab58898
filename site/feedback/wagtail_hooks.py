from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import PageFeedbackReportView


class PageFeedbackMenuItem(MenuItem):
    """Shown to editors who may read feedback (Editors and Moderators by default)."""

    def is_shown(self, request):
        return request.user.has_perm("feedback.view_pagefeedback")


@hooks.register("register_admin_urls")
def register_page_feedback_report():
    return [
        path("reports/page-feedback/", PageFeedbackReportView.as_view(), name="qapi_page_feedback"),
        path(
            "reports/page-feedback/results/",
            PageFeedbackReportView.as_view(results_only=True),
            name="qapi_page_feedback_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_page_feedback_menu_item():
    return PageFeedbackMenuItem(_("Page feedback"), reverse("qapi_page_feedback"), icon_name="comment", order=910)
