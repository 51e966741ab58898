"""Per-site settings of the organizers' side: how long registrants' personal data is kept.

Imported by ``events.models`` (its last line) so that Django finds the model; the rest of
``events.models`` belongs to the registration side.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from core.page_cache import empties_page_cache

DEFAULT_RETENTION_DAYS = 180


@register_setting(icon="lock")
class RegistrationSettings(BaseSiteSetting):
    """The retention period after which ``manage.py purge_registrations`` anonymises sign-ups."""

    retention_days = models.PositiveIntegerField(
        _("keep personal data for (days after the event)"),
        default=DEFAULT_RETENTION_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_(
            "After this many days from the end of an event, its registrants' names, contact details "
            "and answers are erased. The numbers per category and status are kept."
        ),
    )

    panels = [FieldPanel("retention_days")]

    class Meta:
        verbose_name = _("registration data")

    def __str__(self):
        return str(self._meta.verbose_name)


# No page shows this setting today, but every setting empties the page cache (the
# meta-tests hold the project to it; a privacy note may well quote the period), and it
# changes about once a year.
empties_page_cache("events.RegistrationSettings")
