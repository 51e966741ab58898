"""Outreach: checkpoint leaflets, the e-services catalogue and the regional migration departments.

Three sections under the home page, each an index page with its pages:

- **Leaflets** (``LeafletIndexPage`` → ``LeafletPage``): what a foreigner who has just
  crossed the border needs, handed out at ``Checkpoint``\\s, with a "valid as of" date,
  dated change notes, a permanent short address (``/l/<code>/``, ``outreach.views``), a
  QR code and a PDF per language made from the same page (``outreach.pdf``).
- **E-services** (``EServiceIndexPage`` → ``EServicePage``): who may use each one, what it
  needs, and a start button to the e-government portal; filters by audience and life event.
- **Departments** (``DepartmentIndexPage`` → ``DepartmentPage``): the regional migration
  departments, Nakhchivan and the headquarters, with reception hours and the districts
  each one serves ("Which office serves me?", ``outreach.districts``).

Visa purposes (Migration Code, Article 24.5) and the duties of foreigners (Article 76.3)
are snippets that leaflets and pages show, written once.
"""

import secrets
from urllib.parse import urlsplit

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.snippets.models import register_snippet

from core.i18n import current_language, language_name
from core.models import BasePage
from core.translated import Translated
from search.registry import searchable

# --- vocabularies ---------------------------------------------------------------------


class Region(models.TextChoices):
    """Azerbaijan's economic regions (2021), by which checkpoints and departments are filtered."""

    BAKU = "baku", _("Baku")
    ABSHERON_KHIZI = "absheron-khizi", _("Absheron-Khizi")
    NAKHCHIVAN = "nakhchivan", _("Nakhchivan")
    GANJA_DASHKASAN = "ganja-dashkasan", _("Ganja-Dashkasan")
    GAZAKH_TOVUZ = "gazakh-tovuz", _("Gazakh-Tovuz")
    SHAKI_ZAGATALA = "shaki-zagatala", _("Shaki-Zagatala")
    GUBA_KHACHMAZ = "guba-khachmaz", _("Guba-Khachmaz")
    LANKARAN_ASTARA = "lankaran-astara", _("Lankaran-Astara")
    CENTRAL_ARAN = "central-aran", _("Central Aran")
    SHIRVAN_SALYAN = "shirvan-salyan", _("Shirvan-Salyan")
    MOUNTAINOUS_SHIRVAN = "mountainous-shirvan", _("Mountainous Shirvan")
    MIL_MUGAN = "mil-mugan", _("Mil-Mugan")
    KARABAKH = "karabakh", _("Karabakh")
    EAST_ZANGEZUR = "east-zangezur", _("East Zangezur")


class CheckpointKind(models.TextChoices):
    AIR = "air", _("Airport")
    LAND = "land", _("Road crossing")
    SEA = "sea", _("Sea port")
    RAIL = "rail", _("Railway crossing")


class Audience(models.TextChoices):
    """Who may use an e-service (the fields ``for_<value>`` of ``EServicePage``)."""

    CITIZEN = "citizen", _("Citizens of Azerbaijan")
    FOREIGNER = "foreigner", _("Foreigners")
    STATELESS = "stateless", _("Stateless persons")
    EMPLOYER = "employer", _("Employers")


class LifeEvent(models.TextChoices):
    ARRIVING = "arriving", _("Arriving in Azerbaijan")
    STAYING = "staying", _("Staying longer")
    WORKING = "working", _("Working")
    RESIDENCE = "residence", _("Living here (residence permits)")
    CITIZENSHIP = "citizenship", _("Citizenship")


class Weekday(models.IntegerChoices):
    MONDAY = 1, _("Monday")
    TUESDAY = 2, _("Tuesday")
    WEDNESDAY = 3, _("Wednesday")
    THURSDAY = 4, _("Thursday")
    FRIDAY = 5, _("Friday")
    SATURDAY = 6, _("Saturday")
    SUNDAY = 7, _("Sunday")


SCHEMA_DAYS = {1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday"}


class ReceptionAudience(models.TextChoices):
    CITIZENS = "citizens", _("Citizens")
    FOREIGNERS = "foreigners", _("Foreigners and stateless persons")


# --- snippets -------------------------------------------------------------------------


@searchable
@register_snippet
class Checkpoint(Translated, models.Model):
    """A border checkpoint where leaflets are handed out (an airport, a road, a port, a railway)."""

    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(_("kind"), max_length=10, choices=CheckpointKind.choices)
    region = models.CharField(_("region"), max_length=30, choices=Region.choices)
    address = models.CharField(_("address"), max_length=300, blank=True)

    translated_title_field = "name"
    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("kind"), FieldPanel("region")]), FieldPanel("address")]

    class Meta:
        verbose_name = _("checkpoint")
        verbose_name_plural = _("checkpoints")
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name

    def url_in(self, lang, request=None):
        """On the leaflets page, at the checkpoint's row."""
        index = LeafletIndexPage.objects.live().first()
        if index is None:
            return ""
        base = index.url_in(lang, request)
        return f"{base}#checkpoint-{self.pk}" if base else ""

    def get_search_text(self, language):
        return f"{self.get_kind_display()} {self.get_region_display()}"


@register_snippet
class VisaPurpose(Translated, Orderable):
    """One purpose a visa may be issued for (Migration Code, Article 24.5)."""

    name = models.CharField(_("purpose"), max_length=120)
    description = models.TextField(_("what it covers"), max_length=600, blank=True)
    article = models.CharField(_("article"), max_length=20, default="24.5", help_text=_("e.g. 24.5"))

    translated_title_field = "name"
    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("visa purpose")
        verbose_name_plural = _("visa purposes")

    def __str__(self):
        return self.name


@register_snippet
class ForeignerDuty(Translated, Orderable):
    """One duty of foreigners and stateless persons in Azerbaijan (Migration Code, Article 76.3)."""

    text = models.CharField(_("duty"), max_length=400)
    article = models.CharField(_("article"), max_length=20, default="76.3", help_text=_("e.g. 76.3"))

    translated_title_field = "text"
    panels = [FieldPanel("text"), FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("duty of foreigners")
        verbose_name_plural = _("duties of foreigners")

    def __str__(self):
        return self.text


# --- leaflets -------------------------------------------------------------------------


class LeafletIndexPage(BasePage):
    """The leaflets, the visa purposes and duties of foreigners they show, and the checkpoints
    that hand them out, filterable by kind and region."""

    fragment_cache = True  # its markup depends only on its content (core.models.BasePage)

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["outreach.LeafletPage"]
    page_cache_query_params = ("kind", "region")

    class Meta:
        verbose_name = _("leaflets index")

    def leaflets(self):
        return LeafletPage.objects.live().child_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from .forms import CheckpointFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = CheckpointFilterForm(request.GET or None)
        checkpoints = Checkpoint.objects.all()
        if form.is_valid():
            checkpoints = form.filter(checkpoints)
        leaflets = list(self.leaflets().prefetch_related("checkpoints"))
        by_checkpoint = {}
        for leaflet in leaflets:
            for checkpoint in leaflet.checkpoints.all():
                by_checkpoint.setdefault(checkpoint.pk, []).append(leaflet)
        rows = [(checkpoint, by_checkpoint.get(checkpoint.pk, [])) for checkpoint in checkpoints]
        # The same snippet rows the leaflets show; other pages (the legal information page)
        # link here instead of copying them.
        context.update(
            form=form,
            leaflets=leaflets,
            checkpoint_rows=rows,
            visa_purposes=VisaPurpose.objects.all(),
            duties=ForeignerDuty.objects.all(),
        )
        return context


def new_leaflet_code() -> str:
    """Six characters from an alphabet without look-alikes (no 0/o, 1/l/i): easy to type from paper."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "".join(secrets.choice(alphabet) for _ in range(6))


class LeafletPage(RoutablePageMixin, BasePage):
    """A leaflet for people who have just crossed the border, in plain words.

    The page is light (its own small layout and stylesheet, readable offline once
    visited), and the same page printed or made into a PDF (``pdf/``) is the leaflet
    handed out. ``code`` is its permanent short address, printed as a QR code.
    """

    code = models.SlugField(
        _("short code"),
        max_length=12,
        unique=True,
        blank=True,
        help_text=_("The permanent short address /l/<code>/ printed on the leaflet. Made for you when empty."),
    )
    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences: who it is for."))
    audience = models.CharField(_("who it is for"), max_length=300)
    valid_as_of = models.DateField(_("valid as of"))
    checkpoints = ParentalManyToManyField(Checkpoint, verbose_name=_("handed out at"), blank=True)
    registration = RichTextField(_("registration at place of stay"), features=["bold", "italic", "ul", "ol", "link"])
    stay = RichTextField(_("how long you may stay"), features=["bold", "italic", "ul", "ol", "link"])
    where_to_ask = RichTextField(_("where to ask"), features=["bold", "italic", "ul", "ol", "link"], blank=True)
    emergency = RichTextField(_("emergency numbers"), features=["bold", "italic", "ul", "link"], blank=True)
    show_visa_purposes = models.BooleanField(_("show the visa purposes"), default=True)
    show_duties = models.BooleanField(_("show the duties of foreigners"), default=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("audience"), FieldPanel("valid_as_of")]),
        FieldPanel("checkpoints", widget=forms.CheckboxSelectMultiple),
        FieldPanel("registration"),
        FieldPanel("stay"),
        FieldRowPanel([FieldPanel("show_visa_purposes"), FieldPanel("show_duties")]),
        FieldPanel("where_to_ask"),
        FieldPanel("emergency"),
        InlinePanel("changes", heading=_("What changed"), label=_("Change")),
        FieldPanel("code"),
    ]
    parent_page_types = ["outreach.LeafletIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("leaflet")
        verbose_name_plural = _("leaflets")

    def save(self, *args, **kwargs):
        if not self.code:
            code = new_leaflet_code()
            while LeafletPage.objects.filter(code=code).exists():
                code = new_leaflet_code()
            self.code = code
        super().save(*args, **kwargs)

    def get_meta_description(self):
        return self.search_description or self.summary

    def search_date(self):
        return self.valid_as_of

    def visa_purposes(self):
        return VisaPurpose.objects.all() if self.show_visa_purposes else VisaPurpose.objects.none()

    def duties(self):
        return ForeignerDuty.objects.all() if self.show_duties else ForeignerDuty.objects.none()

    def dated_changes(self):
        return sorted(self.changes.all(), key=lambda change: change.date, reverse=True)

    def pdf_in(self, lang):
        return self.pdfs.filter(language=lang).defer("content").first()

    def get_context(self, request, *args, **kwargs):
        from .qr import qr_data_uri
        from .views import short_url

        context = super().get_context(request, *args, **kwargs)
        context["short_url"] = short_url(self, request)
        context["qr"] = qr_data_uri(context["short_url"])
        context["pdf"] = self.pdf_in(current_language())
        return context

    def get_structured_data(self, request=None):
        data = super().get_structured_data(request)
        data["dateModified"] = self.valid_as_of.isoformat() if self.valid_as_of else None
        data["audience"] = {"@type": "Audience", "audienceType": self.audience}
        return data

    @path("pdf/")
    def pdf_route(self, request):
        from .views import leaflet_pdf

        return leaflet_pdf(request, self)


class LeafletChange(Orderable):
    """A dated note, in readers' words, of what changed in the leaflet ("What changed on 1 March")."""

    page = ParentalKey(LeafletPage, related_name="changes", on_delete=models.CASCADE)
    date = models.DateField(_("date"))
    note = models.CharField(_("what changed"), max_length=300)

    panels = [FieldPanel("date"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("change")


class LeafletPDF(models.Model):
    """The leaflet's PDF in one language, made from the page itself on publish (``outreach.pdf``).

    Kept in the database (a leaflet's PDF is tens of kilobytes) so that every worker
    serves the same file and nothing depends on a shared media folder.
    """

    page = models.ForeignKey(LeafletPage, on_delete=models.CASCADE, related_name="pdfs")
    language = models.CharField(max_length=8)
    content = models.BinaryField()
    size = models.PositiveIntegerField()
    page_count = models.PositiveSmallIntegerField()
    revision_id = models.PositiveIntegerField(null=True, blank=True)
    generated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("leaflet PDF")
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="one_leaflet_pdf_per_language")]

    def __str__(self):
        return f"{self.page_id} ({self.language})"


# --- e-services -----------------------------------------------------------------------


class EServiceIndexPage(BasePage):
    """The e-services catalogue, filterable by audience and life event."""

    fragment_cache = True  # its markup depends only on its content (core.models.BasePage)

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    portal_note = models.CharField(
        _("about the portal"),
        max_length=300,
        blank=True,
        help_text=_("One sentence about the e-government portal the start buttons lead to."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("portal_note")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["outreach.EServicePage"]
    page_cache_query_params = ("audience", "event")

    class Meta:
        verbose_name = _("e-services catalogue")

    def services(self):
        return EServicePage.objects.live().child_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from .forms import EServiceFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = EServiceFilterForm(request.GET or None)
        services = self.services()
        if form.is_valid():
            services = form.filter(services)
        context.update(form=form, services=services)
        return context


class EServicePage(BasePage):
    """One e-service: what it is for, who may use it, what it needs, and where to start it."""

    fragment_cache = True  # its markup depends only on its content (core.models.BasePage)

    summary = models.TextField(_("what it is for"), max_length=600)
    life_event = models.CharField(_("life event"), max_length=20, choices=LifeEvent.choices)
    for_citizen = models.BooleanField(_("citizens"), default=False)
    for_foreigner = models.BooleanField(_("foreigners"), default=True)
    for_stateless = models.BooleanField(_("stateless persons"), default=True)
    for_employer = models.BooleanField(_("employers"), default=False)
    documents = RichTextField(_("what you need"), features=["bold", "italic", "ul", "ol", "link"], blank=True)
    fee = models.CharField(_("fee"), max_length=200, blank=True, help_text=_("e.g. Free, or the state duty."))
    time_limit = models.CharField(
        _("when to apply"), max_length=200, blank=True, help_text=_("The deadline a person must keep, if any.")
    )
    duration = models.CharField(_("how long it takes"), max_length=200, blank=True)
    legal_basis = models.CharField(_("legal basis"), max_length=300, blank=True)
    offered_in_az = models.BooleanField(_("offered in Azerbaijani"), default=True)
    offered_in_en = models.BooleanField(_("offered in English"), default=False)
    offered_in_ru = models.BooleanField(_("offered in Russian"), default=False)
    portal_url = models.URLField(_("start address on the e-government portal"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("life_event"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("for_citizen"), FieldPanel("for_foreigner")]),
                FieldRowPanel([FieldPanel("for_stateless"), FieldPanel("for_employer")]),
            ],
            heading=_("Who may use it"),
        ),
        FieldPanel("documents"),
        FieldRowPanel([FieldPanel("fee"), FieldPanel("duration")]),
        FieldPanel("time_limit"),
        FieldPanel("legal_basis"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("offered_in_az"), FieldPanel("offered_in_en"), FieldPanel("offered_in_ru")])],
            heading=_("Languages"),
        ),
        FieldPanel("portal_url"),
    ]
    parent_page_types = ["outreach.EServiceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("e-service")
        verbose_name_plural = _("e-services")

    def get_meta_description(self):
        return self.search_description or self.summary

    def audiences(self):
        return [choice for choice in Audience if getattr(self, f"for_{choice.value}")]

    def languages(self):
        return [code for code in ("az", "en", "ru") if getattr(self, f"offered_in_{code}")]

    def language_names(self):
        """The languages it is offered in, named in the reader's language."""
        return [language_name(code) for code in self.languages()]

    def portal_host(self):
        return urlsplit(self.portal_url).hostname or ""

    def get_search_text(self, language):
        return " ".join(str(a.label) for a in self.audiences())

    def get_structured_data(self, request=None):
        from .structured_data import government_service

        return government_service(self, super().get_structured_data(request), request)


# --- regional departments -------------------------------------------------------------


class DepartmentIndexPage(BasePage):
    """The regional migration departments, Nakhchivan and the headquarters; "Which office serves me?"."""

    fragment_cache = True  # its markup depends only on its content (core.models.BasePage)

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["outreach.DepartmentPage"]
    page_cache_query_params = ("region", "district")

    class Meta:
        verbose_name = _("regional departments index")

    def departments(self):
        return DepartmentPage.objects.live().child_of(self).order_by("-is_headquarters", "path")

    def get_context(self, request, *args, **kwargs):
        from .views import department_lookup_context

        context = super().get_context(request, *args, **kwargs)
        context.update(department_lookup_context(request, self))
        return context


def validate_phone(value):
    try:
        number = phonenumbers.parse(value, "AZ")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(_("Enter a valid phone number, e.g. +994 12 555 12 34."), code="invalid_phone")


class DepartmentPage(BasePage):
    """A regional migration department (or the headquarters): where, when, who, which districts."""

    fragment_cache = True  # its markup depends only on its content (core.models.BasePage)

    region = models.CharField(_("region"), max_length=30, choices=Region.choices)
    is_headquarters = models.BooleanField(_("headquarters"), default=False)
    address = models.CharField(_("address"), max_length=300)
    phone = models.CharField(
        _("phone"), max_length=32, validators=[validate_phone], help_text=_("International format, e.g. +994…")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    head = models.CharField(_("head of department"), max_length=200, blank=True)
    awareness_corner = models.TextField(_("information and legal awareness corner"), blank=True, max_length=800)
    map_url = models.URLField(_("map link"), blank=True, help_text=_("A link to the place on a map (not embedded)."))
    reception_note = models.CharField(_("about reception"), max_length=300, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("region"), FieldPanel("is_headquarters")]),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("map_url"),
        FieldPanel("head"),
        InlinePanel("hours", heading=_("Reception hours"), label=_("Reception hours")),
        FieldPanel("reception_note"),
        InlinePanel("districts", heading=_("Districts served"), label=_("District")),
        FieldPanel("awareness_corner"),
    ]
    parent_page_types = ["outreach.DepartmentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("regional department")
        verbose_name_plural = _("regional departments")

    def get_meta_description(self):
        return self.search_description or self.address

    def phone_international(self):
        try:
            number = phonenumbers.parse(self.phone, "AZ")
        except phonenumbers.NumberParseException:
            return self.phone
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def phone_e164(self):
        try:
            number = phonenumbers.parse(self.phone, "AZ")
        except phonenumbers.NumberParseException:
            return self.phone
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def phone_national(self):
        """The number as people in Azerbaijan dial it: (012) 555 12 34."""
        try:
            number = phonenumbers.parse(self.phone, "AZ")
        except phonenumbers.NumberParseException:
            return self.phone
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)

    def hours_for(self, audience):
        return [h for h in self.hours.all() if h.audience == audience]

    def citizen_hours(self):
        return self.hours_for(ReceptionAudience.CITIZENS)

    def foreigner_hours(self):
        return self.hours_for(ReceptionAudience.FOREIGNERS)

    def get_search_text(self, language):
        names = [getattr(d, f"name_{language}", "") or d.name_az for d in self.districts.all()]
        return " ".join([self.get_region_display(), *names])

    def get_structured_data(self, request=None):
        from .structured_data import government_office

        return government_office(self, super().get_structured_data(request), request)


class ReceptionHours(Orderable):
    """Days and hours a department receives citizens or foreigners ("Monday–Friday, 09:00–13:00")."""

    page = ParentalKey(DepartmentPage, related_name="hours", on_delete=models.CASCADE)
    audience = models.CharField(_("for"), max_length=20, choices=ReceptionAudience.choices)
    from_day = models.PositiveSmallIntegerField(_("from"), choices=Weekday.choices, default=Weekday.MONDAY)
    to_day = models.PositiveSmallIntegerField(_("to"), choices=Weekday.choices, default=Weekday.FRIDAY)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [
        FieldPanel("audience"),
        FieldRowPanel([FieldPanel("from_day"), FieldPanel("to_day")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("reception hours")

    def clean(self):
        errors = {}
        if self.from_day and self.to_day and self.to_day < self.from_day:
            errors["to_day"] = _("The last day cannot come before the first.")
        if self.opens and self.closes and self.closes <= self.opens:
            errors["closes"] = _("Reception must close after it opens.")
        if errors:
            raise ValidationError(errors)

    def days(self):
        return [day for day in range(self.from_day, self.to_day + 1)]


class DepartmentDistrict(Orderable):
    """A district (or city) a department serves, by its name in each language."""

    page = ParentalKey(DepartmentPage, related_name="districts", on_delete=models.CASCADE)
    name = models.CharField(_("district"), max_length=80)

    panels = [FieldPanel("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")

    def __str__(self):
        return self.name
