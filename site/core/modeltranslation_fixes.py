"""Every workaround for wagtail-modeltranslation, in one place, each explained.

Applied from ``CoreConfig.ready()``, which runs after the library has patched the
registered page models (its app is listed first in ``INSTALLED_APPS``).

1. Routing. The library replaces ``Page.route`` with a version that loads *all*
   children of a page and compares slugs in Python: serving a page under a parent
   with 5,000 children costs 5,000 model instances. ``route_by_slug`` asks the
   database for the one child whose slug matches in the active language (falling
   back to the Azerbaijani slug where the translation has none), using the indexes
   created by ``core.migrations.0001``.
2. Admin titles. ``draft_title`` is not translated, so the admin would show each
   page in whatever language it was last saved in; ``Page.get_admin_display_title``
   shows the title in the editor's own language instead.
3. Admin listings. Page listings get a "Languages" column naming the languages a
   page is translated into.
"""

from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from wagtail.admin.ui.tables import Column
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from .i18n import DEFAULT_LANGUAGE, current_language, localized
from .translated import languages_of


def child_by_slug(parent: Page, slug: str) -> Page | None:
    """The child of ``parent`` that answers to ``slug`` in the active language."""
    lang = current_language()
    default_field = localized("slug", DEFAULT_LANGUAGE)
    if lang == DEFAULT_LANGUAGE:
        condition = Q(**{default_field: slug})
    else:
        field = localized("slug", lang)
        untranslated = Q(**{f"{field}__isnull": True}) | Q(**{field: ""})
        condition = Q(**{field: slug}) | (untranslated & Q(**{default_field: slug}))
    return parent.get_children().filter(condition).first()


def route_by_slug(self, request, path_components):
    """``Page.route`` with one indexed query per path component."""
    if isinstance(self, RoutablePageMixin) and self.live:
        path = "/" + "/".join(path_components) + "/" if path_components else "/"
        try:
            view, args, kwargs = self.resolve_subpage(path)
        except Http404:
            pass
        else:
            return RouteResult(self, args=(view, args, kwargs))

    if path_components:
        child = child_by_slug(self, path_components[0])
        if child is None:
            raise Http404
        child._cached_parent_obj = self
        return child.specific.route(request, path_components[1:])
    if self.live:
        return RouteResult(self)
    raise Http404


def admin_display_title(self):
    """The page title in the editor's language (falls back to Azerbaijani)."""
    return self.title or self.draft_title


class TranslationsColumn(Column):
    """Admin page listing column: the languages a page is translated into."""

    def get_value(self, instance):
        return " · ".join(code.upper() for code in languages_of(instance))


def _add_translations_column():
    from wagtail.admin.views.pages import listing

    for holder in (listing.PageListingMixin, listing.IndexView, listing.ExplorableIndexView):
        columns = holder.base_columns
        if any(col.name == "translations" for col in columns):
            continue
        position = next((i for i, col in enumerate(columns) if col.name == "status"), len(columns))
        columns.insert(position, TranslationsColumn("translations", label=_("Languages"), width="12%"))


def apply():
    for model in [Page, *translator.get_registered_models(abstract=False)]:
        if issubclass(model, Page):
            model.route = route_by_slug
    Page.get_admin_display_title = admin_display_title
    _add_translations_column()
