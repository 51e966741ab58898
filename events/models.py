"""Events the agency announces (Open Door Days, awareness events, mobile services) and the
sign-ups people make for them.

Event pages are Wagtail pages, translated field by field like every page. Sign-ups are
plain Django models: personal data with its own lifecycle (retention, anonymisation),
never part of the page tree, never in the page cache. The rules for taking a seat,
joining the waiting list and promoting from it live in ``events.services``.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.snippets.models import register_snippet

from core.blocks import BodyBlock
from core.i18n import ascii_slug
from core.models import BasePage
from core.translated import Translated

from .blocks import ProgrammeBlock, QuestionAnswerBlock

# --- vocabularies ---------------------------------------------------------------------


class EventKind(models.TextChoices):
    OPEN_DOOR_DAY = "open_door_day", _("Open Door Day")
    AWARENESS = "awareness", _("Awareness event")
    MOBILE_SERVICE = "mobile_service", _("Mobile service")
    OTHER = "other", _("Other event")


class EventStatus(models.TextChoices):
    """schema.org's eventStatus values, in the agency's words."""

    SCHEDULED = "scheduled", _("Scheduled")
    POSTPONED = "postponed", _("Postponed")
    RESCHEDULED = "rescheduled", _("Rescheduled")
    CANCELLED = "cancelled", _("Cancelled")
    MOVED_ONLINE = "moved_online", _("Moved online")


class ParticipantCategory(models.TextChoices):
    """Who signs up; each category asks only for what it needs (``CATEGORY_FIELDS``)."""

    CITIZEN = "citizen", _("Citizen of Azerbaijan")
    FOREIGNER = "foreigner", _("Foreign national")
    STATELESS = "stateless", _("Stateless person")
    STATE_BODY = "state_body", _("State body")
    PUBLIC_ORGANIZATION = "public_organization", _("Public organization")
    EMPLOYER = "employer", _("Employer or entrepreneur")
    MEDIA = "media", _("Media")


# The extra fields each category is asked for (never an identity-document number).
CATEGORY_FIELDS = {
    ParticipantCategory.CITIZEN: (),
    ParticipantCategory.FOREIGNER: ("citizenship",),
    ParticipantCategory.STATELESS: (),
    ParticipantCategory.STATE_BODY: ("organization", "position"),
    ParticipantCategory.PUBLIC_ORGANIZATION: ("organization", "position"),
    ParticipantCategory.EMPLOYER: ("organization", "position"),
    ParticipantCategory.MEDIA: ("outlet",),
}


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


# --- snippets -------------------------------------------------------------------------


@register_snippet
class Region(Translated, models.Model):
    """An economic region or city where events take place (Sumqayıt, Gəncə, Lənkəran…)."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, blank=True, allow_unicode=False)

    translated_title_field = "name"
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = ascii_slug(self.name_az or self.name)
        super().save(*args, **kwargs)


# --- pages ----------------------------------------------------------------------------


class EventIndexPage(RoutablePageMixin, BasePage):
    """The events section: upcoming first, then past; filters; iCalendar and RSS feeds."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the registration form's consent links to: what is collected and for how long."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("privacy_page")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    # The filters (events.forms.EventFilterForm) and pagination: cached per combination.
    page_cache_query_params = ("kind", "region", "month", "page")

    class Meta:
        verbose_name = _("events index")

    @path("")
    def index(self, request):
        from . import views

        return views.event_index(request, self)

    @path("feed/")
    def feed(self, request):
        from . import feeds

        return feeds.EventFeed(self)(request)

    @path("calendar/")
    def calendar_feed(self, request):
        from . import feeds

        return feeds.calendar_response(request, self)

    def events(self):
        return EventPage.objects.live().child_of(self).select_related("region")

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.events().filter(end__gte=now).order_by("start", "pk")

    def past(self, now=None):
        now = now or timezone.now()
        return self.events().filter(end__lt=now).order_by("-start", "-pk")


class EventPage(RoutablePageMixin, BasePage):
    """One event: when and where, the programme, who it is for, and how to sign up.

    The page itself is the same for every reader (served from the page cache); what
    changes by the minute (places left) and what is per reader (the form and its CSRF
    token) live on its routes ``availability/`` and ``register/``, never cached.
    """

    search_kind = pgettext_lazy("search result kind", "Event")

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices, default=EventKind.OPEN_DOOR_DAY)
    status = models.CharField(_("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    previous_start = models.DateTimeField(
        _("originally planned for"),
        null=True,
        blank=True,
        help_text=_("For a postponed or rescheduled event: when it was first planned."),
    )

    summary = models.TextField(_("summary"), max_length=600, help_text=_("One or two sentences for lists and sharing."))
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)

    region = models.ForeignKey(
        Region, verbose_name=_("region"), null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("address"), max_length=300, blank=True)
    map_url = models.URLField(_("map link"), blank=True, help_text=_("A link to the place on a map (not embedded)."))
    online_url = models.URLField(_("online address"), blank=True, help_text=_("Where to follow an online event."))

    programme = StreamField(ProgrammeBlock(), verbose_name=_("programme"), blank=True)
    participants = RichTextField(
        _("officials and partners taking part"), blank=True, features=["bold", "italic", "ul", "link"]
    )
    audience = models.TextField(_("who it is for"), blank=True, max_length=600)
    languages_spoken = models.CharField(_("languages spoken"), max_length=200, blank=True)
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    interpretation = models.CharField(
        _("interpretation"), max_length=200, blank=True, help_text=_("e.g. sign language, English and Russian.")
    )
    contact_phone = models.CharField(_("contact phone"), max_length=32, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    # Registration
    registration_enabled = models.BooleanField(_("take registrations"), default=True)
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit."),
        validators=[MaxValueValidator(100_000)],
    )
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        _("registration closes"), null=True, blank=True, help_text=_("Empty: when the event starts.")
    )
    waiting_list = models.BooleanField(_("waiting list when full"), default=True)
    reminder_days = models.PositiveSmallIntegerField(
        _("reminder, days before"),
        default=2,
        validators=[MaxValueValidator(30)],
        help_text=_("0: no reminder."),
    )

    # After the event
    report = RichTextField(_("report"), blank=True, help_text=_("What happened, written after the event."))
    questions = StreamField(QuestionAnswerBlock(), verbose_name=_("questions raised and answers"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("previous_start"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("map_url"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("programme"),
        FieldPanel("participants"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("languages_spoken"),
                FieldPanel("step_free_access"),
                FieldPanel("interpretation"),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
            ],
            heading=_("Who and how"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waiting_list")]),
                FieldRowPanel([FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]),
                FieldPanel("reminder_days"),
                InlinePanel("quotas", heading=_("Places per category"), label=_("Quota")),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [FieldPanel("report"), InlinePanel("photos", label=_("Photo")), FieldPanel("questions")],
            heading=_("After the event"),
        ),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    og_type = "website"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["start"]), models.Index(fields=["end"])]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        opens, closes = self.registration_opens_at, self.registration_closes_at
        if opens and closes and closes <= opens:
            errors["registration_closes_at"] = _("Registration must close after it opens.")
        if errors:
            raise ValidationError(errors)

    # --- registration window -------------------------------------------------------
    @property
    def registration_deadline(self) -> datetime.datetime | None:
        return self.registration_closes_at or self.start

    def registration_state(self, now=None) -> str:
        """``closed`` (off, cancelled, past or not yet open), ``not_open``, or ``open``."""
        now = now or timezone.now()
        if not self.registration_enabled or self.status == EventStatus.CANCELLED:
            return "closed"
        if self.registration_opens_at and now < self.registration_opens_at:
            return "not_open"
        if self.registration_deadline and now >= self.registration_deadline:
            return "closed"
        return "open"

    def search_date(self):
        return timezone.localtime(self.start).date() if self.start else None

    def get_meta_description(self):
        return self.search_description or self.summary

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    def quota_for(self, category) -> int | None:
        quota = next((q for q in self.quotas.all() if q.category == category), None)
        return quota.capacity if quota else None

    def get_structured_data(self, request=None):
        from .structured_data import event_structured_data

        return event_structured_data(self, super().get_structured_data(request), request)

    # --- routes (events.views) -----------------------------------------------------
    @path("register/")
    def register_route(self, request):
        from . import views

        return views.register(request, self)

    @path("register/done/")
    def registered_route(self, request):
        from . import views

        return views.registered(request, self)

    @path("availability/")
    def availability_route(self, request):
        from . import views

        return views.availability(request, self)

    @path("ics/")
    def ics_route(self, request):
        from . import views

        return views.ics_download(request, self)


class EventCategoryQuota(Orderable):
    """At most this many confirmed places for one category (the event's total still applies)."""

    event = ParentalKey(EventPage, related_name="quotas", on_delete=models.CASCADE)
    category = models.CharField(_("category"), max_length=30, choices=ParticipantCategory.choices)
    capacity = models.PositiveIntegerField(_("places"), validators=[MaxValueValidator(100_000)])

    panels = [FieldRowPanel([FieldPanel("category"), FieldPanel("capacity")])]

    class Meta(Orderable.Meta):
        verbose_name = _("places per category")
        constraints = [models.UniqueConstraint(fields=["event", "category"], name="one_quota_per_category")]


class EventPhoto(Orderable):
    event = ParentalKey(EventPage, related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(_("alternative text"), max_length=250)
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]


# --- sign-ups -------------------------------------------------------------------------


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=RegistrationStatus.CANCELLED)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waiting(self):
        return self.filter(status=RegistrationStatus.WAITING).order_by("waiting_position", "created_at", "pk")


class Registration(models.Model):
    """One person's sign-up for one event.

    Personal fields are blanked by ``purge_registrations`` after the retention period
    (``anonymised_at`` set); category, status and dates stay for the counts.
    """

    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    category = models.CharField(_("category"), max_length=30, choices=ParticipantCategory.choices)
    status = models.CharField(_("status"), max_length=20, choices=RegistrationStatus.choices)
    waiting_position = models.PositiveIntegerField(_("place on the waiting list"), null=True, blank=True)

    name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=254)
    email_normalized = models.CharField(max_length=254, editable=False)
    phone = models.CharField(_("phone"), max_length=32, blank=True, help_text=_("International format, e.g. +994…"))
    language = models.CharField(_("preferred language"), max_length=8, choices=settings.LANGUAGES)
    organization = models.CharField(_("organization"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    outlet = models.CharField(_("media outlet"), max_length=200, blank=True)
    citizenship = models.CharField(_("citizenship"), max_length=2, blank=True, help_text=_("ISO 3166 country code."))
    needs = models.TextField(_("accessibility or interpretation needs"), max_length=1000, blank=True)
    question = models.TextField(_("question for the Q&A"), max_length=1000, blank=True)
    consent_at = models.DateTimeField(_("consent given"))

    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    promoted_at = models.DateTimeField(_("moved from the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            # One sign-up per event and address: the database refuses a second one even
            # when two requests race past the form's check. Anonymised rows drop out.
            # A cancelled sign-up drops out too, so the person may sign up again.
            models.UniqueConstraint(
                fields=["event", "email_normalized"],
                condition=Q(anonymised_at__isnull=True) & ~Q(status="cancelled"),
                name="one_registration_per_event_and_email",
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "category"])]
        permissions = [("manage_registrations", "Can see and manage event registrations")]

    def __str__(self):
        return f"{self.name} ({self.get_category_display()})"

    @staticmethod
    def normalize_email(address: str) -> str:
        """The address as one person's key: trimmed, case-folded (local parts are case-insensitive in practice)."""
        return (address or "").strip().casefold()

    def save(self, *args, **kwargs):
        if self.anonymised_at is None:
            self.email_normalized = self.normalize_email(self.email)
        super().save(*args, **kwargs)


# --- organizers' side (events/settings_models.py: the retention period per site) -------
from .settings_models import RegistrationSettings  # noqa: E402, F401
