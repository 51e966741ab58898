"""Ranking in the engine: matching, scoring, counting and paging done where the index is,
so that a search takes only the page of results it shows into Python.

One plan per reader's search (``plan_for``), whichever backend holds the index:

- SQLite: Wagtail's FTS5 table, ranked by FTS5's ``bm25()`` (the title column weighted);
- PostgreSQL: Wagtail's index entries, matched through the GIN index on ``body`` and
  ranked by ``ts_rank_cd`` plus a bonus for each query word in the title;
- OpenSearch / Elasticsearch: one query over every language, scored by the engine's
  BM25 plus the same title bonus, one hit per object (``collapse``), counts by
  aggregations.

The same rules everywhere (docs/search.md): an entry matches when it holds every token
of the query in its language; entries in the reader's language come first, then objects
found only in another language (in the order of ``LANGUAGE_CODES``), each object once;
within a group the engine's score, ties to the newest; or, sorted by date, newest first
within each group. Pages behind a view restriction never count. Counts by type and year
are computed over every match (before the type filter) without fetching the matches.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from .analysis import analyze
from .models import SearchEntry

MAX_TOKENS = 12
TITLE_WEIGHT = 2.0  # added for each query word found in the title
FTS5_TITLE_WEIGHT = 2.0  # bm25() weight of the title column (the body column repeats the title)
LANGUAGE_PRIORITY = 1_000_000.0  # engine: a group's score offset, far above any BM25 score
RANKED_CANDIDATES = 500  # database: matches ranked per language (setting SEARCH_RANKED_CANDIDATES)


def ranked_candidates() -> int:
    """How many matching entries per language the database ranks and counts at most
    (the newest, and as many again whose title holds every word; docs/search.md)."""
    return int(getattr(settings, "SEARCH_RANKED_CANDIDATES", RANKED_CANDIDATES))


@dataclass
class Row:
    pk: int
    language: str
    score: float


def query_tokens(query, language) -> list[str]:
    return list(dict.fromkeys(analyze(query, language)))[:MAX_TOKENS]


@dataclass
class Candidate:
    pk: int
    language: str
    score: float
    content_type_id: int
    object_id: int
    date: datetime.date | None


class SqlPlan:
    """SQLite (FTS5) or PostgreSQL: one SQL statement finds and scores a bounded set of
    candidates per language; grouping, counts and paging are done over that set.

    The candidates of a list of tokens are the newest ``limit`` index entries that match
    (by when they were indexed, in any language) and the newest ``limit`` whose title
    matches: only they are scored and counted, so the work of a search stays bounded
    however many pages hold a common word. With at most ``limit`` matches (every search
    of a site of a few thousand pages but for its commonest words) the candidates are
    every match, ranked exactly as the engine scores them; ``capped`` says when they are
    not (the page then says "at least").
    """

    def __init__(self, vendor, query, languages, *, date_from, date_to, restricted, sort):
        self.vendor = vendor
        self.sort = sort
        self.entry_type = ContentType.objects.get_for_model(SearchEntry).pk
        self.languages = [(lang, query_tokens(query, lang)) for lang in languages]
        self.languages = [(lang, tokens) for lang, tokens in self.languages if tokens]
        # Languages whose analysis gives the same tokens share one window of candidates.
        self.windows = list(dict.fromkeys(tuple(tokens) for _lang, tokens in self.languages))
        self.date_from, self.date_to = date_from, date_to
        self.restricted = sorted(restricted)
        self.limit = ranked_candidates()
        self.capped = False  # more matches than candidates somewhere: the counts are lower bounds
        self._groups = None
        self._counts = None

    # -- SQL pieces ---------------------------------------------------------------------
    def _entry_filters(self):
        """(SQL, params): conditions on search entry ``e``: the dates asked and no
        restricted page."""
        sql, params = "", []
        if self.date_from:
            sql += " AND e.date >= %s"
            params.append(self.date_from)
        if self.date_to:
            sql += " AND e.date <= %s"
            params.append(self.date_to)
        if self.restricted:
            sql += " AND (e.page_id IS NULL OR e.page_id NOT IN ({}))".format(", ".join(["%s"] * len(self.restricted)))
            params += self.restricted
        return sql, params

    def _fts5_expression(self, tokens):
        # Each token an FTS5 string (a phrase should the tokenizer split it): nothing in
        # it is syntax once its double quotes are doubled.
        return " AND ".join('"{}"'.format(token.replace('"', '""')) for token in tokens)

    def _newest(self, tokens, column, size):
        """(SQL, params): ``ie_id`` (and on SQLite ``score``, FTS5's ``bm25()``) of the
        newest ``size`` index entries (of search entries, in any language, within the
        dates asked, not restricted) whose ``column`` (body or title) holds every one of
        ``tokens``, through the full-text index."""
        if self.vendor == "sqlite":
            # The body column repeats the title: a title match is a match. bm25() exists
            # only in the FTS5 query, so the title window scores its own rows with its
            # own query (the words in the body and again in the title): that score is
            # used only for a title match outside the newest ``size`` matches.
            expression = self._fts5_expression(tokens)
            if column == "title":
                expression = f"({expression}) AND title : ({expression})"
            # The index holds other models' entries too (pages): only search entries count,
            # within the dates asked and not restricted.
            filters, filter_params = self._entry_filters()
            entries = "CROSS JOIN search_searchentry e ON e.id = CAST(ie.object_id AS INTEGER) " if filters else ""
            sql = (
                "SELECT wagtailsearch_indexentry_fts.rowid AS ie_id, "  # noqa: S608 (values are parameters)
                f"-bm25(wagtailsearch_indexentry_fts, 0.0, 1.0, {FTS5_TITLE_WEIGHT}) AS score "
                "FROM wagtailsearch_indexentry_fts "
                f"CROSS JOIN wagtailsearch_indexentry ie ON ie.id = wagtailsearch_indexentry_fts.rowid {entries}"
                f"WHERE wagtailsearch_indexentry_fts MATCH %s AND ie.content_type_id = %s{filters} "
                "ORDER BY wagtailsearch_indexentry_fts.rowid DESC LIMIT %s"
            )
            return sql, [expression, self.entry_type, *filter_params, size]
        # PostgreSQL: phraseto_tsquery reads plain text, never query syntax; a token the
        # parser splits must match as the same words in a row, as it was indexed.
        tsquery = " && ".join(["phraseto_tsquery('simple', %s)"] * len(tokens))
        filters, filter_params = self._entry_filters()
        entries = "JOIN search_searchentry e ON e.id = ie.object_id::integer " if filters else ""
        sql = (
            f"SELECT ie.id AS ie_id FROM wagtailsearch_indexentry ie {entries}"  # noqa: S608
            f"WHERE ie.{column} @@ ({tsquery}) AND ie.content_type_id = %s{filters} ORDER BY ie.id DESC LIMIT %s"
        )
        return sql, [*tokens, self.entry_type, *filter_params, size]

    def _statement(self):
        """(SQL, params): ``window, pk, language, score, content_type_id, object_id, date``
        of every candidate in the groups' languages; and a row ``-1, window, ..., n`` per
        window telling how many matches its newest window holds (``limit + 1``: capped)."""
        ctes, selects, params, select_params = [], [], [], []
        filters, filter_params = self._entry_filters()
        for k, tokens in enumerate(self.windows):
            languages = [lang for lang, group_tokens in self.languages if tuple(group_tokens) == tokens]
            body_sql, body_params = self._newest(tokens, "body", self.limit + 1)
            title_sql, title_params = self._newest(tokens, "title", self.limit)
            ctes += [f"b{k} AS MATERIALIZED ({body_sql})", f"t{k} AS MATERIALIZED ({title_sql})"]
            params += body_params + title_params
            in_languages = ", ".join(["%s"] * len(languages))
            if self.vendor == "sqlite":
                # SQLite: a bare column of a MIN() aggregate comes from the row with the
                # minimum: the body window's score when the entry is in both.
                candidates = (
                    "(SELECT ie_id, score, MIN(source) AS source FROM ("  # noqa: S608 (an index)
                    f"SELECT ie_id, score, 0 AS source FROM b{k} "
                    f"UNION ALL SELECT ie_id, score, 1 AS source FROM t{k}) GROUP BY ie_id)"
                )
                score, score_params, cast = "c.score", [], "CAST(ie.object_id AS INTEGER)"
            else:
                candidates = f"(SELECT ie_id FROM b{k} UNION SELECT ie_id FROM t{k})"  # noqa: S608 (an index)
                tsquery = " && ".join(["phraseto_tsquery('simple', %s)"] * len(tokens))
                title_bonus = " + ".join(["(ie.title @@ phraseto_tsquery('simple', %s))::int"] * len(tokens))
                score = f"ts_rank_cd(ie.body, ({tsquery}), 1) + {TITLE_WEIGHT} * ({title_bonus})"
                score_params, cast = [*tokens, *tokens], "ie.object_id::integer"
            selects.append(
                f"SELECT {k} AS k, e.id AS pk, e.language AS language, {score} AS score, "  # noqa: S608
                "e.content_type_id AS ct, e.object_id AS object_id, e.date AS date "
                f"FROM {candidates} c JOIN wagtailsearch_indexentry ie ON ie.id = c.ie_id "
                f"JOIN search_searchentry e ON e.id = {cast} "
                f"WHERE ie.content_type_id = %s AND e.language IN ({in_languages}){filters}"
            )
            select_params += [*score_params, self.entry_type, *languages, *filter_params]
            selects.append(f"SELECT -1, {k}, NULL, (SELECT COUNT(*) FROM b{k}), NULL, NULL, NULL")  # noqa: S608
        return "WITH " + ", ".join(ctes) + " " + " UNION ALL ".join(selects), params + select_params

    def _load(self):
        """Each group's candidates, best first, less the objects found in an earlier group."""
        if self._groups is not None:
            return self._groups
        groups = [[] for _ in self.languages]
        if self.languages:
            group_of = {
                (self.windows.index(tuple(tokens)), lang): index for index, (lang, tokens) in enumerate(self.languages)
            }
            sql, params = self._statement()
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                rows = cursor.fetchall()
            for k, pk, language, score, ct, object_id, date in rows:
                if k == -1:
                    self.capped = self.capped or score > self.limit
                    continue
                if isinstance(date, str):  # SQLite
                    date = datetime.date.fromisoformat(date)
                groups[group_of[(k, language)]].append(
                    Candidate(pk, language, float(score or 0), ct, int(object_id), date)
                )
        if self.sort == "date":

            def order(c):
                return (
                    c.date is None,
                    -(c.date or datetime.date.min).toordinal(),
                    -c.score,
                    c.content_type_id,
                    c.object_id,
                )
        else:

            def order(c):
                return (
                    -c.score,
                    c.date is None,
                    -(c.date or datetime.date.min).toordinal(),
                    c.content_type_id,
                    c.object_id,
                )

        seen = set()
        for index, group in enumerate(groups):
            found = {(c.content_type_id, c.object_id) for c in group}
            groups[index] = sorted((c for c in group if (c.content_type_id, c.object_id) not in seen), key=order)
            seen |= found
        self._groups = groups
        return groups

    # -- the plan's interface -------------------------------------------------------------
    def counts(self):
        """``[(group, content_type_id, year, count)]`` over every candidate (no type filter)."""
        if self._counts is None:
            tally = {}
            for index, group in enumerate(self._load()):
                for c in group:
                    key = (index, c.content_type_id, c.date.year if c.date else None)
                    tally[key] = tally.get(key, 0) + 1
            self._counts = [(*key, n) for key, n in tally.items()]
        return self._counts

    def fetch(self, offset, limit, content_type_id=None) -> list[Row]:
        """The rows ``offset``..``offset + limit`` of the ranked list (with the type filter)."""
        ranked = [
            c for group in self._load() for c in group if not content_type_id or c.content_type_id == content_type_id
        ]
        return [Row(c.pk, c.language, c.score) for c in ranked[offset : offset + limit]]


class EnginePlan:
    """OpenSearch or Elasticsearch: one query over every language; each language's clause
    carries that language's tokens and its group's priority, one hit per object."""

    def __init__(self, backend, query, languages, *, date_from, date_to, restricted, sort):
        self.backend = backend
        self.index = backend.get_index_for_model(SearchEntry).name
        self.sort = sort
        clauses = []
        for position, language in enumerate(languages):
            tokens = query_tokens(query, language)
            if not tokens:
                continue
            words = {"match": {"tokens": {"query": " ".join(tokens), "operator": "and"}}}
            priority = LANGUAGE_PRIORITY * (len(languages) - position)
            should = [{"constant_score": {"filter": {"match_all": {}}, "boost": priority}}]
            if sort != "date":
                should += [
                    {"constant_score": {"filter": {"match": {"title": token}}, "boost": TITLE_WEIGHT}}
                    for token in tokens
                ]
            clauses.append(
                {
                    "bool": {
                        "filter": [{"term": {"language_filter": language}}] + ([words] if sort == "date" else []),
                        "must": [] if sort == "date" else [words],
                        "should": should,
                    }
                }
            )
        self.empty = not clauses
        filters = []
        if date_from or date_to:
            bounds = {}
            if date_from:
                bounds["gte"] = date_from.isoformat()
            if date_to:
                bounds["lte"] = date_to.isoformat()
            filters.append({"range": {"date_filter": bounds}})
        self.query = {
            "bool": {
                "should": clauses,
                "minimum_should_match": 1,
                "filter": filters,
                "must_not": [{"terms": {"page_id_filter": sorted(restricted)}}] if restricted else [],
            }
        }
        self._counts = None

    def _search(self, body):
        refresh = getattr(self.backend, "refresh_if_written", None)
        if refresh is not None:  # the tests' backend makes its writes visible first
            refresh()
        if getattr(self.backend, "use_new_elasticsearch_api", False):
            return self.backend.es.search(index=self.index, **body)
        return self.backend.es.search(index=self.index, body=body)

    def counts(self):
        if self._counts is None:
            if self.empty:
                self._counts = []
                return self._counts
            distinct = {"cardinality": {"field": "object_key_filter", "precision_threshold": 40000}}
            body = {
                "size": 0,
                "track_total_hits": False,
                "query": self.query,
                "aggs": {
                    "types": {
                        "terms": {"field": "content_type_id_filter", "size": 500},
                        "aggs": {
                            "objects": distinct,
                            "years": {
                                "date_histogram": {"field": "date_filter", "calendar_interval": "year"},
                                "aggs": {"objects": distinct},
                            },
                            "undated": {"missing": {"field": "date_filter"}, "aggs": {"objects": distinct}},
                        },
                    }
                },
            }
            response = self._search(body)
            rows = []
            for bucket in response["aggregations"]["types"]["buckets"]:
                for year in bucket["years"]["buckets"]:
                    if year["objects"]["value"]:
                        when = datetime.datetime.fromtimestamp(year["key"] / 1000, tz=datetime.UTC)
                        rows.append((0, int(bucket["key"]), when.year, year["objects"]["value"]))
                if bucket["undated"]["objects"]["value"]:
                    rows.append((0, int(bucket["key"]), None, bucket["undated"]["objects"]["value"]))
            self._counts = rows
        return self._counts

    def fetch(self, offset, limit, content_type_id=None) -> list[Row]:
        if self.empty or limit <= 0:
            return []
        if self.sort == "date":
            sort = [{"_score": "desc"}, {"date_filter": {"order": "desc", "missing": "_last"}}]
        else:
            sort = [{"_score": "desc"}, {"date_filter": {"order": "desc", "missing": "_last"}}]
        body = {
            "query": self.query,
            "collapse": {"field": "object_key_filter"},
            "sort": sort,
            "from": offset,
            "size": limit,
            "track_total_hits": False,
            "_source": ["pk", "language_filter"],
        }
        if content_type_id:
            body["post_filter"] = {"term": {"content_type_id_filter": content_type_id}}
        hits = self._search(body)["hits"]["hits"]
        return [
            Row(
                int(hit["_source"]["pk"]),
                hit["_source"]["language_filter"],
                float(hit["_score"] or 0) % LANGUAGE_PRIORITY,
            )
            for hit in hits
        ]


def plan_for(backend, query, languages, *, date_from=None, date_to=None, restricted=(), sort="relevance"):
    """The plan that ranks in the configured backend, or None where Qapı ranks itself
    (a database other than SQLite and PostgreSQL)."""
    from .engine import is_engine

    options = {"date_from": date_from, "date_to": date_to, "restricted": restricted, "sort": sort}
    if is_engine(backend):
        return EnginePlan(backend, query, languages, **options)
    module = type(backend).__module__
    if connection.vendor == "sqlite" and "sqlite" in module:
        return SqlPlan("sqlite", query, languages, **options)
    if connection.vendor == "postgresql" and "postgres" in module:
        return SqlPlan("postgresql", query, languages, **options)
    return None
