"""JSON-LD for e-services (schema.org ``GovernmentService``) and departments (``GovernmentOffice``)."""

from django.apps import apps
from django.utils.html import strip_tags

from core.i18n import LANGUAGE_CODES

SCHEMA_LANGUAGES = {"az": "az", "en": "en", "ru": "ru"}


def _agency(page, request):
    """The agency's name from the site settings (found by name: outreach does not import navigation)."""
    try:
        model = apps.get_model("navigation", "SiteSettings")
    except LookupError:
        return ""
    try:
        site_settings = model.for_request(request) if request is not None else model.for_site(page.get_site())
    except Exception:  # noqa: BLE001 — no site, no settings: JSON-LD goes without a provider name
        return ""
    return getattr(site_settings, "agency_name", "") or ""


def government_service(page, data, request=None):
    from .models import Audience

    data["@type"] = "GovernmentService"
    data["serviceType"] = page.get_life_event_display()
    agency = _agency(page, request)
    if agency:
        data["provider"] = {"@type": "GovernmentOrganization", "name": agency}
    data["audience"] = [
        {"@type": "Audience", "audienceType": str(Audience(a).label)} for a in (x.value for x in page.audiences())
    ]
    data["availableChannel"] = {
        "@type": "ServiceChannel",
        "serviceUrl": page.portal_url,
        "availableLanguage": [SCHEMA_LANGUAGES[code] for code in page.languages() if code in LANGUAGE_CODES],
    }
    if page.documents:
        data["termsOfService"] = strip_tags(page.documents).strip()
    data["areaServed"] = {"@type": "Country", "name": "Azerbaijan"}
    return data


def government_office(page, data, request=None):
    data["@type"] = "GovernmentOffice"
    data["address"] = {"@type": "PostalAddress", "streetAddress": page.address, "addressCountry": "AZ"}
    data["telephone"] = page.phone_e164()
    if page.email:
        data["email"] = page.email
    if page.map_url:
        data["hasMap"] = page.map_url
    from .models import SCHEMA_DAYS

    data["openingHoursSpecification"] = [
        {
            "@type": "OpeningHoursSpecification",
            "name": str(hours.get_audience_display()),
            "dayOfWeek": [f"https://schema.org/{SCHEMA_DAYS[day]}" for day in hours.days()],
            "opens": hours.opens.strftime("%H:%M"),
            "closes": hours.closes.strftime("%H:%M"),
        }
        for hours in page.hours.all()
    ]
    districts = [d.name for d in page.districts.all()]
    if districts:
        data["areaServed"] = [{"@type": "AdministrativeArea", "name": name} for name in districts]
    agency = _agency(page, request)
    if agency:
        data["parentOrganization"] = {"@type": "GovernmentOrganization", "name": agency}
    return data
