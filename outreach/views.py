"""Readers' views of the outreach module outside the page tree (``outreach/urls.py``) and the
department finder the departments index shows."""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from core.i18n import DEFAULT_LANGUAGE, current_language

from .districts import find_district
from .models import DepartmentDistrict, LeafletPage

MAX_DISTRICT_QUERY = 80


def short_url(page, request=None) -> str:
    """The leaflet's permanent short address (absolute): what its QR code holds."""
    relative = reverse("outreach:short", args=[page.code])
    if request is not None:
        return request.build_absolute_uri(relative)
    site = page.get_site()
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")) + relative


def preferred_language(request, available) -> str:
    """The reader's first language (``Accept-Language``) that the leaflet exists in, else Azerbaijani."""
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for code, _quality in parse_accept_lang_header(header):
        code = code.lower().split("-")[0]
        if code in available:
            return code
    return DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in available else available[0]


@require_safe
@vary_on_headers("Accept-Language")
@cache_control(private=True, max_age=0)
def short_address(request, code):
    """``/l/<code>/``: the leaflet's current address in the reader's language (it may have moved).

    A temporary redirect (302), so a browser never remembers a place the editors may
    move; the leaflet page links its other two languages.
    """
    page = LeafletPage.objects.live().filter(code=code.lower()).first()
    if page is None:
        # Django's LocaleMiddleware then sends the reader to /<lang>/l/<code>/: the site's own
        # "page not found" in their language.
        raise Http404
    lang = preferred_language(request, page.translated_languages)
    url = page.url_in(lang, request)
    if not url:
        raise Http404
    return HttpResponseRedirect(url)


def leaflet_pdf(request, page):
    """The leaflet's PDF in the reader's language, made on publish (made now if it is missing)."""
    from . import pdf

    lang = current_language()
    stored = page.pdfs.filter(language=lang).first()
    if stored is None or stored.revision_id != page.live_revision_id:
        try:
            stored = pdf.store_pdf(page, lang)
        except OSError:  # WeasyPrint's libraries missing: the last PDF made, if any
            if stored is None:
                raise Http404 from None
    response = HttpResponse(bytes(stored.content), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{pdf.filename(page, lang)}"'
    return response


@require_safe
@cache_control(public=True, max_age=0, must_revalidate=True)
def service_worker(request):
    """The leaflets' service worker, from the site root so that it may control each language's leaflets.

    A worker controls only URLs under its own script's folder; the leaflets live under
    ``/az/…``, ``/en/…`` and ``/ru/…``, so the script is served from ``/`` and each page
    registers it with its own section as the scope.
    """
    path = finders.find("outreach/leaflet-sw.js")
    if not path:
        raise Http404
    with open(path, encoding="utf-8") as source:
        response = HttpResponse(source.read(), content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    return response


def department_lookup_context(request, index):
    """The departments list (filtered by region) and the answer to "Which office serves me?"."""
    from .forms import DepartmentFilterForm

    departments = list(index.departments().prefetch_related("districts", "hours"))
    regions = list(dict.fromkeys(d.region for d in departments))
    form = DepartmentFilterForm(request.GET or None, regions=regions)
    region = form.filters().get("region")
    shown = [d for d in departments if not region or d.region == region]

    query = (request.GET.get("district") or "").strip()
    too_long = len(query) > MAX_DISTRICT_QUERY
    matches = []
    if query and not too_long:
        districts = DepartmentDistrict.objects.filter(page__in=[d.pk for d in departments]).select_related("page")
        matches = find_district(query, districts)
    by_pk = {d.pk: d for d in departments}
    answers = [(m.district, by_pk.get(m.district.page_id)) for m in matches]
    all_districts = sorted({d.name for department in departments for d in department.districts.all()}, key=str.casefold)
    return {
        "form": form,
        "departments": shown,
        "district_query": query[:MAX_DISTRICT_QUERY],
        "district_too_long": too_long,
        "district_answers": answers,
        "district_exact": bool(matches) and matches[0].exact,
        "all_districts": all_districts,
        "max_district_query": MAX_DISTRICT_QUERY,
    }
