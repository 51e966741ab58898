"""The search index of the public site: one entry per searchable object and language."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin


class SearchEntryQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class SearchEntry(index.Indexed, models.Model):
    """A public page or snippet as it reads in one language, prepared for search.

    The object is ``content_type`` + ``object_id`` (its own type: a news article,
    a checkpoint); ``page`` is set too when it is a page, so that view
    restrictions and deletions of the tree reach it. ``title`` and ``tokens``
    hold what ``search.analysis`` makes of the object's title and text: the
    search backend (SQLite FTS5, PostgreSQL, Elasticsearch) indexes those tokens
    as they are, so every backend matches the same entries. Rebuilt whenever the
    object is published or saved (``search.indexing``).
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    date = models.DateField(null=True, blank=True)
    display_title = models.CharField(max_length=255)
    title_folded = models.CharField(max_length=255, db_index=True)
    text = models.TextField(blank=True, help_text="Plain text in this language, for excerpts.")
    title = models.TextField(help_text="Analyzed title tokens.")
    tokens = models.TextField(help_text="Analyzed tokens of the whole page.")
    updated_at = models.DateTimeField(auto_now=True)

    objects = SearchEntryQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("tokens"),
        index.FilterField("language"),
        index.FilterField("content_type"),
        index.FilterField("date"),
        # For OpenSearch and Elasticsearch, which rank, filter and collapse by themselves
        # (search.ranking): the page (view restrictions) and one key per object.
        index.FilterField("page"),
        index.FilterField("object_key"),
    ]

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="one_search_entry_per_language"
            )
        ]
        indexes = [models.Index(fields=["language", "title_folded"])]

    def __str__(self):
        return f"{self.display_title} [{self.language}]"

    @property
    def object_key(self) -> str:
        """The object this entry reads in one language: the same for each of its languages."""
        return f"{self.content_type_id}:{self.object_id}"


class QueryCounts(models.Model):
    """A query in a language, with how often it was searched and how often it found nothing."""

    language = models.CharField(max_length=8)
    query = models.CharField(max_length=200)
    searches = models.PositiveIntegerField(default=0)
    searches_without_results = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True

    def __str__(self):
        return self.query


class SearchQueryDay(QueryCounts):
    """How often a query was searched on one day in one language, and how often it found nothing.

    Only the folded query text is kept, with counts: no address, no user, no time of day.
    """

    day = models.DateField()

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [models.UniqueConstraint(fields=["day", "language", "query"], name="one_row_per_query_day")]
        indexes = [models.Index(fields=["language", "day"])]


class SearchQueryMonth(QueryCounts):
    """Closed months of ``SearchQueryDay`` rows summed per language and query.

    A row sums one month (``months`` = 1), a calendar quarter (3) or a calendar year
    (12) starting on ``month``. The search-query report reads the whole closed months
    of a period from here, as years, quarters and months, and only the days at its
    edges from ``SearchQueryDay`` (``search.report``): a year is ~5 of these periods
    and ~30 days instead of 365 days. Rows are written once, when a month has closed
    (``search.report.roll_up``; a quarter or year from its months): search logging
    writes only today's row, so a closed month does not change. Saving or deleting a
    day row of a closed month drops the sums that hold it (receivers below), and the
    next report sums them again; ``bulk_create``/``update`` send no signal, so code that
    writes past days in bulk calls ``search.report.forget`` with those days.
    """

    month = models.DateField()  # the first day of the period
    months = models.PositiveSmallIntegerField(default=1)  # 1, 3 or 12

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["months", "month", "language", "query"], name="one_row_per_query_month")
        ]


class SearchQueryMonthSummed(models.Model):
    """The periods whose ``SearchQueryMonth`` rows are complete (one row per period)."""

    month = models.DateField()
    months = models.PositiveSmallIntegerField(default=1)
    summed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        default_permissions = ()
        constraints = [models.UniqueConstraint(fields=["months", "month"], name="one_sum_per_period")]

    def __str__(self):
        return f"{self.month:%Y-%m} +{self.months}"


def _forget_the_days_month(sender, instance, **kwargs):
    from .report import forget

    forget([SearchQueryDay._meta.get_field("day").to_python(instance.day)])


models.signals.post_save.connect(_forget_the_days_month, sender=SearchQueryDay, dispatch_uid="search_query_month_save")
models.signals.post_delete.connect(
    _forget_the_days_month, sender=SearchQueryDay, dispatch_uid="search_query_month_delete"
)
