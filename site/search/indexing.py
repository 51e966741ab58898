"""Build and keep the search entries of every public page and declared object, in every
language it exists in.

Generic over types: the text of an object in a language is its title, search
description and every translated field of its type (StreamFields through their
blocks' searchable content, rich text without tags), plus whatever a type adds
with ``get_search_text(language)``. A page type is searchable by being a page of
the site; a snippet by being declared (``search.registry``).
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from django.utils.html import strip_tags
from modeltranslation.translator import NotRegistered, translator
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText

from core.i18n import localized
from core.translated import languages_of, url_in

from .analysis import analyze, folded_text
from .models import SearchEntry
from .registry import searchable_models

SKIPPED_FIELDS = {"title", "slug", "url_path", "seo_title", "draft_title"}


def _field_text(obj, field_name, language):
    field = obj._meta.get_field(field_name)
    value = getattr(obj, localized(field_name, language), None)
    if not value:
        return ""
    if isinstance(field, StreamField):
        return " ".join(str(part) for part in field.stream_block.get_searchable_content(value) if part)
    if isinstance(field, RichTextField):
        return strip_tags(str(value)).replace("&nbsp;", " ")
    if isinstance(value, str):
        return value
    return ""


def _title_field(obj) -> str:
    return getattr(obj, "translated_title_field", "title")


def object_text(obj, language) -> str:
    """Everything a reader of ``language`` can read on ``obj``, as plain text."""
    parts = []
    try:
        options = translator.get_options_for_model(type(obj))
    except NotRegistered:
        options = None
    if options is not None:
        skipped = SKIPPED_FIELDS | {_title_field(obj)}
        for field_name in sorted(options.all_fields):
            if field_name not in skipped:
                parts.append(_field_text(obj, field_name, language))
    extra = getattr(obj, "get_search_text", None)
    if callable(extra):
        with translation.override(language):
            parts.append(extra(language) or "")
    return " ".join(" ".join(part.split()) for part in parts if part)


# Block fields that describe something rather than say it: searchable, never an excerpt.
NOT_PROSE = {"alt_text", "alt", "caption", "attribution", "credit", "url", "link", "language", "anchor"}
# Fields that repeat the page for machines (search engines, link previews).
NOT_EXCERPT_FIELDS = SKIPPED_FIELDS | {"search_description"}


def _prose(block, value) -> list[str]:
    """The sentences a reader reads in one block's value, in order (no alt text, captions, links)."""
    if value is None:
        return []
    if isinstance(value, RichText):
        return [strip_tags(value.source).replace("&nbsp;", " ")]
    if isinstance(block, blocks.StructBlock):
        return [
            text
            for name, child in block.child_blocks.items()
            if name not in NOT_PROSE
            for text in _prose(child, value.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in _prose(block.child_block, getattr(item, "value", item))]
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in _prose(child.block, child.value)]
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)) and isinstance(value, str):
        return [value]
    return []


def excerpt_text(obj, language) -> str:
    """What a search result quotes from ``obj`` in ``language``: its introduction and body text
    as a reader reads them, each once, without image descriptions, captions or the search
    description. A type may say otherwise with ``get_excerpt_text(language)``."""
    custom = getattr(obj, "get_excerpt_text", None)
    if callable(custom):
        with translation.override(language):
            return " ".join((custom(language) or "").split())
    try:
        options = translator.get_options_for_model(type(obj))
    except NotRegistered:
        return ""
    skipped = NOT_EXCERPT_FIELDS | {_title_field(obj)}
    names = sorted(set(options.all_fields) - skipped, key=lambda name: (name != "intro", name != "body", name))
    parts, seen = [], set()
    for name in names:
        field = obj._meta.get_field(name)
        value = getattr(obj, localized(name, language), None)
        if not value:
            continue
        if isinstance(field, StreamField):
            texts = [text for child in value for text in _prose(child.block, child.value)]
        else:
            texts = [_field_text(obj, name, language)]
        for text in texts:
            text = " ".join(text.split())
            if text and text not in seen:
                seen.add(text)
                parts.append(text)
    return " ".join(parts)


def object_title(obj, language) -> str:
    field = _title_field(obj)
    return getattr(obj, localized(field, language), None) or getattr(obj, field, None) or str(obj)


def object_date(obj) -> datetime.date | None:
    custom = getattr(obj, "search_date", None)
    value = custom() if callable(custom) else getattr(obj, "date", None)
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    # A page without a date of its own is dated by its last published change.
    published = getattr(obj, "last_published_at", None) or getattr(obj, "first_published_at", None)
    return published.date() if published else None


def is_public(obj) -> bool:
    if isinstance(obj, Page):
        return (
            obj.live
            and obj.depth > 1
            and not getattr(obj, "search_exclude", False)
            and not obj.get_view_restrictions().exists()
        )
    custom = getattr(obj, "is_search_public", None)
    if callable(custom):
        return bool(custom())
    return bool(getattr(obj, "live", True))


def _key(obj):
    return {"content_type": ContentType.objects.get_for_model(obj), "object_id": obj.pk}


@transaction.atomic
def index_object(obj) -> list[SearchEntry]:
    """Create, update or remove the search entries of a page or a declared object."""
    if isinstance(obj, Page):
        obj = obj.specific
    if not is_public(obj):
        remove_object(obj)
        return []
    languages = languages_of(obj)
    if not isinstance(obj, Page):  # a page is reached through the tree; anything else must say where
        languages = [lang for lang in languages if url_in(obj, lang)]
    key = _key(obj)
    SearchEntry.objects.filter(**key).exclude(language__in=languages).delete()
    entries = []
    for language in languages:
        title = object_title(obj, language)
        text = object_text(obj, language)
        entry, _created = SearchEntry.objects.update_or_create(
            **key,
            language=language,
            defaults={
                "page": obj if isinstance(obj, Page) else None,
                "date": object_date(obj),
                "display_title": title[:255],
                "title_folded": folded_text(title)[:255],
                "text": text,
                "title": " ".join(analyze(title, language)),
                "tokens": " ".join(analyze(f"{title} {text}", language)),
            },
        )
        entries.append(entry)
    return entries


def remove_object(obj) -> None:
    """Drop every entry of ``obj`` (one by one, so that the search backend drops them too)."""
    if isinstance(obj, Page):
        entries = SearchEntry.objects.filter(page_id=obj.pk)
    else:
        entries = SearchEntry.objects.filter(**_key(obj))
    for entry in entries:
        entry.delete()


def load_objects(keys) -> dict:
    """``{(content_type_id, object_id): object}`` for entries' keys; pages come back specific."""
    by_type: dict[int, list[int]] = {}
    for content_type_id, object_id in keys:
        by_type.setdefault(content_type_id, []).append(object_id)
    found = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        if issubclass(model, Page):
            objects = model.objects.filter(pk__in=ids).specific()
        else:
            objects = model._default_manager.filter(pk__in=ids)
        found.update({(content_type_id, obj.pk): obj for obj in objects})
    return found


def rebuild(stdout=None) -> int:
    """Index every live page and every declared object from scratch; returns the number of entries."""
    count = 0
    kept = set()
    pages = Page.objects.live().filter(depth__gt=1).specific().iterator(chunk_size=200)
    for n, page in enumerate(pages, 1):
        entries = index_object(page)
        kept.update(e.pk for e in entries)
        count += len(entries)
        if stdout is not None and n % 500 == 0:
            stdout.write(f"  {n} pages indexed…")
    for model in searchable_models():
        for obj in model._default_manager.iterator(chunk_size=200):
            entries = index_object(obj)
            kept.update(e.pk for e in entries)
            count += len(entries)
        if stdout is not None:
            stdout.write(f"  {model._meta.verbose_name_plural} indexed.")
    for entry in SearchEntry.objects.exclude(pk__in=kept):
        entry.delete()
    return count
