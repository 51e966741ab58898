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

from django.contrib.contenttypes.models import ContentType
from django.db import connection

from .analysis import analyze
from .models import SearchEntry

MAX_TOKENS = 12
TITLE_WEIGHT = 2.0  # added for each query word found in the title
FTS5_TITLE_WEIGHT = 2.0  # bm25() weight of the title column (the body column repeats the title)
LANGUAGE_PRIORITY = 1_000_000.0  # engine: a group's score offset, far above any BM25 score


@dataclass
class Row:
    pk: int
    language: str
    score: float


def query_tokens(query, language) -> list[str]:
    return list(dict.fromkeys(analyze(query, language)))[:MAX_TOKENS]


class SqlPlan:
    """SQLite (FTS5) or PostgreSQL: one SQL query per language group, counted and paged in SQL."""

    def __init__(self, vendor, query, languages, *, date_from, date_to, restricted, sort):
        self.vendor = vendor
        self.sort = sort
        self.entry_type = ContentType.objects.get_for_model(SearchEntry).pk
        self.languages = [(lang, query_tokens(query, lang)) for lang in languages]
        self.languages = [(lang, tokens) for lang, tokens in self.languages if tokens]
        self.date_from, self.date_to = date_from, date_to
        self.restricted = sorted(restricted)
        self._counts = None

    # -- SQL pieces ---------------------------------------------------------------------
    def _match(self, tokens, scored=True):
        """(SQL, params): ``entry_id, score`` of the entries holding every token (a score
        of 0 when not ``scored``: counting needs no ranking)."""
        if self.vendor == "sqlite":
            # Each token an FTS5 string (a phrase should the tokenizer split it): nothing
            # in it is syntax once its double quotes are doubled.
            expression = " AND ".join('"{}"'.format(token.replace('"', '""')) for token in tokens)
            sql = (
                "SELECT CAST(ie.object_id AS INTEGER) AS entry_id, "  # noqa: S608 (values are parameters)
                + (f"-bm25(wagtailsearch_indexentry_fts, 0.0, 1.0, {FTS5_TITLE_WEIGHT})" if scored else "0")
                + " AS score "
                "FROM wagtailsearch_indexentry_fts "
                "CROSS JOIN wagtailsearch_indexentry ie ON ie.id = wagtailsearch_indexentry_fts.rowid "
                "WHERE wagtailsearch_indexentry_fts MATCH %s AND ie.content_type_id = %s"
            )
            return sql, [expression, self.entry_type]
        tsquery = " && ".join(["phraseto_tsquery('simple', %s)"] * len(tokens))
        if not scored:
            sql = (
                "SELECT ie.object_id::integer AS entry_id, 0 AS score "  # noqa: S608 (values are parameters)
                f"FROM wagtailsearch_indexentry ie WHERE ie.body @@ ({tsquery}) AND ie.content_type_id = %s"
            )
            return sql, [*tokens, self.entry_type]
        # PostgreSQL: phraseto_tsquery reads plain text, never query syntax; a token the
        # parser splits must match as the same words in a row, as it was indexed.
        title_bonus = " + ".join(["(ie.title @@ phraseto_tsquery('simple', %s))::int"] * len(tokens))
        sql = (
            "SELECT ie.object_id::integer AS entry_id, "  # noqa: S608 (values are parameters)
            f"ts_rank_cd(ie.body, q.q, 1) + {TITLE_WEIGHT} * ({title_bonus}) "
            f"AS score FROM wagtailsearch_indexentry ie, (SELECT {tsquery} AS q) q "
            "WHERE ie.body @@ q.q AND ie.content_type_id = %s"
        )
        return sql, [*tokens, *tokens, self.entry_type]

    def _group(self, index, content_type_id=None, scored=True, with_ctes=True):
        """(WITH, FROM/WHERE SQL, params) of group ``index``: its language's matches, less
        the objects found in an earlier group, the restricted pages and the dates left out.

        Each language's matches are computed once (a materialized CTE, the full-text
        index driving), never once per row of another query.
        """
        with_sql, params = self._ctes(index + 1, scored) if with_ctes else ("", [])
        sql = f"FROM search_searchentry e JOIN m{index} m ON m.entry_id = e.id WHERE e.language = %s"
        params.append(self.languages[index][0])
        if self.date_from:
            sql += " AND e.date >= %s"
            params.append(self.date_from)
        if self.date_to:
            sql += " AND e.date <= %s"
            params.append(self.date_to)
        if self.restricted:
            sql += " AND (e.page_id IS NULL OR e.page_id NOT IN ({}))".format(", ".join(["%s"] * len(self.restricted)))
            params += self.restricted
        if content_type_id:
            sql += " AND e.content_type_id = %s"
            params.append(content_type_id)
        for position in range(index):
            sql += (
                " AND NOT EXISTS (SELECT 1 FROM search_searchentry x"  # noqa: S608 (values are parameters)
                " WHERE x.content_type_id = e.content_type_id AND x.object_id = e.object_id"
                f" AND x.language = %s AND x.id IN (SELECT entry_id FROM m{position}))"
            )
            params.append(self.languages[position][0])
        return with_sql, sql, params

    def _ctes(self, count, scored):
        ctes, params = [], []
        for position in range(count):
            match_sql, match_params = self._match(self.languages[position][1], scored)
            ctes.append(f"m{position} AS MATERIALIZED ({match_sql})")
            params += match_params
        return "WITH " + ", ".join(ctes), params

    # -- the plan's interface -------------------------------------------------------------
    def counts(self):
        """``[(group, content_type_id, year, count)]`` over every match (no type filter)."""
        if self._counts is None:
            if self.vendor == "sqlite":
                year = "CAST(strftime('%%Y', e.date) AS INTEGER)"
            else:
                year = "EXTRACT(YEAR FROM e.date)::integer"
            # One statement: each language's matches computed once, unscored.
            with_sql, params = self._ctes(len(self.languages), scored=False)
            parts = []
            for index in range(len(self.languages)):
                _with, sql, group_params = self._group(index, scored=False, with_ctes=False)
                parts.append(f"SELECT {index} AS g, e.content_type_id AS ct, {year} AS y {sql}")
                params += group_params
            if not parts:
                self._counts = []
                return self._counts
            with connection.cursor() as cursor:
                union = " UNION ALL ".join(parts)
                sql = f"{with_sql} SELECT g, ct, y, COUNT(*) FROM ({union}) groups GROUP BY g, ct, y"  # noqa: S608
                cursor.execute(sql, params)
                rows = [tuple(row) for row in cursor.fetchall()]
            self._counts = rows
        return self._counts

    def fetch(self, offset, limit, content_type_id=None) -> list[Row]:
        """The rows ``offset``..``offset + limit`` of the ranked list (with the type filter)."""
        sizes = [0] * len(self.languages)
        for index, ct, _year, n in self.counts():
            if not content_type_id or ct == content_type_id:
                sizes[index] += n
        if self.sort == "date":
            order = "e.date IS NULL, e.date DESC, m.score DESC, e.content_type_id, e.object_id"
        else:
            order = "m.score DESC, e.date IS NULL, e.date DESC, e.content_type_id, e.object_id"
        rows = []
        start = 0
        with connection.cursor() as cursor:
            for index, size in enumerate(sizes):
                if limit <= 0:
                    break
                if offset < start + size:
                    skip = max(0, offset - start)
                    with_sql, sql, params = self._group(index, content_type_id)
                    cursor.execute(
                        f"{with_sql} SELECT e.id, m.score {sql} ORDER BY {order} LIMIT %s OFFSET %s",
                        [*params, limit, skip],
                    )
                    found = cursor.fetchall()
                    rows += [Row(pk, self.languages[index][0], float(score)) for pk, score in found]
                    limit -= len(found)
                    offset = start + size
                start += size
        return rows


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
