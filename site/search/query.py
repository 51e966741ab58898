"""Answering a reader's search: matching through Wagtail's search backend, ranking,
filters with counts, excerpts, promotions and the daily query log."""

import datetime
import re
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.i18n import LANGUAGE_CODES

from .analysis import analyze, analyze_word, clean_query, folded_text, words
from .models import SearchEntry, SearchQueryDay

MAX_CANDIDATES = 1000  # matches considered per language; counts above it say "1000+"
EXCERPT_WORDS = 32


@dataclass
class Hit:
    entry: SearchEntry
    language: str
    rank: int
    in_reader_language: bool


@dataclass
class SearchOutcome:
    query: str
    hits: list[Hit] = field(default_factory=list)
    type_counts: dict[int, int] = field(default_factory=dict)
    year_counts: dict[int, int] = field(default_factory=dict)
    total_before_filters: int = 0
    capped: bool = False


def match(query: str, language: str, date_from=None, date_to=None) -> list[int]:
    """Ids of the entries in ``language`` holding every token of ``query``, best first.

    The backend ranks (BM25 in SQLite FTS5 and Elasticsearch, ts_rank in PostgreSQL);
    only the order is used, since the scores of different backends do not compare.
    """
    tokens = analyze(query, language)
    if not tokens:
        return []
    entries = SearchEntry.objects.filter(language=language)
    if date_from:
        entries = entries.filter(date__gte=date_from)
    if date_to:
        entries = entries.filter(date__lte=date_to)
    results = entries.search(" ".join(tokens), operator="and", order_by_relevance=True)
    return [entry.pk for entry in results[:MAX_CANDIDATES]]


def run_search(query, reader_language, *, content_type_id=None, date_from=None, date_to=None, sort="relevance"):
    """Entries matching ``query``: the reader's language first, then pages found only in others."""
    query = clean_query(query)
    outcome = SearchOutcome(query=query)
    if not query:
        return outcome
    ranked = []
    seen_pages = set()
    for language in [reader_language, *(code for code in LANGUAGE_CODES if code != reader_language)]:
        matches = match(query, language, date_from, date_to)
        outcome.capped = outcome.capped or len(matches) >= MAX_CANDIDATES
        ranks = {pk: rank for rank, pk in enumerate(matches)}
        entries = SearchEntry.objects.filter(pk__in=ranks).defer("text", "tokens")
        wanted = set(analyze(query, language))
        group = [
            Hit(entry, language, ranks[entry.pk], language == reader_language)
            for entry in entries
            if entry.page_id not in seen_pages
        ]
        seen_pages.update(hit.entry.page_id for hit in group)
        if sort == "date":
            group.sort(key=lambda h: (h.entry.date or datetime.date.min, -h.rank), reverse=True)
        else:
            # Pages whose title holds more of the query come first, then the backend's order:
            # the same on every backend, whatever its scoring.
            group.sort(key=lambda h: (-len(wanted & set(h.entry.title.split())), h.rank))
        ranked.extend(group)

    outcome.total_before_filters = len(ranked)
    for hit in ranked:
        ct = hit.entry.content_type_id
        outcome.type_counts[ct] = outcome.type_counts.get(ct, 0) + 1
        if hit.entry.date:
            outcome.year_counts[hit.entry.date.year] = outcome.year_counts.get(hit.entry.date.year, 0) + 1
    outcome.hits = [h for h in ranked if not content_type_id or h.entry.content_type_id == content_type_id]
    return outcome


def content_type_labels(ids):
    return {
        ct.pk: ct.model_class()._meta.verbose_name for ct in ContentType.objects.filter(pk__in=ids) if ct.model_class()
    }


def excerpt(text: str, query: str, language: str) -> str:
    """About EXCERPT_WORDS words of ``text`` around the first match, matched words in <mark>."""
    wanted = set(analyze(query, language))
    if not text:
        return ""
    pieces = re.split(r"(\s+)", text)
    word_positions = [i for i, piece in enumerate(pieces) if piece.strip()]
    first = 0
    marked = set()
    for n, i in enumerate(word_positions):
        tokens = {analyze_word(w, language) for w in words(pieces[i])}
        if tokens & wanted:
            marked.add(i)
            if not first and len(marked) == 1:
                first = n
    start = max(0, first - 8)
    chosen = word_positions[start : start + EXCERPT_WORDS]
    if not chosen:
        return ""
    out = ["…" if start else ""]
    for i in range(chosen[0], chosen[-1] + 1):
        piece = escape(pieces[i])
        out.append(f"<mark>{piece}</mark>" if i in marked else piece)
    if chosen[-1] < word_positions[-1]:
        out.append("…")
    return mark_safe("".join(out))  # noqa: S308 (every piece is escaped above)


def promotions(query: str, language: str) -> list[dict]:
    """Editors' promoted results for ``query`` (Wagtail's search promotions) in ``language``.

    The editor's query matches whatever way the reader types it (folded: "Açıq qapı" is
    "aciq qapi"). A promoted page shows in the languages it is translated into, with its
    title and address in that language; an outside link shows in every language.
    """
    from wagtail.contrib.search_promotions.models import SearchPromotion

    key = folded_text(query)
    if not key:
        return []
    shown = []
    for promotion in SearchPromotion.objects.select_related("query", "page").order_by("sort_order"):
        if folded_text(promotion.query.query_string) != key:
            continue
        if promotion.page_id:
            page = promotion.page.specific
            if not page.live or not hasattr(page, "url_in") or language not in page.translated_languages:
                continue
            shown.append(
                {
                    "title": getattr(page, f"title_{language}"),
                    "url": page.url_in(language),
                    "description": promotion.description,
                }
            )
        elif promotion.external_link_url:
            shown.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    return shown


def suggest(prefix: str, language: str, limit: int = 8) -> list[dict]:
    """Titles in ``language`` with a word starting with ``prefix`` (folded: "sumq" → "Sumqayıt")."""
    key = folded_text(clean_query(prefix))
    if len(key) < 2:
        return []
    entries = SearchEntry.objects.filter(language=language).filter(
        Q(title_folded__startswith=key) | Q(title_folded__contains=f" {key}")
    )
    found = sorted(
        entries.only("page_id", "display_title", "title_folded")[:100],
        key=lambda e: (not e.title_folded.startswith(key), e.display_title),
    )[:limit]
    pages = {p.pk: p for p in Page.objects.filter(pk__in=[e.page_id for e in found]).specific()}
    return [
        {"title": e.display_title, "url": pages[e.page_id].url_in(language)}
        for e in found
        if e.page_id in pages and hasattr(pages[e.page_id], "url_in")
    ]


def log_query(query: str, language: str, results: int) -> None:
    """Count one search of ``query`` today (folded text only: no reader data)."""
    key = folded_text(query)[:200]
    if not key:
        return
    today = timezone.localdate()
    zero = 1 if results == 0 else 0
    updated = SearchQueryDay.objects.filter(day=today, language=language, query=key).update(
        searches=F("searches") + 1, searches_without_results=F("searches_without_results") + zero
    )
    if not updated:
        try:
            with transaction.atomic():
                SearchQueryDay.objects.create(
                    day=today, language=language, query=key, searches=1, searches_without_results=zero
                )
        except IntegrityError:  # created meanwhile by another request
            SearchQueryDay.objects.filter(day=today, language=language, query=key).update(
                searches=F("searches") + 1, searches_without_results=F("searches_without_results") + zero
            )
