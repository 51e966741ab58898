"""Template tags of the site's menus, breadcrumbs, feeds and contact details."""

import functools

from django import template
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from core import memo
from core.i18n import LANGUAGE_CODES, current_language
from core.translated import languages_of
from navigation.models import NavigationSettings, SiteSettings

register = template.Library()

# Query parameters the language switcher leaves behind: the page number (the other
# language may have fewer pages) and link trackers.
NOT_FILTERS = frozenset({"page", "fbclid", "gclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl"})

# Views outside the page tree that show breadcrumbs ("Home › Search"), by URL name.
VIEW_TITLES = {
    "search:search": lambda: _("Search"),
}


@register.simple_tag(takes_context=True)
def menu_items(context, which):
    """The items of the header (``main``) or ``footer`` menu for the current site."""
    request = context.get("request")
    if request is None:
        return []

    def items():
        nav = NavigationSettings.for_request(request)
        items = nav.header_items if which == "main" else nav.footer_items
        return [
            {"label": item.label, "url": item.href(request)}
            for item in items.select_related("link_page").all()
            if item.label
        ]

    # Once per content generation (any edit to a menu, a page or the settings moves it).
    site = memo.site_for(request)
    return memo.per_generation(request, ("menu", which, site and site.pk, current_language()), items)


@register.simple_tag(takes_context=True)
def menu_current(context, which):
    """The menu item's URL this request is at, or "" (what the menu's markup varies by)."""
    request = context.get("request")
    if request is None:
        return ""
    return request.path if any(item["url"] == request.path for item in menu_items(context, which)) else ""


# --- breadcrumbs ------------------------------------------------------------------------


def _crumb(page, request, language):
    return {
        "title": page.title,
        "url": page.get_url(request=request),
        "lang": "" if language in languages_of(page) else "az",
    }


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context):
    """The way from the home page to where the reader is, or ``[]`` on the home page.

    A page lists its ancestors below the tree root; a view outside the tree (search)
    is "Home › its title". Each crumb says ``lang="az"`` when it falls back to
    Azerbaijani. Rendered once per response: a template that still includes the
    breadcrumbs itself gets nothing the second time.
    """
    request = context.get("request")
    if request is None or getattr(request, "_breadcrumbs_shown", False):
        return []
    language = current_language()
    page = context.get("page")
    trail = []
    if isinstance(page, Page):
        if getattr(page, "is_home", False) or page.depth <= 2:
            return []

        def crumbs():
            ancestors = page.get_ancestors().filter(depth__gt=1)
            return [
                *(_crumb(ancestor, request, language) for ancestor in ancestors),
                {**_crumb(page, request, language), "url": ""},
            ]

        # Once per content generation: a renamed or moved page moves it.
        site = memo.site_for(request)
        key = ("breadcrumbs", site and site.pk, page.pk, page.title, language)
        trail = memo.per_generation(request, key, crumbs) if page.live and page.pk else crumbs()
    else:
        match = getattr(request, "resolver_match", None)
        title = context.get("breadcrumb_title") or (
            VIEW_TITLES[match.view_name]() if match and match.view_name in VIEW_TITLES else ""
        )
        if not title:
            return []
        trail = [{"title": _("Home"), "url": f"/{language}/", "lang": ""}, {"title": title, "url": "", "lang": ""}]
    request._breadcrumbs_shown = True
    return trail


# --- language switcher keeps the reader's filters ------------------------------------------


@register.simple_tag(takes_context=True)
def with_filters(context, url):
    """``url`` with the request's filter parameters (``?year=2017&topic=…``), not its page number.

    The language switcher links the same listing, filtered the same way, in another
    language. Link trackers and the page number (the other language may have fewer
    pages) are left behind.
    """
    request = context.get("request")
    if request is None or not request.GET or "?" in url:
        return url
    params = [
        (name, value)
        for name, values in request.GET.lists()
        if name not in NOT_FILTERS and not name.startswith("utm_")
        for value in values
        if value
    ]
    return f"{url}?{urlencode(params)}" if params else url


# --- feed autodiscovery ------------------------------------------------------------------


@functools.cache
def _feed_page_types() -> tuple:
    """Page types that serve an RSS feed at their ``feed`` route."""
    found = []
    for model in apps.get_models():
        if issubclass(model, RoutablePageMixin) and issubclass(model, Page):
            try:
                model.get_resolver().reverse("feed")
            except NoReverseMatch:
                continue
            found.append(model)
    return tuple(found)


@register.simple_tag(takes_context=True)
def feed_links(context):
    """The site's RSS feeds in every language they exist in, the reader's first.

    For ``<link rel="alternate" type="application/rss+xml" hreflang=…>`` on every page,
    so a feed reader finds the news from anywhere. One query: the live pages of the
    types that serve a ``feed`` route.
    """
    request = context.get("request")
    models = _feed_page_types()
    if request is None or not models:
        return []
    site = memo.site_for(request)
    return memo.per_generation(
        request, ("feeds", site and site.pk, current_language()), lambda: _feeds(request, models)
    )


def _feeds(request, models):
    content_types = ContentType.objects.get_for_models(*models).values()
    pages = Page.objects.live().filter(content_type__in=content_types).order_by("path")
    active = current_language()
    languages = [active, *(code for code in LANGUAGE_CODES if code != active)]
    links = []
    for page in pages:
        subpath = page.specific_class.get_resolver().reverse("feed").lstrip("/")
        translated = languages_of(page)
        for lang in languages:
            if lang not in translated:
                continue
            with translation.override(lang):
                url = page.get_url(request=request)
                if url:
                    links.append({"url": url + subpath, "title": f"{page.title} — RSS", "lang": lang})
    return links


# --- contact details ---------------------------------------------------------------------


@register.simple_tag(takes_context=True)
def contact_details(context):
    """The site settings when ``page`` is the contacts page they name, else ``None``."""
    request = context.get("request")
    page = context.get("page")
    if request is None or page is None:
        return None
    site_settings = SiteSettings.for_request(request)
    return site_settings if site_settings.contact_page_id == page.pk else None
