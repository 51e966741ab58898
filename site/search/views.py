"""The search page and its autocomplete, under every language prefix."""

import datetime
import logging

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.i18n import current_language
from core.translated import url_in

from .analysis import MAX_QUERY_LENGTH, clean_query
from .engine import engine_errors
from .forms import SearchForm
from .indexing import excerpt_text, load_objects
from .query import content_type_labels, excerpt, kind_label, log_query, promotions, run_search, suggest

logger = logging.getLogger(__name__)

PAGE_SIZE = 10
SUGGESTIONS_MAX_AGE = 60  # seconds a browser may keep suggestions (docs/search.md)


# Never stored by the page cache (it leaves out responses that say "private"), and
# browsers ask again: each search is answered afresh and counted in the query log.
@require_safe
@cache_control(private=True, no_cache=True)
def search(request):
    """The search page; when the search engine cannot answer (down, unreachable, timing
    out), a page that says search is unavailable, status 503, and a line in the log."""
    try:
        return _search_page(request)
    except engine_errors() as error:
        logger.error("Search engine unavailable: %s: %s", type(error).__name__, error)
        query = clean_query(request.GET.get("q", ""))
        context = {"form": SearchForm(), "query": query, "unavailable": True, "hide_header_search": True}
        return render(request, "search/search.html", context, status=503)


def _search_page(request):
    language = current_language()
    form = SearchForm(request.GET)
    form.is_valid()
    data = form.cleaned_data  # the valid parameters only: the others are left out
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    truncated = len(raw_query.strip()) > MAX_QUERY_LENGTH
    # What the filter and page links carry: the valid parameters, as this page read them.
    base = {"q": query}
    for name in ("date_from", "date_to"):
        if data.get(name):
            base[name] = data[name].isoformat()
    if data.get("sort") == "date":
        base["sort"] = "date"

    outcome = (
        run_search(
            query,
            language,
            content_type_id=data.get("type"),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            sort=data.get("sort") or "relevance",
        )
        if query
        else None
    )

    context = {
        "form": form,
        "query": query,
        "type": data.get("type"),
        "truncated": truncated,
        "outcome": outcome,
        "hide_header_search": True,
    }
    if outcome is not None:
        paginator = Paginator(outcome.hits, PAGE_SIZE)
        page_obj = paginator.page(min(data.get("page") or 1, paginator.num_pages))
        hits = list(page_obj.object_list)
        objects = load_objects((h.entry.content_type_id, h.entry.object_id) for h in hits)
        results = []
        for hit in hits:
            obj = objects.get((hit.entry.content_type_id, hit.entry.object_id))
            if obj is None:
                continue
            results.append(
                {
                    "title": hit.entry.display_title,
                    "url": url_in(obj, hit.language, request),
                    "language": hit.language,
                    "in_reader_language": hit.in_reader_language,
                    "date": hit.entry.date,
                    "type": kind_label(type(obj)),
                    "excerpt": excerpt(excerpt_text(obj, hit.language), query, hit.language),
                    "missing": hit.entry.missing,
                }
            )
        labels = content_type_labels(outcome.type_counts)
        context.update(
            {
                "results": results,
                "page_obj": page_obj,
                "total": len(outcome.hits),
                "type_filters": [
                    {
                        "id": ct,
                        "label": labels.get(ct, ""),
                        "count": count,
                        "selected": data.get("type") == ct,
                        "url": "?" + urlencode({**base, "type": ct}),
                    }
                    for ct, count in sorted(outcome.type_counts.items(), key=lambda kv: -kv[1])
                ],
                "all_types_url": "?" + urlencode(base),
                "all_types_count": outcome.total_before_filters,
                "year_filters": [
                    {
                        "year": year,
                        "count": count,
                        "selected": data.get("date_from") == datetime.date(year, 1, 1)
                        and data.get("date_to") == datetime.date(year, 12, 31),
                        "url": "?"
                        + urlencode(
                            {**base, "date_from": f"{year}-01-01", "date_to": f"{year}-12-31"}
                            | ({"type": data["type"]} if data.get("type") else {})
                        ),
                    }
                    for year, count in sorted(outcome.year_counts.items(), reverse=True)
                ],
                "pagination_query": urlencode({**base, **({"type": data["type"]} if data.get("type") else {})}),
                "promotions": promotions(query, language) if page_obj.number == 1 else [],
            }
        )
        if page_obj.number == 1 and not data.get("type"):
            log_query(query, language, len(outcome.hits))
    return render(request, "search/search.html", context)


# Never stored by the page cache ("private"): browsers may keep them for a minute.
@require_safe
@cache_control(private=True, max_age=SUGGESTIONS_MAX_AGE)
def suggestions(request):
    language = current_language()
    return JsonResponse(
        {"query": clean_query(request.GET.get("q", "")), "suggestions": suggest(request.GET.get("q", ""), language)}
    )
