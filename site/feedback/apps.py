from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    """Readers' answers to "Was this page useful?", with no personal data, read by editors in the admin.

    Pages never show feedback, so nothing here empties the page cache.
    """

    name = "feedback"
    verbose_name = _("Page feedback")
