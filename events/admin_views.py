"""The organizers' side of events, in the Wagtail admin.

Everything here is for the **Event organizers** group (``events.manage_registrations``);
other editors get a 403 and no menu item. Every action goes through ``events.services``
(the rules for seats, the waiting list and check-in live there) and is recorded in the
event page's history (``wagtail.log_actions``; the action types are registered in
``events.wagtail_hooks``). History entries name a registration by number and category,
never by name: page history is open to every editor of the page.

Screens, per event: the registrations (counts per category and status with a chart,
filters, search, CSV/XLSX export), the check-in list for a phone at the door, a printable
check-in list, the waiting list, a message to a filtered group; and "cancel this event".
All of them work without JavaScript: each action is a POST followed by a redirect.
"""

from dataclasses import dataclass

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext as _g
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views import View
from unidecode import unidecode
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log

from core.i18n import AZ_LETTER_FOLD, LANGUAGE_CODES, LANGUAGE_NAMES

from . import services
from .models import EventPage, EventStatus, ParticipantCategory, Registration, RegistrationStatus

PERMISSION = "events.manage_registrations"


def can_manage_registrations(user) -> bool:
    return bool(user and user.is_active and user.has_perm(PERMISSION))


class OrganizerRequiredMixin:
    """Only the Event organizers (and superusers) get past this: others get a 403."""

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_registrations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def fold(text: str) -> str:
    """Text as people type it at the door: case, Azerbaijani letters and Cyrillic folded to ASCII."""
    return unidecode((text or "").translate(AZ_LETTER_FOLD)).casefold()


# Ə is written E by readers without an Azerbaijani keyboard, and A in passports (Əliyev, Aliyev).
SCHWA_AS_A = str.maketrans({"ə": "a", "Ə": "A"})


def search_registrations(queryset, query: str):
    """Registrations whose name, e-mail, organization or outlet contains every word of ``query``.

    Matched in Python on folded text, so "memmedova" finds "Məmmədova", "aliyeva" and
    "eliyeva" find "Əliyeva", and "ivanov" finds "Иванов", on SQLite and PostgreSQL alike
    (an event has at most some thousands of sign-ups).
    """
    words = fold(query).split()
    if not words:
        return queryset
    matching = []
    for pk, *fields in queryset.values_list("pk", "name", "email", "organization", "outlet"):
        text = " ".join(fields)
        variants = (fold(text), fold(text.translate(SCHWA_AS_A)))
        if all(any(word in variant for variant in variants) for word in words):
            matching.append(pk)
    return queryset.filter(pk__in=matching)


def local_datetime(value, format="DATETIME_FORMAT") -> str:
    return date_format(timezone.localtime(value), format) if value else ""


def event_for(request, event_id) -> EventPage:
    return get_object_or_404(EventPage, pk=event_id)


def record(request, event, action, registration=None, **data):
    """One entry in the event page's history (``content_changed`` stays false)."""
    if registration is not None:
        data = {"registration": registration.pk, "category": registration.category, **data}
    log(event, action, user=request.user, data=data)


# --- counts and chart -------------------------------------------------------------


@dataclass
class CountRow:
    label: str
    confirmed: int = 0
    waiting: int = 0
    cancelled: int = 0
    checked_in: int = 0

    @property
    def active(self):
        return self.confirmed + self.waiting


def registration_counts(event) -> dict:
    """Sign-ups of ``event`` per category and status, with the bars of the chart.

    Anonymised sign-ups count like the others: their category and status are kept.
    """
    rows = {value: CountRow(label=str(label)) for value, label in ParticipantCategory.choices}
    for category, status, number in (
        event.registrations.values_list("category", "status").annotate(n=Count("pk")).order_by()
    ):
        row = rows.setdefault(category, CountRow(label=category))
        if status in (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING, RegistrationStatus.CANCELLED):
            setattr(row, status, number)
    for category, number in (
        event.registrations.filter(checked_in_at__isnull=False)
        .values_list("category")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        rows[category].checked_in = number
    total = CountRow(label=_g("Total"))
    for row in rows.values():
        total.confirmed += row.confirmed
        total.waiting += row.waiting
        total.cancelled += row.cancelled
        total.checked_in += row.checked_in
    return {"rows": list(rows.values()), "total": total, "chart": chart(list(rows.values()))}


CHART_WIDTH = 420
BAR_AREA = 330
ROW_HEIGHT = 48


def chart(rows):
    """Stacked bars (confirmed, then waiting) per category, drawn on the server like the
    site's statistics block: an SVG with the same figures in a table beside it."""
    largest = max((row.active for row in rows), default=0)
    bars = []
    for index, row in enumerate(rows):
        top = index * ROW_HEIGHT
        confirmed = int(BAR_AREA * row.confirmed / largest) if largest else 0
        waiting = int(BAR_AREA * row.waiting / largest) if largest else 0
        bars.append(
            {
                "row": row,
                "label_y": top + 15,
                "bar_y": top + 21,
                "confirmed_width": confirmed,
                "waiting_x": confirmed,
                "waiting_width": waiting,
                "value_x": confirmed + waiting + 8,
                "value_y": top + 36,
            }
        )
    return {"bars": bars, "width": CHART_WIDTH, "height": max(len(rows), 1) * ROW_HEIGHT}


class EventContextMixin:
    """Views about one event: ``self.event``, its breadcrumbs and its section links."""

    event_section = ""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.event = None
        if can_manage_registrations(request.user):
            self.event = event_for(request, kwargs["event_id"])

    def get_breadcrumbs_items(self):
        return [
            *WagtailAdminTemplateMixin.breadcrumbs_items,
            {"url": reverse("events_registrations_index"), "label": _("Registrations")},
            {"url": reverse("events_registrations", args=[self.event.pk]), "label": self.event.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def event_links(self):
        event = self.event
        waiting = event.registrations.filter(status=RegistrationStatus.WAITING).count()
        links = [
            ("registrations", _("Registrations"), reverse("events_registrations", args=[event.pk])),
            ("check_in", _("Check-in at the door"), reverse("events_check_in", args=[event.pk])),
            ("print", _("Printable check-in list"), reverse("events_check_in_print", args=[event.pk])),
            (
                "waiting",
                _("Waiting list (%(count)s)") % {"count": waiting},
                reverse("events_waiting_list", args=[event.pk]),
            ),
            ("message", _("Message"), reverse("events_message", args=[event.pk])),
        ]
        permissions = event.permissions_for_user(self.request.user)
        if permissions.can_edit() or permissions.can_publish():  # who may open the page's history
            links.append(("history", _("History"), reverse("wagtailadmin_pages:history", args=[event.pk])))
        return [
            {"key": key, "label": label, "url": url, "current": key == self.event_section} for key, label, url in links
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["event"] = self.event
        context["event_links"] = self.event_links()
        context["availability"] = services.availability(self.event)
        return context


# --- the events, with their counts ------------------------------------------------


class EventWhenFilter(django_filters.ChoiceFilter):
    def filter(self, qs, value):
        now = timezone.now()
        if value == "upcoming":
            return qs.filter(end__gte=now)
        if value == "past":
            return qs.filter(end__lt=now)
        return qs


class EventFilterSet(WagtailFilterSet):
    when = EventWhenFilter(
        label=_("When"),
        choices=[("upcoming", _("Upcoming and ongoing")), ("past", _("Past"))],
        empty_label=_("All"),
    )
    status = django_filters.ChoiceFilter(label=_("Event status"), choices=EventStatus.choices, empty_label=_("All"))

    class Meta:
        model = EventPage
        fields = ["when", "status"]


def _count(status):
    return Count("registrations", filter=Q(registrations__status=status), distinct=True)


class EventRegistrationsIndexView(OrganizerRequiredMixin, ReportView):
    """Every event, upcoming first, with its numbers; each links to its registrations."""

    page_title = _("Registrations")
    header_icon = "clipboard-list"
    template_name = "events/admin/events_index.html"
    filterset_class = EventFilterSet
    index_url_name = "events_registrations_index"
    index_results_url_name = "events_registrations_index_results"
    table_classname = "listing events-admin__events"
    paginate_by = 30
    list_export = ["title", "start", "kind", "status", "capacity", "confirmed", "waiting", "checked_in", "cancelled"]
    export_headings = {
        "title": _("Event"),
        "start": _("Starts"),
        "kind": _("Kind"),
        "status": _("Event status"),
        "capacity": _("Places"),
        "confirmed": _("Confirmed"),
        "waiting": _("On the waiting list"),
        "checked_in": _("Checked in"),
        "cancelled": _("Cancelled"),
    }

    @cached_property
    def columns(self):
        return [
            Column(
                "title",
                label=_("Event"),
                accessor=lambda event: event,
            ),
            Column("start", label=_("Starts"), accessor=lambda e: local_datetime(e.start)),
            Column("status", label=_("Event status"), accessor="get_status_display"),
            Column("capacity", label=_("Places"), accessor=lambda e: e.capacity if e.capacity is not None else "∞"),
            Column("confirmed", label=_("Confirmed")),
            Column("waiting", label=_("On the waiting list")),
            Column("checked_in", label=_("Checked in")),
        ]

    def get_table(self, object_list):
        table = super().get_table(object_list)
        table.columns["title"].cell_template_name = "events/admin/cells/event_title.html"
        return table

    def get_queryset(self):
        now = timezone.now()
        return (
            EventPage.objects.all()
            .select_related("region")
            .annotate(
                confirmed=_count(RegistrationStatus.CONFIRMED),
                waiting=_count(RegistrationStatus.WAITING),
                cancelled=_count(RegistrationStatus.CANCELLED),
                checked_in=Count("registrations", filter=Q(registrations__checked_in_at__isnull=False), distinct=True),
                is_past=Case(When(end__lt=now, then=Value(1)), default=Value(0), output_field=IntegerField()),
                upcoming_start=Case(When(end__gte=now, then=F("start"))),
                past_start=Case(When(end__lt=now, then=F("start"))),
            )
            # Upcoming and ongoing events first, soonest first; then past ones, latest first.
            .order_by("is_past", F("upcoming_start").asc(nulls_last=True), F("past_start").desc(), "pk")
        )

    def get_filename(self):
        return f"events-registrations-{timezone.localdate():%Y-%m-%d}"

    def to_row_dict(self, item):
        return {
            "title": item.title,
            "start": timezone.make_naive(item.start).replace(microsecond=0),
            "kind": item.get_kind_display(),
            "status": item.get_status_display(),
            "capacity": item.capacity,
            "confirmed": item.confirmed,
            "waiting": item.waiting,
            "checked_in": item.checked_in,
            "cancelled": item.cancelled,
        }

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return spreadsheet_in_current_language(self, queryset, spreadsheet_format)


def spreadsheet_in_current_language(view, queryset, spreadsheet_format):
    """Export with headings and values in the organizer's language.

    A CSV is streamed after the view's language is switched off: evaluate everything now.
    """
    view.export_headings = {field: str(label) for field, label in view.export_headings.items()}
    rows = [view.to_row_dict(item) for item in queryset]
    view.to_row_dict = lambda row: row  # the rows are made already
    return ReportView.as_spreadsheet(view, rows, spreadsheet_format)


# --- one event's registrations ----------------------------------------------------


class CheckedInFilter(django_filters.ChoiceFilter):
    def filter(self, qs, value):
        if value == "yes":
            return qs.filter(checked_in_at__isnull=False)
        if value == "no":
            return qs.filter(checked_in_at__isnull=True)
        return qs


class RegistrationFilterSet(WagtailFilterSet):
    category = django_filters.ChoiceFilter(
        label=_("Category"), choices=ParticipantCategory.choices, empty_label=_("All")
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RegistrationStatus.choices, empty_label=_("All"))
    checked_in = CheckedInFilter(
        label=_("Checked in"), choices=[("yes", _("Checked in")), ("no", _("Not checked in"))], empty_label=_("All")
    )
    language = django_filters.ChoiceFilter(
        label=_("Preferred language"), choices=list(LANGUAGE_NAMES.items()), empty_label=_("All")
    )

    class Meta:
        model = Registration
        fields = ["category", "status", "checked_in", "language"]


class ActionsColumn(BaseColumn):
    cell_template_name = "events/admin/cells/registration_actions.html"


# Spreadsheet cells a registrant typed: a leading =, +, -, @ would make a formula in a
# spreadsheet program opening the CSV (CSV injection). XLSX cells are always text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def heading(text) -> str:
    """A field's name as a column heading: capitalised, with Azerbaijani's dotted İ."""
    text = str(text)
    if text[:1] == "i" and translation.get_language() == "az":
        return "İ" + text[1:]
    return capfirst(text)


def csv_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        if value.startswith("+") and value[1:].replace(" ", "").isdigit():
            return value  # an international phone number
        return "'" + value
    return value


class EventRegistrationsView(OrganizerRequiredMixin, EventContextMixin, ReportView):
    """One event's sign-ups: counts and chart, filters, search, export, actions per person."""

    template_name = "events/admin/registrations.html"
    results_template_name = "events/admin/registrations_results.html"
    header_icon = "clipboard-list"
    event_section = "registrations"
    filterset_class = RegistrationFilterSet
    is_searchable = True
    search_fields = ["name", "email", "organization", "outlet"]
    paginate_by = 50
    default_ordering = "created_at"
    table_classname = "listing events-admin__registrations"
    list_export = [
        "name",
        "category",
        "status",
        "waiting_position",
        "email",
        "phone",
        "language",
        "organization",
        "position",
        "outlet",
        "citizenship",
        "needs",
        "question",
        "created_at",
        "promoted_at",
        "cancelled_at",
        "checked_in_at",
    ]
    custom_field_preprocess = {field: {"csv": csv_safe} for field in list_export}

    def get_page_title(self):
        return _g("Registrations: %(event)s") % {"event": self.event.title}

    def get_breadcrumbs_items(self):
        return [
            *WagtailAdminTemplateMixin.breadcrumbs_items,
            {"url": reverse("events_registrations_index"), "label": _("Registrations")},
            {"url": "", "label": self.event.title},
        ]

    def get_index_url(self):
        return reverse("events_registrations", args=[self.event.pk])

    def get_index_results_url(self):
        return reverse("events_registrations_results", args=[self.event.pk])

    @cached_property
    def columns(self):
        return [
            Column("name", label=_("Name"), sort_key="name", accessor=lambda r: r, width="23%"),
            Column("category", label=_("Category"), accessor="get_category_display", width="14%"),
            Column("status", label=_("Status"), accessor=lambda r: r, width="16%"),
            Column("contact", label=_("Contact"), accessor=lambda r: r, width="20%"),
            Column(
                "created_at",
                label=_("Signed up"),
                sort_key="created_at",
                accessor=lambda r: local_datetime(r.created_at, "SHORT_DATETIME_FORMAT"),
                width="10%",
            ),
            ActionsColumn("actions", label=_("Actions"), width="17%"),
        ]

    def get_table(self, object_list):
        table = super().get_table(object_list)
        table.columns["name"].cell_template_name = "events/admin/cells/registration_name.html"
        table.columns["status"].cell_template_name = "events/admin/cells/registration_status.html"
        table.columns["contact"].cell_template_name = "events/admin/cells/registration_contact.html"
        return table

    def get_queryset(self):
        queryset = self.event.registrations.all()
        queryset = search_registrations(queryset, self.search_query)
        return self.order_queryset(queryset)

    def get_filename(self):
        return f"registrations-{self.event.slug}-{timezone.localdate():%Y-%m-%d}"

    @cached_property
    def export_headings(self):
        return {field: heading(Registration._meta.get_field(field).verbose_name) for field in self.list_export} | {
            "waiting_position": _("Place on the waiting list"),
            "checked_in_at": _("Checked in"),
        }

    def to_row_dict(self, item):
        row = {field: getattr(item, field) for field in self.list_export}
        row.update(
            category=item.get_category_display(),
            status=item.get_status_display(),
            language=item.get_language_display(),
        )
        for field in ("created_at", "promoted_at", "cancelled_at", "checked_in_at"):
            if row[field]:  # the agency's local time, to the second (spreadsheets have no time zones)
                row[field] = timezone.make_naive(row[field]).replace(microsecond=0)
        return row

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return spreadsheet_in_current_language(self, queryset, spreadsheet_format)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["counts"] = registration_counts(self.event)
        context["current_url"] = self.request.get_full_path()
        return context


# --- check-in at the door ------------------------------------------------------------


class CheckInListView(OrganizerRequiredMixin, EventContextMixin, WagtailAdminTemplateMixin, View):
    """The confirmed sign-ups, by name, each with one big button: made for a phone at the door."""

    template_name = "events/admin/check_in.html"
    header_icon = "tick"
    event_section = "check_in"

    def get_page_title(self):
        return _g("Check-in")

    def get(self, request, event_id):
        query = request.GET.get("q", "").strip()[:100]
        show = request.GET.get("show", "")
        registrations = self.event.registrations.filter(status=RegistrationStatus.CONFIRMED)
        total = registrations.count()
        checked_in = registrations.filter(checked_in_at__isnull=False).count()
        if show == "todo":
            registrations = registrations.filter(checked_in_at__isnull=True)
        registrations = sorted(search_registrations(registrations, query), key=lambda r: (fold(r.name), r.pk))
        context = self.get_context_data(
            registrations=registrations,
            query=query,
            show=show,
            total=total,
            checked_in=checked_in,
            waiting_matches=(
                search_registrations(self.event.registrations.filter(status=RegistrationStatus.WAITING), query)
                if query
                else Registration.objects.none()
            ),
        )
        return TemplateResponse(request, self.template_name, context)


def check_in_url(event, query="", show="", registration=None):
    url = reverse("events_check_in", args=[event.pk])
    params = {key: value for key, value in (("q", query), ("show", show)) if value}
    if params:
        url += "?" + urlencode(params)
    if registration is not None:
        url += f"#registration-{registration.pk}"
    return url


class RegistrationActionView(OrganizerRequiredMixin, View):
    """Base for a POST about one registration of one event; redirects back where it came from."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if can_manage_registrations(request.user):
            self.registration = get_object_or_404(
                Registration.objects.select_related("event"), pk=kwargs["pk"], event_id=kwargs["event_id"]
            )
            self.event = EventPage.objects.get(pk=self.registration.event_id)
        return super().dispatch(request, *args, **kwargs)

    def back(self, default):
        """Back to the screen the form was on (only ever one of this event's admin screens)."""
        target = self.request.POST.get("next", "")
        prefix = f"/admin/registrations/{self.event.pk}/"
        if target.startswith(prefix) and "//" not in target and "\\" not in target:
            return redirect(target)
        return redirect(default)


class CheckInView(RegistrationActionView):
    def post(self, request, event_id, pk):
        registration = self.registration
        query, show = request.POST.get("q", "")[:100], request.POST.get("show", "")
        target = check_in_url(self.event, query, show, registration)
        if request.POST.get("action") == "undo":
            if registration.checked_in_at:
                services.undo_check_in(registration)
                record(request, self.event, "events.undo_check_in", registration)
                messages.success(request, _g("Check-in undone: %(name)s.") % {"name": registration.name})
        elif registration.checked_in_at:
            messages.info(request, _g("%(name)s is already checked in.") % {"name": registration.name})
        else:
            try:
                services.check_in(registration)
            except (ValueError, ValidationError, services.RegistrationError) as error:
                messages.error(
                    request,
                    _g("%(name)s cannot be checked in: %(reason)s")
                    % {
                        "name": registration.name,
                        "reason": error_text(error),
                    },
                )
            else:
                record(request, self.event, "events.check_in", registration)
                messages.success(request, _g("Checked in: %(name)s.") % {"name": registration.name})
        return self.back(target)


def error_text(error) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


class PrintableCheckInListView(OrganizerRequiredMixin, EventContextMixin, View):
    """The confirmed sign-ups on paper: name, category, organization, needs, a box to tick."""

    template_name = "events/admin/check_in_print.html"

    def get(self, request, event_id):
        registrations = sorted(
            self.event.registrations.filter(status=RegistrationStatus.CONFIRMED),
            key=lambda r: (fold(r.name), r.pk),
        )
        return TemplateResponse(
            request,
            self.template_name,
            {
                "event": self.event,
                "registrations": registrations,
                "printed_at": timezone.now(),
                "back_url": reverse("events_check_in", args=[self.event.pk]),
            },
        )


# --- the waiting list -----------------------------------------------------------------


class WaitingListView(OrganizerRequiredMixin, EventContextMixin, WagtailAdminTemplateMixin, View):
    template_name = "events/admin/waiting_list.html"
    header_icon = "list-ol"
    event_section = "waiting"

    def get_page_title(self):
        return _g("Waiting list")

    def get(self, request, event_id):
        waiting = list(self.event.registrations.waiting())
        context = self.get_context_data(waiting=waiting, count=len(waiting))
        return TemplateResponse(request, self.template_name, context)


def waiting_list_url(event, registration=None):
    url = reverse("events_waiting_list", args=[event.pk])
    return url + (f"#registration-{registration.pk}" if registration else "")


class PromoteView(RegistrationActionView):
    """Move someone from the waiting list to a confirmed place (over capacity only when asked)."""

    def post(self, request, event_id, pk):
        registration = self.registration
        force = request.POST.get("force") == "1"
        if registration.status != RegistrationStatus.WAITING:
            messages.error(request, _g("%(name)s is not on the waiting list.") % {"name": registration.name})
            return self.back(waiting_list_url(self.event))
        try:
            services.promote(registration, force=force)
        except (ValueError, ValidationError, services.RegistrationError) as error:
            messages.error(
                request,
                _g("%(name)s was not promoted: %(reason)s. Use “Promote over capacity” to give a place anyway.")
                % {"name": registration.name, "reason": error_text(error)},
            )
        else:
            record(request, self.event, "events.promote", registration, over_capacity=force)
            messages.success(request, _g("%(name)s now has a confirmed place.") % {"name": registration.name})
        return self.back(waiting_list_url(self.event))


class MoveView(RegistrationActionView):
    """Put someone at another place on the waiting list (1 is next)."""

    def post(self, request, event_id, pk):
        registration = self.registration
        if registration.status != RegistrationStatus.WAITING:
            messages.error(request, _g("%(name)s is not on the waiting list.") % {"name": registration.name})
            return self.back(waiting_list_url(self.event))
        try:
            position = int(request.POST.get("position", ""))
        except ValueError:
            messages.error(request, _g("Give the new place as a number."))
            return self.back(waiting_list_url(self.event, registration))
        length = self.event.registrations.filter(status=RegistrationStatus.WAITING).count()
        position = max(1, min(position, length))
        old = list(self.event.registrations.waiting().values_list("pk", flat=True)).index(registration.pk) + 1
        if position != old:
            services.move_in_waiting_list(registration, position)
            record(request, self.event, "events.move", registration, position=position, previous=old)
            messages.success(
                request,
                _g("%(name)s is now number %(position)s on the waiting list.")
                % {"name": registration.name, "position": position},
            )
        return self.back(waiting_list_url(self.event, registration))


class CancelRegistrationView(OrganizerRequiredMixin, WagtailAdminTemplateMixin, View):
    """Cancel one sign-up (asks first); the next person on the waiting list is promoted."""

    template_name = "events/admin/cancel_registration.html"
    header_icon = "cross"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.registration = None
        if can_manage_registrations(request.user):
            self.registration = get_object_or_404(
                Registration.objects.select_related("event"), pk=kwargs["pk"], event_id=kwargs["event_id"]
            )
            self.event = EventPage.objects.get(pk=self.registration.event_id)

    def get_page_title(self):
        return _g("Cancel a registration")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("events_registrations_index"), "label": _("Registrations")},
            {"url": reverse("events_registrations", args=[self.event.pk]), "label": self.event.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def next_url(self):
        target = self.request.POST.get("next") or self.request.GET.get("next") or ""
        prefix = f"/admin/registrations/{self.event.pk}/"
        if target.startswith(prefix) and "//" not in target and "\\" not in target:
            return target
        return reverse("events_registrations", args=[self.event.pk])

    def get(self, request, event_id, pk):
        context = self.get_context_data(registration=self.registration, event=self.event, next=self.next_url())
        return TemplateResponse(request, self.template_name, context)

    def post(self, request, event_id, pk):
        registration = self.registration
        if registration.status == RegistrationStatus.CANCELLED:
            messages.info(request, _g("%(name)s's registration was already cancelled.") % {"name": registration.name})
            return redirect(self.next_url())
        promoted = services.cancel(registration, by_organizer=True) or []
        record(request, self.event, "events.cancel", registration, promoted=[r.pk for r in promoted])
        for other in promoted:
            record(request, self.event, "events.promote", other, automatic=True)
        message = _g("%(name)s's registration is cancelled.") % {"name": registration.name}
        if promoted:
            message += " " + _g("Promoted from the waiting list: %(names)s.") % {
                "names": ", ".join(r.name for r in promoted)
            }
        messages.success(request, message)
        return redirect(self.next_url())


# --- a message to a group ---------------------------------------------------------


class MessageForm(forms.Form):
    """Who gets the message (filters) and what it says: one text, or one per language."""

    category = forms.MultipleChoiceField(
        label=_("Categories"),
        choices=ParticipantCategory.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: every category."),
    )
    status = forms.MultipleChoiceField(
        label=_("Status"),
        choices=RegistrationStatus.choices,
        initial=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING],
        widget=forms.CheckboxSelectMultiple,
    )
    checked_in = forms.ChoiceField(
        label=_("Checked in"),
        choices=[("", _("All")), ("yes", _("Checked in")), ("no", _("Not checked in"))],
        required=False,
    )
    subject = forms.CharField(label=_("Subject"), max_length=150, required=False)
    body = forms.CharField(
        label=_("Message"), widget=forms.Textarea(attrs={"rows": 8}), max_length=5000, required=False
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        for code in LANGUAGE_CODES:
            name = LANGUAGE_NAMES[code]
            self.fields[f"subject_{code}"] = forms.CharField(
                label=_("Subject (%(language)s)") % {"language": name}, max_length=150, required=False
            )
            self.fields[f"body_{code}"] = forms.CharField(
                label=_("Message (%(language)s)") % {"language": name},
                widget=forms.Textarea(attrs={"rows": 6}),
                max_length=5000,
                required=False,
            )

    def filter_fields(self):
        return [self[name] for name in ("category", "status", "checked_in")]

    def common_fields(self):
        return [self["subject"], self["body"]]

    def language_fields(self):
        return [(LANGUAGE_NAMES[c], self[f"subject_{c}"], self[f"body_{c}"]) for c in LANGUAGE_CODES]

    def recipients(self, data=None):
        data = data if data is not None else self.cleaned_data
        queryset = self.event.registrations.filter(anonymised_at__isnull=True).exclude(email="")
        queryset = queryset.filter(status__in=data.get("status") or [])
        if data.get("category"):
            queryset = queryset.filter(category__in=data["category"])
        if data.get("checked_in") == "yes":
            queryset = queryset.filter(checked_in_at__isnull=False)
        elif data.get("checked_in") == "no":
            queryset = queryset.filter(checked_in_at__isnull=True)
        return queryset

    def _pair(self, cleaned, suffix=""):
        return (cleaned.get(f"subject{suffix}") or "").strip(), (cleaned.get(f"body{suffix}") or "").strip()

    def clean(self):
        cleaned = super().clean()
        for suffix in ["", *(f"_{c}" for c in LANGUAGE_CODES)]:
            subject, body = self._pair(cleaned, suffix)
            if bool(subject) != bool(body):
                field = f"body{suffix}" if subject else f"subject{suffix}"
                self.add_error(field, _("Write both a subject and a message, or neither."))
        if self.errors:
            return cleaned
        languages = set(self.recipients(cleaned).values_list("language", flat=True))
        if not languages:
            raise ValidationError(_("Nobody matches these filters."))
        common = self._pair(cleaned)
        missing = [
            LANGUAGE_NAMES.get(code, code)
            for code in sorted(languages)
            if not (common[0] or self._pair(cleaned, f"_{code}")[0])
        ]
        if missing:
            raise ValidationError(
                _("Write a text for everyone, or one in each language the recipients chose: %(languages)s is missing.")
                % {"languages": ", ".join(missing)}
            )
        return cleaned

    def texts_by_language(self):
        """``{language: (subject, body, [registration ids])}`` for the recipients."""
        common = self._pair(self.cleaned_data)
        groups = {}
        for pk, language in self.recipients().values_list("pk", "language").order_by("pk"):
            subject, body = self._pair(self.cleaned_data, f"_{language}")
            if not subject:
                subject, body = common
            groups.setdefault(language, (subject, body, []))[2].append(pk)
        return groups


class MessageView(OrganizerRequiredMixin, EventContextMixin, WagtailAdminTemplateMixin, View):
    """Write to a filtered group of registrants; each gets the text in the language they chose."""

    template_name = "events/admin/message.html"
    header_icon = "mail"
    event_section = "message"

    def get_page_title(self):
        return _g("Message to registrants")

    def render(self, form, preview=None):
        context = self.get_context_data(form=form, preview=preview)
        return TemplateResponse(self.request, self.template_name, context)

    def preview(self, form):
        """How many people the filters reach, per language (``None`` while the filters are invalid)."""
        data = {}
        for name in ("category", "status", "checked_in"):
            field = form.fields[name]
            raw = field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
            try:
                data[name] = field.clean(raw)
            except ValidationError:
                return None
        counts = dict(form.recipients(data).values_list("language").annotate(n=Count("pk")).order_by())
        return {
            "total": sum(counts.values()),
            "languages": [(LANGUAGE_NAMES[c], counts[c]) for c in LANGUAGE_CODES if counts.get(c)],
        }

    def get(self, request, event_id):
        initial = {"status": [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING]}
        return self.render(MessageForm(event=self.event), self.preview(MessageForm(initial, event=self.event)))

    def post(self, request, event_id):
        from .notifications import send_message

        form = MessageForm(request.POST, event=self.event)
        if "preview" in request.POST:  # "Count the recipients": show the numbers, send nothing
            form.errors.clear()
            return self.render(form, self.preview(form))
        if not form.is_valid():
            return self.render(form, self.preview(form))
        groups = form.texts_by_language()
        for subject, body, ids in groups.values():
            send_message.enqueue(ids, subject, body)
        count = sum(len(ids) for _s, _b, ids in groups.values())
        record(
            request,
            self.event,
            "events.message",
            recipients=count,
            languages=sorted(groups),
            subjects={language: subject for language, (subject, _b, _i) in groups.items()},
            filters={
                "category": form.cleaned_data["category"],
                "status": form.cleaned_data["status"],
                "checked_in": form.cleaned_data["checked_in"],
            },
        )
        messages.success(
            request,
            ngettext(
                "The message is on its way to %(count)s person.",
                "The message is on its way to %(count)s people.",
                count,
            )
            % {"count": count},
        )
        return redirect("events_registrations", self.event.pk)


# --- cancelling the event -----------------------------------------------------------


class CancelEventView(OrganizerRequiredMixin, EventContextMixin, WagtailAdminTemplateMixin, View):
    """Mark the event cancelled and publish it; publishing tells everyone registered
    (``events.services.event_changed``, run on publish)."""

    template_name = "events/admin/cancel_event.html"
    header_icon = "warning"

    def get_page_title(self):
        return _g("Cancel this event")

    def problem(self):
        event = self.event
        if event.status == EventStatus.CANCELLED:
            return _g("This event is already cancelled.")
        if not event.live:
            return _g("This event is not published.")
        if event.has_unpublished_changes:
            return _g("This event has changes that are not published: cancel it in the editor instead.")
        if not event.permissions_for_user(self.request.user).can_publish():
            return _g("You may not publish this page: ask an editor to cancel the event.")
        return ""

    def get(self, request, event_id):
        context = self.get_context_data(problem=self.problem(), registered=self.registered())
        return TemplateResponse(request, self.template_name, context)

    def registered(self):
        return self.event.registrations.exclude(status=RegistrationStatus.CANCELLED).count()

    def post(self, request, event_id):
        problem = self.problem()
        if problem:
            messages.error(request, problem)
            return redirect("events_cancel_event", self.event.pk)
        event = self.event
        event.status = EventStatus.CANCELLED
        revision = event.save_revision(user=request.user, log_action=True)
        revision.publish(user=request.user)
        messages.success(
            request,
            _g("“%(event)s” is cancelled. Everyone registered is being told.") % {"event": event.title},
        )
        return redirect("events_registrations", event.pk)
