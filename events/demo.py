"""The events module's demo: an events index under home, the Sumgayit Open Door Day of 2017
(past, with its report and Q&A), upcoming events in the regions dated from the day of
seeding, and sign-ups across categories, one event full with a waiting list.

Idempotent: pages are found by their Azerbaijani slug, regions by name, and sign-ups are
made only for an event that has none. Sign-ups are written directly (no e-mail is sent).
"""

import datetime

from django.utils import timezone

from core.demo import per_language, register
from core.i18n import ascii_slug

from . import demo_content as content
from .models import EventIndexPage, EventPage, EventPhoto, ParticipantCategory, Region, Registration, RegistrationStatus


def _regions(ctx):
    regions = {}
    for spec in content.REGIONS:
        region = Region.objects.filter(name_az=spec["name"]["az"]).first()
        if region is None:
            region = ctx.count(Region.objects.create(**per_language("name", spec["name"]), name=spec["name"]["az"]))
        regions[spec["key"]] = region
    return regions


def _at(days, hour=11):
    """A moment ``days`` after today at ``hour`` o'clock in Asia/Baku (seeding day's date)."""
    today = timezone.localtime().replace(hour=hour, minute=0, second=0, microsecond=0)
    return today + datetime.timedelta(days=days)


def _event(spec, region, start):
    fields = {}
    for name in ("title", "summary", "venue_name", "venue_address"):
        fields.update(per_language(name, spec[name]))
    event = EventPage(
        **fields,
        **per_language("audience", content.AUDIENCE),
        **per_language("languages_spoken", content.LANGUAGES),
        **per_language("interpretation", content.INTERPRETATION),
        **per_language("programme", content.OPEN_DOOR_PROGRAMME if spec["kind"] == "open_door_day" else []),
        kind=spec["kind"],
        status=spec.get("status", "scheduled"),
        start=start,
        end=start + datetime.timedelta(hours=spec["hours"]),
        region=region,
        map_url=f"https://www.openstreetmap.org/search?query={ascii_slug(spec['venue_address']['en'])}",
        online_url=spec.get("online_url", ""),
        step_free_access=True,
        contact_phone="(012) 919",
        contact_email="events@qapi.example",
        capacity=spec.get("capacity"),
        reminder_days=2,
    )
    if spec.get("opens_in_days"):
        event.registration_opens_at = _at(spec["opens_in_days"], hour=9)
    for field in ("participants", "report", "questions"):
        if field in spec:
            for name, value in per_language(field, spec[field]).items():
                setattr(event, name, value)
    return event


def _sign_up(ctx, event, count, now, checked_in=False):
    if count == 0 or Registration.objects.filter(event=event).exists():
        return
    confirmed = 0
    quotas = {q.category: q.capacity for q in event.quotas.all()}
    per_category = {}
    waiting = 0
    for n, (category, name, extra) in enumerate((content.PEOPLE * 2)[:count]):
        full = event.capacity is not None and confirmed >= event.capacity
        over_quota = category in quotas and per_category.get(category, 0) >= quotas[category]
        status = RegistrationStatus.WAITING if full or over_quota else RegistrationStatus.CONFIRMED
        if status == RegistrationStatus.CONFIRMED:
            confirmed += 1
            per_category[category] = per_category.get(category, 0) + 1
        else:
            waiting += 1
        ctx.count(
            Registration.objects.create(
                event=event,
                category=ParticipantCategory(category),
                status=status,
                waiting_position=waiting if status == RegistrationStatus.WAITING else None,
                name=name,
                email=f"{ascii_slug(name)}.{n}@example.org",
                language=("az", "en", "ru")[n % 3],
                consent_at=now,
                checked_in_at=event.start if checked_in and status == RegistrationStatus.CONFIRMED else None,
                **extra,
            )
        )


@register("events", requires=("home",))
def seed_events(ctx):
    home = ctx.pages["home"]
    regions = _regions(ctx)
    now = timezone.now()
    index = ctx.add_page(
        home,
        EventIndexPage(
            **per_language("title", content.INDEX["title"]), **per_language("intro", content.INDEX["intro"])
        ),
        ascii_slug(content.INDEX["title"]["az"]),
    )
    ctx.pages["events"] = index

    spec = content.SUMGAYIT
    start = timezone.make_aware(datetime.datetime(*spec["date"]))
    slug = ascii_slug(spec["title"]["az"])
    event = ctx.child(index, slug)
    if event is None:
        page = _event(spec, regions[spec["region"]], start)
        page.photos = [
            EventPhoto(image=ctx.image(f"events-sumgayit-{n}", 960, 640), **per_language("alt_text", alt))
            for n, alt in enumerate(content.SUMGAYIT_PHOTOS)
        ]
        event = ctx.add_page(index, page, slug)
    ctx.pages[spec["key"]] = event
    _sign_up(ctx, event, 9, start - datetime.timedelta(days=7), checked_in=True)

    for spec in content.UPCOMING:
        slug = ascii_slug(spec["title"]["az"])
        event = ctx.child(index, slug)
        if event is None:
            page = _event(spec, regions[spec["region"]], _at(spec["days"]))
            event = ctx.add_page(index, page, slug)
            for category, capacity in spec.get("quotas", {}).items():
                event.quotas.create(category=category, capacity=capacity)
            if spec.get("quotas"):
                event.save_revision().publish()
        ctx.pages[spec["key"]] = event
        _sign_up(ctx, event, spec["registrations"], now)


@register("events.privacy", requires=("events", "standard"))
def link_privacy_notice(ctx):
    """The consent on the registration form links the privacy notice, when the site has one."""
    index = ctx.pages["events"]
    privacy = ctx.pages.get("privacy")
    if privacy is not None and index.privacy_page_id is None:
        index.privacy_page = privacy
        index.save_revision().publish()
        ctx.count()
