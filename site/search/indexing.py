"""Build and keep the search entries of every public page, in every language it exists in.

Generic over page types: the text of a page in a language is its title, search
description and every translated field of its type (StreamFields through their
blocks' searchable content, rich text without tags), plus whatever a page type
adds with ``get_search_text(language)``. A new page type is searchable by being
a page of the site.
"""

import datetime

from django.db import transaction
from django.utils import translation
from django.utils.html import strip_tags
from modeltranslation.translator import NotRegistered, translator
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from core.modeltranslation_fixes import translated_languages

from .analysis import analyze, folded_text
from .models import SearchEntry

SKIPPED_FIELDS = {"title", "slug", "url_path", "seo_title", "draft_title"}


def _field_text(page, field_name, language):
    field = page._meta.get_field(field_name)
    value = getattr(page, f"{field_name}_{language}", None)
    if not value:
        return ""
    if isinstance(field, StreamField):
        return " ".join(str(part) for part in field.stream_block.get_searchable_content(value) if part)
    if isinstance(field, RichTextField):
        return strip_tags(str(value)).replace("&nbsp;", " ")
    if isinstance(value, str):
        return value
    return ""


def page_text(page, language) -> str:
    """Everything a reader of ``language`` can read on ``page``, as plain text."""
    parts = []
    try:
        options = translator.get_options_for_model(type(page))
    except NotRegistered:
        options = None
    if options is not None:
        for field_name in sorted(options.all_fields):
            if field_name in SKIPPED_FIELDS:
                continue
            parts.append(_field_text(page, field_name, language))
    extra = getattr(page, "get_search_text", None)
    if callable(extra):
        with translation.override(language):
            parts.append(extra(language) or "")
    return " ".join(" ".join(part.split()) for part in parts if part)


def page_date(page) -> datetime.date | None:
    value = getattr(page, "date", None)
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    published = page.first_published_at or page.last_published_at
    return published.date() if published else None


def is_searchable(page) -> bool:
    return page.live and not page.get_view_restrictions().exists() and page.depth > 1


@transaction.atomic
def index_page(page) -> list[SearchEntry]:
    """Create, update or remove the search entries of ``page``."""
    page = page.specific
    if not is_searchable(page):
        remove_page(page)
        return []
    languages = translated_languages(page)
    SearchEntry.objects.filter(page=page).exclude(language__in=languages).delete()
    entries = []
    for language in languages:
        title = getattr(page, f"title_{language}", None) or page.title
        text = page_text(page, language)
        entry, _created = SearchEntry.objects.update_or_create(
            page=page,
            language=language,
            defaults={
                "content_type_id": page.content_type_id,
                "date": page_date(page),
                "display_title": title[:255],
                "title_folded": folded_text(title)[:255],
                "text": text,
                "title": " ".join(analyze(title, language)),
                "tokens": " ".join(analyze(f"{title} {text}", language)),
            },
        )
        entries.append(entry)
    return entries


def remove_page(page) -> None:
    for entry in SearchEntry.objects.filter(page_id=page.pk):
        entry.delete()  # one by one, so that the search backend drops them too


def rebuild(stdout=None) -> int:
    """Index every live page from scratch; returns the number of entries."""
    count = 0
    live_ids = set()
    pages = Page.objects.live().filter(depth__gt=1).specific().iterator(chunk_size=200)
    for n, page in enumerate(pages, 1):
        live_ids.add(page.pk)
        count += len(index_page(page))
        if stdout is not None and n % 500 == 0:
            stdout.write(f"  {n} pages indexed…")
    for entry in SearchEntry.objects.exclude(page_id__in=live_ids):
        entry.delete()
    return count
