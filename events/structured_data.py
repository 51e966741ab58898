"""JSON-LD for an event page (schema.org ``Event``), for search engines and sharing.

The page is cached for anonymous readers, so nothing here counts places: ``offers``
says only whether registration is open (``InStock``), open for the waiting list
(``LimitedAvailability``), full (``SoldOut``) or not open yet (``PreOrder``), a state
that changes rarely and is re-read whenever the page is rendered again.
"""

from django.apps import apps

from core.i18n import current_language

from .models import EventStatus

SCHEMA = "https://schema.org/"
EVENT_STATUS = {
    EventStatus.SCHEDULED: "EventScheduled",
    EventStatus.POSTPONED: "EventPostponed",
    EventStatus.RESCHEDULED: "EventRescheduled",
    EventStatus.CANCELLED: "EventCancelled",
    EventStatus.MOVED_ONLINE: "EventMovedOnline",
}


def _agency(event, request):
    """The agency's name from the site settings (found by name: events does not import navigation)."""
    try:
        model = apps.get_model("navigation", "SiteSettings")
    except LookupError:
        return ""
    try:
        site_settings = model.for_request(request) if request is not None else model.for_site(event.get_site())
    except Exception:  # noqa: BLE001 — no site, no settings: JSON-LD goes without an organizer
        return ""
    return getattr(site_settings, "agency_name", "") or ""


def _offer_availability(places):
    if places.state == "not_open":
        return "PreOrder"
    if places.state != "open":
        return "SoldOut"
    return "LimitedAvailability" if places.waiting_list_only else "InStock"


def event_structured_data(event, data, request=None) -> dict:
    from . import services

    online = event.status == EventStatus.MOVED_ONLINE
    data.update(
        {
            "@type": "Event",
            "name": event.title,
            "description": event.get_meta_description(),
            "startDate": event.start.isoformat(),
            "endDate": event.end.isoformat(),
            "eventStatus": SCHEMA + EVENT_STATUS.get(event.status, "EventScheduled"),
            "eventAttendanceMode": SCHEMA + ("OnlineEventAttendanceMode" if online else "OfflineEventAttendanceMode"),
        }
    )
    if event.previous_start and event.status in (EventStatus.RESCHEDULED, EventStatus.POSTPONED):
        data["previousStartDate"] = event.previous_start.isoformat()
    if online:
        data["location"] = {"@type": "VirtualLocation", "url": event.online_url or data["url"]}
    else:
        address = {"@type": "PostalAddress", "addressCountry": "AZ"}
        if event.venue_address:
            address["streetAddress"] = event.venue_address
        if event.region:
            address["addressRegion"] = event.region.name
        data["location"] = {"@type": "Place", "name": event.venue_name or event.title, "address": address}
        if event.map_url:
            data["location"]["hasMap"] = event.map_url
    agency = _agency(event, request)
    if agency:
        data["organizer"] = {"@type": "GovernmentOrganization", "name": agency}
    if event.registration_enabled and event.status != EventStatus.CANCELLED and not event.is_past():
        places = services.availability(event)
        data["offers"] = {
            "@type": "Offer",
            "price": "0",
            "priceCurrency": "AZN",
            "availability": SCHEMA + _offer_availability(places),
            "url": event.full_url_in(current_language(), request) + "register/",
        }
        if event.registration_opens_at:
            data["offers"]["validFrom"] = event.registration_opens_at.isoformat()
        if event.registration_deadline:
            data["offers"]["validThrough"] = event.registration_deadline.isoformat()
    else:
        data["isAccessibleForFree"] = True
    image = event.get_sharing_image()
    if image and request is not None:
        data["image"] = request.build_absolute_uri(image.get_rendition("fill-1200x630").url)
    return data
