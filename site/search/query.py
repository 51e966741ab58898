"""Answering a reader's search: matching through Wagtail's search backend, ranking,
filters with counts, excerpts, promotions and the daily query log."""

import datetime
import functools
import operator
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connection, transaction
from django.db.models import F, IntegerField, Q, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Concat, Length, Replace
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.i18n import LANGUAGE_CODES
from core.translated import languages_of, url_in

from .analysis import analyze, analyze_word, clean_query, folded_text, words
from .models import SearchEntry, SearchQueryDay

MAX_CANDIDATES = 500  # matches considered per language by the most-of-the-words fallback (the newest)
MATCH_WINDOW = MAX_CANDIDATES * len(LANGUAGE_CODES)  # newest index matches looked at, in any language
QUERY_LOG_DAILY_LIMIT = 5000  # distinct queries stored per language and day (setting SEARCH_QUERY_LOG_DAILY_LIMIT)
EXCERPT_WORDS = 32
SUGGEST_CANDIDATES = 100  # titles looked at per kind of match (start of the title, start of a later word)
TITLE_WEIGHT = 2.0
K1, B = 1.2, 0.75  # BM25's usual constants


@dataclass
class Match:
    """One matching entry, with what ranking, filters and the result list need."""

    pk: int
    content_type_id: int
    object_id: int
    page_id: int | None  # set when the object is a page
    date: datetime.date | None
    display_title: str
    score: float
    missing: tuple[str, ...] = ()  # words of the query this entry lacks (only when not every word was found)


@dataclass
class Hit:
    entry: Match
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
    partial: bool = False  # no entry has every word: these have most of them
    capped: bool = False  # more matches than the database ranks: the counts are lower bounds


def _occurrences(column, token):
    """SQL: how many times `token` stands as a whole word in `column` (space-separated tokens)."""
    padded = Concat(Value(" "), F(column), Value(" "), output_field=TextField())
    without = Replace(padded, Value(f" {token} "), Value(" "))
    return (Length(padded) - Length(without)) / (len(token) + 1)


def _database_index_query(backend, tokens, any_token=False):
    """A subquery asking Wagtail's database search index for entries holding every token
    (or, with ``any_token``, at least one), or None.

    Wagtail's database backend indexes a SearchEntry's ``title`` field into the index
    entry's title column and ``tokens`` (which repeats the title) into its body column.
    The queries its compiler builds cannot use the full-text indexes: on SQLite the
    planner walks every index entry and probes FTS5 once per entry; on PostgreSQL the
    title and body vectors are concatenated before matching, so the GIN index is
    skipped. Both grow with the whole index. These ask the same index, built by
    Wagtail's backend, so that the full-text index drives the search (docs/search.md),
    and take the newest ``MATCH_WINDOW`` matches (in any language) only.
    """
    module = type(backend).__module__
    content_type = ContentType.objects.get_for_model(SearchEntry).pk
    if connection.vendor == "sqlite" and "sqlite" in module:
        # Each token an FTS5 string (a phrase should the tokenizer split it): nothing in
        # it is syntax once its double quotes are doubled.
        joiner = " OR " if any_token else " AND "
        expression = joiner.join('"{}"'.format(token.replace('"', '""')) for token in tokens)
        return RawSQL(
            "SELECT CAST(entry.object_id AS INTEGER) FROM wagtailsearch_indexentry_fts fts "
            "CROSS JOIN wagtailsearch_indexentry entry ON entry.id = fts.rowid "
            "WHERE wagtailsearch_indexentry_fts MATCH %s AND entry.content_type_id = %s "
            "ORDER BY fts.rowid DESC LIMIT %s",
            (expression, content_type, MATCH_WINDOW),
        )
    if connection.vendor == "postgresql" and "postgres" in module:
        from django.contrib.postgres.search import SearchQuery
        from wagtail.search.models import IndexEntry

        # phraseto_tsquery reads plain text, never query syntax: any token is safe, and one
        # the parser splits must match as the same words in a row, as it was indexed.
        tsquery = functools.reduce(
            operator.or_ if any_token else operator.and_,
            (SearchQuery(token, config="simple", search_type="phrase") for token in tokens),
        )
        return (
            IndexEntry.objects.filter(body=tsquery, content_type_id=content_type)
            .annotate(entry_id=Cast("object_id", IntegerField()))
            .order_by("-id")
            .values("entry_id")[:MATCH_WINDOW]
        )
    return None


def _matching_ids(entries, tokens, any_token=False) -> list[int]:
    """Ids of ``entries`` whose indexed tokens include every one of ``tokens`` (or one of
    them, with ``any_token``), through Wagtail's search index (Elasticsearch: its
    ``.search()`` as it is)."""
    backend = get_search_backend()
    matching = _database_index_query(backend, tokens, any_token)
    if matching is not None:
        return list(entries.filter(pk__in=matching).order_by("-pk").values_list("pk", flat=True)[:MAX_CANDIDATES])
    # On the engine (the fallback only): the engine's order (it keeps no pk to sort by), at most MAX_CANDIDATES.
    found = entries.only("pk").search(" ".join(tokens), operator="or" if any_token else "and", order_by_relevance=False)
    return [entry.pk for entry in found[:MAX_CANDIDATES]]


def _query_words(query, language):
    """The query's words that have tokens in ``language``, each with its tokens (stop words have none)."""
    found = []
    for word in words(query):
        tokens = analyze_word(word, language)
        if tokens:
            found.append((word, tokens))
    return found


def most_words_needed(count: int) -> int:
    """How many of a query's ``count`` words an entry needs when none has them all: most of them."""
    return count // 2 + 1 if count > 2 else 1


def match(query: str, language: str, date_from=None, date_to=None, partial=False) -> list[Match]:
    """Entries in ``language`` holding every token of ``query``, best first.

    Wagtail's backend decides *which* entries match (every token must); the order is
    computed here, the same for every backend: a BM25-style score over the page's
    tokens plus a bonus for query words in the title, counted by the database.

    With ``partial`` (asked when no entry in any language has every word), entries with
    most of the query's words (``most_words_needed``), those with more words first, each
    naming the words it lacks.
    """
    tokens = list(dict.fromkeys(analyze(query, language)))[:12]
    if not tokens:
        return []
    query_words = _query_words(query, language)
    if partial and len(query_words) < 2:
        return []
    entries = SearchEntry.objects.filter(language=language)
    if date_from:
        entries = entries.filter(date__gte=date_from)
    if date_to:
        entries = entries.filter(date__lte=date_to)
    ids = _matching_ids(entries, tokens, any_token=partial)
    if not ids:
        return []
    counts = {f"tf{i}": _occurrences("tokens", t) for i, t in enumerate(tokens)}
    counts.update({f"tt{i}": _occurrences("title", t) for i, t in enumerate(tokens)})
    rows = list(
        SearchEntry.objects.filter(pk__in=ids)
        .annotate(doc_length=Length("tokens"), **counts)
        .values("pk", "content_type_id", "object_id", "page_id", "date", "display_title", "doc_length", *counts)
    )
    average = sum(r["doc_length"] for r in rows) / len(rows) or 1
    matches = []
    for r in rows:
        norm = K1 * (1 - B + B * r["doc_length"] / average)
        score = 0.0
        for i in range(len(tokens)):
            tf = float(r[f"tf{i}"] or 0)
            score += tf * (K1 + 1) / (tf + norm) if tf else 0.0
            score += TITLE_WEIGHT if r[f"tt{i}"] else 0.0
        missing = ()
        if partial:
            present = {token for i, token in enumerate(tokens) if r[f"tf{i}"]}
            missing = tuple(word for word, word_tokens in query_words if not present.intersection(word_tokens))
            if len(query_words) - len(missing) < most_words_needed(len(query_words)):
                continue
            score -= 1000 * len(missing)  # more of the query's words first, then the usual score
        matches.append(
            Match(
                r["pk"],
                r["content_type_id"],
                r["object_id"],
                r["page_id"],
                r["date"],
                r["display_title"],
                round(score, 6),
                missing,
            )
        )
    matches.sort(key=lambda m: (-m.score, -(m.date or datetime.date.min).toordinal(), m.content_type_id, m.object_id))
    return matches


def restricted_page_ids() -> frozenset[int]:
    """Pages behind a view restriction (password, login, groups): never shown in results,
    even when the restriction was added after the page was indexed. Once per content
    generation: a restriction, a page moved or added under one, all move it."""
    from wagtail.models import PageViewRestriction

    from core import memo

    def compute():
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        if not paths:
            return frozenset()
        condition = Q()
        for path in paths:
            condition |= Q(path__startswith=path)
        return frozenset(Page.objects.filter(condition).values_list("pk", flat=True))

    return memo.per_generation(None, ("restricted-page-ids",), compute)


class RankedHits:
    """The ranked results of a search as a sequence that fetches only what is sliced from
    it (the page the reader sees): its length comes from the engine's counts."""

    def __init__(self, plan, reader_language, content_type_id, total):
        self.plan = plan
        self.reader_language = reader_language
        self.content_type_id = content_type_id
        self.total = total

    def __len__(self):
        return self.total

    def count(self):
        return self.total

    def __getitem__(self, item):
        if isinstance(item, int):
            return self[item : item + 1][0]
        start, stop, _step = item.indices(self.total)
        if stop <= start:
            return []
        rows = self.plan.fetch(start, stop - start, self.content_type_id)
        entries = SearchEntry.objects.in_bulk([row.pk for row in rows])
        hits = []
        for rank, row in enumerate(rows, start):
            e = entries.get(row.pk)
            if e is None:  # removed since the engine indexed it
                continue
            match = Match(e.pk, e.content_type_id, e.object_id, e.page_id, e.date, e.display_title, round(row.score, 6))
            hits.append(Hit(match, row.language, rank, row.language == self.reader_language))
        return hits

    def __iter__(self):
        for start in range(0, self.total, 100):
            yield from self[start : start + 100]


def _ranked_by_qapi(query, reader_language, *, date_from, date_to, sort, restricted, partial):
    """Every hit, ranked here (the words-missing fallback; databases without a plan)."""
    ranked, seen = [], set()
    for language in [reader_language, *(code for code in LANGUAGE_CODES if code != reader_language)]:
        matches = match(query, language, date_from, date_to, partial=partial)
        group = [
            Hit(m, language, rank, language == reader_language)
            for rank, m in enumerate(matches)
            if (m.content_type_id, m.object_id) not in seen and m.page_id not in restricted
        ]
        seen.update((hit.entry.content_type_id, hit.entry.object_id) for hit in group)
        if sort == "date":
            group.sort(key=lambda h: (h.entry.date or datetime.date.min, -h.rank), reverse=True)
        ranked.extend(group)
    return ranked


def run_search(query, reader_language, *, content_type_id=None, date_from=None, date_to=None, sort="relevance"):
    """Entries matching ``query``: the reader's language first, then objects found only in others.

    The backend ranks, counts and pages (search.ranking): ``outcome.hits`` fetches only
    the slice asked of it. When no entry has every word, entries with most of them
    (ranked here; a rare case, and a small one).
    """
    from .ranking import plan_for

    query = clean_query(query)
    outcome = SearchOutcome(query=query)
    if not query:
        return outcome
    restricted = restricted_page_ids()
    languages = [reader_language, *(code for code in LANGUAGE_CODES if code != reader_language)]
    options = {"date_from": date_from, "date_to": date_to, "sort": sort}
    plan = plan_for(get_search_backend(), query, languages, restricted=restricted, **options)
    if plan is not None:
        counts = plan.counts()
        outcome.capped = getattr(plan, "capped", False)
        if counts:
            total = 0
            for _group, ct, year, n in counts:
                outcome.type_counts[ct] = outcome.type_counts.get(ct, 0) + n
                if year:
                    outcome.year_counts[year] = outcome.year_counts.get(year, 0) + n
                if not content_type_id or ct == content_type_id:
                    total += n
            outcome.total_before_filters = sum(outcome.type_counts.values())
            outcome.hits = RankedHits(plan, reader_language, content_type_id, total)
            return outcome
        ranked = []
    else:
        ranked = _ranked_by_qapi(query, reader_language, restricted=restricted, partial=False, **options)
    if not ranked:
        # Not one entry has every word: rather than "nothing found", those with most of them.
        ranked = _ranked_by_qapi(query, reader_language, restricted=restricted, partial=True, **options)
        outcome.partial = bool(ranked)

    outcome.total_before_filters = len(ranked)
    for hit in ranked:
        ct = hit.entry.content_type_id
        outcome.type_counts[ct] = outcome.type_counts.get(ct, 0) + 1
        if hit.entry.date:
            outcome.year_counts[hit.entry.date.year] = outcome.year_counts.get(hit.entry.date.year, 0) + 1
    outcome.hits = [h for h in ranked if not content_type_id or h.entry.content_type_id == content_type_id]
    return outcome


def kind_label(model):
    """What a reader calls one of ``model``'s objects ("News", "Event"): its ``search_kind``,
    else its verbose name (search/registry.py)."""
    return getattr(model, "search_kind", None) or model._meta.verbose_name


def content_type_labels(ids):
    return {ct.pk: kind_label(ct.model_class()) for ct in ContentType.objects.filter(pk__in=ids) if ct.model_class()}


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
        tokens = {t for w in words(pieces[i]) for t in analyze_word(w, language)}
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
    from core import memo

    key = folded_text(query)
    if not key:
        return []
    # Once per content generation (a promotion's save moves it, as a page's does).
    return memo.per_generation(None, ("search-promotions", key, language), lambda: _promotions(key, language))


def _promotions(key: str, language: str) -> list[dict]:
    from wagtail.contrib.search_promotions.models import SearchPromotion

    shown = []
    for promotion in SearchPromotion.objects.select_related("query", "page").order_by("sort_order"):
        if folded_text(promotion.query.query_string) != key:
            continue
        if promotion.page_id:
            page = promotion.page.specific
            if not page.live or language not in languages_of(page):
                continue
            shown.append(
                {
                    "title": getattr(page, f"title_{language}"),
                    "url": url_in(page, language),
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
    entries = (
        SearchEntry.objects.filter(language=language)
        .exclude(page_id__in=restricted_page_ids())
        .only("content_type_id", "object_id", "display_title", "title_folded")
    )
    # Titles starting with the prefix first: an index range (language, title_folded),
    # whatever the number of entries. Titles with a later word starting with it are
    # looked for only when those are too few (a scan of the language's titles).
    found = list(entries.filter(title_folded__startswith=key).order_by("title_folded")[:SUGGEST_CANDIDATES])
    if len(found) < limit:
        found += entries.filter(title_folded__contains=f" {key}").exclude(title_folded__startswith=key)[
            :SUGGEST_CANDIDATES
        ]
    found = sorted(found, key=lambda e: (not e.title_folded.startswith(key), e.display_title))[:limit]
    from .indexing import load_objects

    objects = load_objects((e.content_type_id, e.object_id) for e in found)
    suggestions = []
    for e in found:
        obj = objects.get((e.content_type_id, e.object_id))
        url = url_in(obj, language) if obj is not None else ""
        if url:
            suggestions.append({"title": e.display_title, "url": url})
    return suggestions


def log_query(query: str, language: str, results: int) -> None:
    """Count one search of ``query`` today (folded text only: no reader data).

    At most ``SEARCH_QUERY_LOG_DAILY_LIMIT`` distinct queries are stored per language and
    day (a flood of made-up queries cannot fill the database); past it, queries already
    stored that day are still counted and new ones are not stored.
    """
    key = folded_text(query)[:200]
    if not key:
        return
    today = timezone.localdate()
    zero = 1 if results == 0 else 0
    updated = SearchQueryDay.objects.filter(day=today, language=language, query=key).update(
        searches=F("searches") + 1, searches_without_results=F("searches_without_results") + zero
    )
    if not updated:
        limit = getattr(settings, "SEARCH_QUERY_LOG_DAILY_LIMIT", QUERY_LOG_DAILY_LIMIT)
        if SearchQueryDay.objects.filter(day=today, language=language).count() >= limit:
            return
        try:
            with transaction.atomic():
                SearchQueryDay.objects.create(
                    day=today, language=language, query=key, searches=1, searches_without_results=zero
                )
        except IntegrityError:  # created meanwhile by another request
            SearchQueryDay.objects.filter(day=today, language=language, query=key).update(
                searches=F("searches") + 1, searches_without_results=F("searches_without_results") + zero
            )
