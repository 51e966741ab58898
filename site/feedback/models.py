"""What readers answer to "Was this page useful?": yes or no, and an optional comment.

Nothing that identifies a reader is kept: no address, no browser, no account, no
time of day (the date is enough for the report). ``forms.FeedbackForm`` also blanks
out e-mail addresses and long numbers a reader may type into the comment.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 500


def today() -> datetime.date:
    return timezone.localdate()


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="feedback"
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), blank=True, max_length=COMMENT_MAX_LENGTH)
    date = models.DateField(_("date"), default=today, db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.page_id} {self.language} {'+' if self.useful else '-'} {self.date}"
