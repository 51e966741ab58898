"""iCalendar (RFC 5545) for events: one event's ``.ics`` (download, e-mail attachment) and the feed."""

import datetime

from django.utils import timezone, translation
from icalendar import Calendar
from icalendar import Event as VEvent

from core.i18n import ascii_slug

from .models import EventStatus

PRODID = "-//Qapi//Events//AZ"
ICS_STATUS = {EventStatus.CANCELLED: "CANCELLED", EventStatus.POSTPONED: "TENTATIVE"}


def _uid(event, host: str) -> str:
    return f"event-{event.pk}@{host or 'qapi'}"


def _location(event) -> str:
    parts = [event.venue_name, event.venue_address, event.region.name if event.region else ""]
    text = ", ".join(p for p in parts if p)
    if event.status == EventStatus.MOVED_ONLINE and event.online_url:
        text = event.online_url
    return text


def vevent(event, lang: str, url: str, host: str = "") -> VEvent:
    """The event as seen by a reader of ``lang``: its title, summary, place and page."""
    with translation.override(lang):
        item = VEvent()
        item.add("uid", _uid(event, host))
        item.add("dtstamp", (event.last_published_at or timezone.now()).astimezone(datetime.UTC))
        item.add("dtstart", event.start.astimezone(datetime.UTC))
        item.add("dtend", event.end.astimezone(datetime.UTC))
        item.add("summary", event.title)
        if event.summary:
            item.add("description", f"{event.summary}\n\n{url}" if url else event.summary)
        location = _location(event)
        if location:
            item.add("location", location)
        if url:
            item.add("url", url)
        item.add("status", ICS_STATUS.get(event.status, "CONFIRMED"))
        # A later publish that moves the event replaces the copy in people's calendars.
        item.add("sequence", int(event.last_published_at.timestamp()) // 60 if event.last_published_at else 0)
    return item


def calendar(events_with_urls, lang: str, name: str = "", host: str = "") -> bytes:
    """A VCALENDAR of ``(event, url)`` pairs in ``lang``."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Baku")
    for event, url in events_with_urls:
        cal.add_component(vevent(event, lang, url, host))
    return cal.to_ical()


def event_ics(event, lang: str, url: str, host: str = "") -> bytes:
    return calendar([(event, url)], lang, host=host)


def filename(event, lang: str) -> str:
    with translation.override(lang):
        return f"{ascii_slug(event.title) or 'event'}.ics"
