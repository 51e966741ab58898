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
4. Slug checks. The library checks slugs twice (the model's ``clean`` and a form
   class wrapped around ``base_form_class``), comparing each language's slug with
   fallbacks, so one clash of an Azerbaijani slug is reported three times ("This slug
   is already in use" on slug_az, slug_en, slug_ru), naming neither the language nor
   the page. Pages that check their own slugs (``core.models.BasePage.slug_clashes``:
   one error per field, with the language and a link to the page) skip both.
5. Language toggles and copy buttons. The library's picker (``language_toggles.js``)
   hides every other language's fields, looks disabled, and hides them again after a
   validation error. Its "Copy content from" buttons (``copy_stream_fields.js``)
   overwrite a body without asking, appear on panels that are not translated (any
   name with an underscore), and never appear when the admin is not in English (they
   look for panel ids starting "panel-child-content-", and the tab's part of the id is
   its name in the editor's language). ``static/admin/qapi-editor.js``
   (``core.wagtail_hooks``) replaces both; it still uses the library's copy view.
6. Site root paths. The library keeps each language's site root paths in the shared
   cache and reads them again for every page object without a request (every link
   in a listing, every language switch): seven cache round trips per page. They
   change only when a site or a page changes, which moves the content generation,
   so they are kept in memory per generation (``core.memo``) while a request is served.
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


def _checks_own_slugs(page) -> bool:
    return hasattr(page, "slug_clashes")


def _skip_library_slug_checks():
    from wagtail_modeltranslation import patch_wagtailadmin

    library_check = patch_wagtailadmin._validate_slugs
    if getattr(library_check, "qapi_fixed", False):
        return

    def validate_slugs(page):
        return {} if _checks_own_slugs(page) else library_check(page)

    validate_slugs.qapi_fixed = True
    # The library's patched Model.clean looks this function up at call time.
    patch_wagtailadmin._validate_slugs = validate_slugs

    for model in translator.get_registered_models(abstract=False):
        form_class = getattr(model, "base_form_class", None)
        if (
            _checks_own_slugs(model)
            and form_class is not None
            and form_class.__name__ == "WagtailFixedAdminPageForm"
            and form_class.__module__ == patch_wagtailadmin.patch_admin_page_form.__module__
        ):
            model.base_form_class = form_class.__bases__[0]
            model.get_edit_handler.cache_clear()


def _remove_library_editor_scripts():
    from wagtail import hooks
    from wagtail_modeltranslation import wagtail_hooks as library_hooks

    replaced = {
        getattr(library_hooks, "language_toggles", None),  # absent when its picker is off
        library_hooks.streamfields_translation_copy,
    }
    registered = hooks._hooks.get("insert_editor_js", [])
    registered[:] = [(fn, order) for fn, order in registered if fn not in replaced]


def _site_root_paths_in_memory():
    from django.utils.translation import get_language
    from wagtail_modeltranslation import patch_wagtailadmin

    library = patch_wagtailadmin._localized_site_get_site_root_paths
    if getattr(library, "qapi_fixed", False):
        return

    def site_root_paths():
        from . import memo

        return memo.per_generation(None, ("site-root-paths", get_language()), library)

    site_root_paths.qapi_fixed = True
    # The library's patched get_site_root_paths looks this function up at call time.
    patch_wagtailadmin._localized_site_get_site_root_paths = site_root_paths


def apply():
    for model in [Page, *translator.get_registered_models(abstract=False)]:
        if issubclass(model, Page):
            model.route = route_by_slug
    Page.get_admin_display_title = admin_display_title
    _add_translations_column()
    _skip_library_slug_checks()
    _remove_library_editor_scripts()
    _site_root_paths_in_memory()
