"""Readers' views: the events index, the registration form, live availability, downloads, self-service.

The event page itself is the same for every anonymous reader and is served from the
page cache. Whatever is per reader or true only now is kept off it:

- ``register/`` (the form, with its CSRF token) and ``register/done/`` answer
  ``Cache-Control: no-store``: never stored by the page cache, a proxy or a browser;
- ``availability/`` is a small no-store JSON document the event page's script reads
  ("12 places left"); without JavaScript the page links to ``register/``, which says
  the same from the database.

Sign-ups follow post/redirect/get; nothing personal goes into a URL (the outcome
travels in a short-lived signed cookie holding the sign-up's number only) or a log.
"""

from django.conf import settings
from django.core import signing
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import BooleanField, Case, F, Value, When
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

from core.i18n import current_language
from core.translated import url_in

from . import calendar, links, services
from .forms import ChangeRegistrationForm, EventFilterForm, RegistrationForm
from .models import EventPage, Region, Registration, RegistrationStatus
from .presentation import availability_text, deadline_text

INDEX_PAGE_SIZE = 12
OUTCOME_COOKIE = "qapi_registration"
OUTCOME_SALT = "events.registration-outcome"
OUTCOME_SECONDS = 30 * 60


def no_store(response):
    """Nobody keeps this response: not the page cache, a proxy or the browser's history."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    return response


# --- the index ---------------------------------------------------------------------------


def _ordered(queryset, now):
    """Upcoming first (soonest first), then past (latest first)."""
    return queryset.annotate(
        is_past=Case(When(end__lt=now, then=Value(True)), default=Value(False), output_field=BooleanField()),
        upcoming_start=Case(When(end__gte=now, then=F("start"))),
        past_start=Case(When(end__lt=now, then=F("start"))),
    ).order_by("is_past", F("upcoming_start").asc(nulls_last=True), F("past_start").desc(nulls_last=True), "pk")


def _filter(queryset, filters):
    if "kind" in filters:
        queryset = queryset.filter(kind=filters["kind"])
    if "region" in filters:
        queryset = queryset.filter(region__slug=filters["region"])
    if "month" in filters:
        year, month = (int(part) for part in filters["month"].split("-"))
        queryset = queryset.filter(start__year=year, start__month=month)
    return queryset


def event_index(request, index):
    now = timezone.now()
    events = index.events()
    months = list(events.datetimes("start", "month"))
    regions = Region.objects.filter(events__in=events).distinct()
    form = EventFilterForm(request.GET or None, months=sorted(months, reverse=True), regions=regions)
    filters = form.filters() if request.GET else {}
    paginator = Paginator(_ordered(_filter(events, filters), now), INDEX_PAGE_SIZE)
    try:
        page_obj = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)
    filter_query = urlencode(filters)  # pagination keeps the valid filters; so does the language switch
    return index.render(
        request,
        context_overrides={
            "form": form,
            "filters": filters,
            "page_obj": page_obj,
            "events": page_obj.object_list,
            "filter_query": filter_query,
        },
    )


# --- one event: the form, its outcome, live availability, the .ics --------------------------


def _client_address(group, request):
    """The client's address behind the trusted proxies (the same reading as the admin login throttle)."""
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request) or request.META.get("REMOTE_ADDR", "")


def _rate_limited(request) -> bool:
    return is_ratelimited(
        request,
        group="events.register",
        key=_client_address,
        rate=settings.EVENTS_REGISTRATION_RATE,
        method="POST",
        increment=True,
    )


def _privacy_url(event, request):
    index = event.get_parent().specific
    page = getattr(index, "privacy_page", None)
    if page is None or not page.live:
        return ""
    return url_in(page.specific, current_language(), request)


def register(request, event):
    """The registration form (GET) and a sign-up (POST, then a redirect to ``register/done/``)."""
    if request.method not in ("GET", "POST"):
        return no_store(HttpResponse(status=405, headers={"Allow": "GET, POST"}))
    places = services.availability(event)
    form_kwargs = {"privacy_url": _privacy_url(event, request), "availability": places}
    status = 200
    if request.method == "POST":
        if _rate_limited(request):
            response = TemplateResponse(
                request, "events/rate_limited.html", {"page": event, "event": event}, status=429
            )
            response["Retry-After"] = "3600"
            return no_store(response)
        form = RegistrationForm(request.POST, **form_kwargs)
        if form.is_bot:
            # Looks like success to the bot; nobody is registered and nothing is sent.
            return no_store(redirect(event.url + "register/done/", permanent=False))
        if form.is_valid():
            try:
                registration = services.register(event, form.service_data())
            except services.AlreadyRegistered:
                form.add_error(
                    "email",
                    _(
                        "This e-mail address is already registered for this event. Use the link in the "
                        "confirmation e-mail to see, change or cancel the registration."
                    ),
                )
            except services.RegistrationClosed as closed:
                form.add_error(
                    None,
                    _("Registration has just closed: this event is full.")
                    if closed.reason == "full"
                    else _("Registration is closed."),
                )
                places = services.availability(event)
            else:
                response = redirect(event.url + "register/done/")
                response.status_code = 303
                response.set_signed_cookie(
                    OUTCOME_COOKIE,
                    str(registration.pk),
                    salt=OUTCOME_SALT,
                    max_age=OUTCOME_SECONDS,
                    httponly=True,
                    samesite="Lax",
                    secure=request.is_secure(),
                    path=event.url,
                )
                return no_store(response)
        status = 400
    else:
        form = RegistrationForm(**form_kwargs)
    response = TemplateResponse(
        request,
        "events/register.html",
        {
            "page": event,
            "event": event,
            "form": form,
            "availability": places,
            "availability_text": availability_text(places),
            "deadline_text": deadline_text(places),
        },
        status=status,
    )
    return no_store(response)


def registered(request, event):
    """After a sign-up: confirmed or on the waiting list (from the signed cookie), never cached."""
    registration = None
    try:
        pk = request.get_signed_cookie(OUTCOME_COOKIE, salt=OUTCOME_SALT, max_age=OUTCOME_SECONDS)
        registration = Registration.objects.filter(pk=int(pk), event_id=event.pk).first()
    except (KeyError, ValueError, signing.BadSignature):
        pass
    response = TemplateResponse(
        request, "events/registered.html", {"page": event, "event": event, "registration": registration}
    )
    return no_store(response)


def availability(request, event):
    """Places left now, for the event page's script: JSON, never cached."""
    places = services.availability(event)
    return no_store(
        JsonResponse(
            {
                "state": places.state,
                "places_left": places.places_left,
                "waiting_list_only": places.waiting_list_only,
                "text": availability_text(places),
                "deadline": deadline_text(places),
                "register_url": event.url + "register/" if places.is_open else "",
                "register_label": _("Join the waiting list") if places.waiting_list_only else _("Register"),
            }
        )
    )


def ics_download(request, event):
    lang = current_language()
    url = event.full_url_in(lang, request)
    body = calendar.event_ics(event, lang, url, request.get_host())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{calendar.filename(event, lang)}"'
    return response


# --- self-service through the e-mailed link -------------------------------------------------


def _link_problem(request, expired):
    template = "events/link_expired.html" if expired else "events/link_invalid.html"
    return no_store(TemplateResponse(request, template, {}, status=410 if expired else 404))


def manage(request, token):
    """View, change or cancel one's sign-up (or delete it altogether), through the signed link."""
    try:
        registration = links.registration_from(token)
    except links.LinkExpired:
        return _link_problem(request, expired=True)
    except links.LinkInvalid:
        return _link_problem(request, expired=False)
    event = EventPage.objects.get(pk=registration.event_id)
    active = registration.status != RegistrationStatus.CANCELLED
    form = ChangeRegistrationForm(initial={k: getattr(registration, k) for k in services.CHANGEABLE_FIELDS})
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "change" and active:
            form = ChangeRegistrationForm(request.POST)
            if form.is_valid():
                services.change_details(registration, form.cleaned_data)
                return no_store(redirect(f"{request.path}?done=saved", permanent=False))
            status = 400
        elif action == "cancel" and active:
            services.cancel(registration)
            return no_store(redirect(f"{request.path}?done=cancelled", permanent=False))
        elif action == "erase":
            services.anonymise(registration)
            return no_store(redirect("events:erased"))
        else:
            return no_store(redirect(request.path))
    response = TemplateResponse(
        request,
        "events/manage.html",
        {
            "registration": registration,
            "event": event,
            "active": active,
            "form": form,
            "done": request.GET.get("done", ""),
        },
        status=status,
    )
    return no_store(response)


def erased(request):
    return no_store(TemplateResponse(request, "events/erased.html", {}))
