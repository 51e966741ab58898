import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core import memo
from core.blocks import BodyBlock
from core.i18n import ascii_slug
from core.models import BasePage
from navigation.models import SiteSettings


@register_snippet
class NewsTopic(models.Model):
    """A subject that groups news articles (e.g. "Open Door Day", "Statistics")."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, blank=True, allow_unicode=False)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = ascii_slug(self.name_az or self.name)
        super().save(*args, **kwargs)


class NewsFilterForm(forms.Form):
    """The news index's query parameters, parsed strictly: a value that is not valid is
    ignored (an unknown topic lists nothing, which the page says), never an error."""

    year = forms.RegexField(r"\A[0-9]{4}\Z", required=False)  # ASCII digits: "²⁰¹⁷", "٢٠١٧" are no year
    topic = forms.SlugField(max_length=80, required=False)
    page = forms.RegexField(r"\A[0-9]+\Z", max_length=100, required=False)

    def clean_year(self):
        value = self.cleaned_data["year"]
        if value and int(value) < 1:  # "0000": datetime has no year 0
            raise ValidationError("no such year")
        return int(value) if value else None

    def clean_page(self):
        value = self.cleaned_data["page"]
        if value and int(value) < 1:
            raise ValidationError("no such page")
        return int(value) if value else None


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news section: articles newest first, by year and topic, and an RSS feed."""

    fragment_cache = True  # its markup depends only on its content (core.models.BasePage)

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    page_cache_query_params = ("year", "topic", "page")  # what NewsFilterForm reads

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        return NewsArticlePage.objects.live().child_of(self).for_listing().order_by("-date", "-pk")

    @staticmethod
    def used_topics():
        """The topics that have articles, for the filter."""
        return list(NewsTopic.objects.filter(pk__in=NewsArticlePage.topics.through.objects.values("newstopic_id")))

    def years(self):
        """The years that have articles, newest first, from the date index (not every article's date)."""
        return ArticleWindow(self).years()

    @path("")
    def index(self, request):
        articles = self.articles()
        form = NewsFilterForm(request.GET)
        form.is_valid()
        filters = form.cleaned_data  # the valid parameters only
        year = filters.get("year")
        if year:
            articles = articles.filter(date__year=year)
        selected_topic = None
        if (form["topic"].value() or "").strip():  # asked for a topic: a known one, or nothing matches
            topic_slug = filters.get("topic")
            selected_topic = NewsTopic.objects.filter(slug=topic_slug).first() if topic_slug else None
            articles = articles.filter(topics=selected_topic) if selected_topic else articles.none()

        # Counts, years and topics once per content generation (core.memo): with 100,000
        # articles each is a scan of the section, and only a change can move them.
        filtered_by = (year, selected_topic and selected_topic.pk, bool((form["topic"].value() or "").strip()))
        count = memo.per_generation(request, ("news-count", self.pk, filtered_by), articles.count)
        window = ArticleWindow(self, count, year=year, topic=selected_topic, none=filtered_by[2] and not selected_topic)
        paginator = Paginator(window, settings.NEWS_PAGE_SIZE)
        # Past the last page: the last page (a link to a page that has since emptied).
        page_obj = paginator.page(min(filters.get("page") or 1, paginator.num_pages))

        return self.render(
            request,
            context_overrides={
                "page_obj": page_obj,
                "articles": page_obj.object_list,
                "years": memo.per_generation(request, ("news-years", self.pk), self.years),
                "topics": memo.per_generation(request, ("news-topics",), self.used_topics),
                "selected_year": str(year) if year else "",
                "selected_topic": selected_topic,
                "filter_query": urlencode(
                    [(k, v) for k, v in (("year", year), ("topic", selected_topic and selected_topic.slug)) if v]
                ),
            },
        )

    @path("feed/")
    def feed(self, request):
        from .feeds import NewsFeed

        return NewsFeed(self)(request)


CARD_IMAGE_SPEC = "fill-400x225"


class ArticleWindow:
    """A news index's live articles, newest first, one page at a time (for ``Paginator``).

    A page of cards is found by walking the articles' ``(date, page)`` index from the
    newest and checking each row's page (live, a child of this index), then only those
    articles are loaded: the first page costs the same at 100 and 100,000 articles,
    and a deep page walks the index without sorting the section. Left to themselves,
    SQLite's and PostgreSQL's planners scan the section's pages and sort them all
    (``docs/performance.md``, growth); ``CROSS JOIN`` fixes SQLite's join order.
    """

    def __init__(self, index, count=0, *, year=None, topic=None, none=False):
        self.index, self._count, self.year, self.topic, self.none = index, count, year, topic, none

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, key):
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("ArticleWindow takes a slice")
        start, stop = key.start or 0, min(key.stop if key.stop is not None else self._count, self._count)
        if self.none or stop <= start:
            return []

        def cards():
            ids = self.ids(start, stop - start)
            found = NewsArticlePage.objects.live().filter(pk__in=ids).for_listing().in_bulk()
            return [found[pk] for pk in ids if pk in found]

        return SimpleLazyObject(cards)  # read when shown: not at all when the markup is kept

    def ids(self, offset, limit):
        return [row[0] for row in self.walk("n.page_ptr_id", offset, limit)]

    def years(self):
        """The years that have articles, newest first: one short walk of the index per year."""
        years, before = [], None
        while True:
            rows = self.walk("n.date", 0, 1, before=before)
            if not rows:
                return years
            day = rows[0][0]
            day = datetime.date.fromisoformat(day) if isinstance(day, str) else day
            years.append(day.year)
            before = datetime.date(day.year, 1, 1)

    def walk(self, columns, offset, limit, *, before=None):
        from django.db import connection
        from wagtail.models import Page

        qn = connection.ops.quote_name
        article, page = qn(NewsArticlePage._meta.db_table), qn(Page._meta.db_table)
        conditions = ["p.id = n.page_ptr_id", "p.live = %s", "p.path LIKE %s", "p.depth = %s"]
        params = [True, self.index.path + "%", self.index.depth + 1]  # treebeard paths: [0-9A-Z] only
        if before is not None:
            conditions.append("n.date < %s")
            params.append(before)
        if self.year:
            conditions.append("n.date BETWEEN %s AND %s")
            params += [datetime.date(self.year, 1, 1), datetime.date(self.year, 12, 31)]
        if self.topic is not None:
            through = NewsArticlePage.topics.through
            conditions.append(
                f"EXISTS (SELECT 1 FROM {qn(through._meta.db_table)} t"  # noqa: S608 - names from the models
                " WHERE t.newsarticlepage_id = n.page_ptr_id AND t.newstopic_id = %s)"
            )
            params.append(self.topic.pk)
        sql = (
            f"SELECT {columns} FROM {article} n CROSS JOIN {page} p WHERE {' AND '.join(conditions)}"  # noqa: S608
            " ORDER BY n.date DESC, n.page_ptr_id DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit, offset])
            return cursor.fetchall()


class NewsArticleQuerySet(PageQuerySet):
    def for_listing(self):
        """Everything an article card shows, in a fixed number of queries."""
        return self.prefetch_related(
            Prefetch("lead_image", queryset=get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC)),
            "topics",
        )


class NewsArticlePage(BasePage):
    """A news article: date, introduction, lead image, body, topics, related pages."""

    fragment_cache = True  # its markup depends only on its content (core.models.BasePage)

    search_kind = pgettext_lazy("search result kind", "News")

    date = models.DateField(_("date"), default=datetime.date.today)
    intro = models.TextField(_("introduction"), max_length=600)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = models.CharField(
        _("lead image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Required with a lead image: describe it for people who cannot see it."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    topics = ParentalManyToManyField(NewsTopic, verbose_name=_("topics"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_alt")], heading=_("Lead image")),
        FieldPanel("body"),
        FieldPanel("topics"),
        InlinePanel("related_pages", label=_("Related page"), heading=_("Related pages"), max_num=6),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    og_type = "article"

    objects = PageManager.from_queryset(NewsArticleQuerySet)()

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        # Newest first without sorting every article (listings, the home page, feeds; issue 13).
        indexes = [models.Index(fields=["date", "page_ptr"], name="news_article_date")]

    def clean(self):
        super().clean()
        if self.lead_image_id and not self.lead_image_alt_az:
            raise ValidationError({"lead_image_alt_az": _("Describe the lead image.")})

    def get_meta_description(self):
        return self.search_description or self.intro

    def get_sharing_image(self):
        return self.og_image or self.lead_image

    def related(self):
        return [
            item.page.specific for item in self.related_pages.select_related("page") if item.page and item.page.live
        ]

    def get_structured_data(self, request=None):
        data = super().get_structured_data(request)
        published = datetime.datetime.combine(self.date, datetime.time(9, 0), tzinfo=timezone.get_current_timezone())
        data.update(
            {
                "@type": "NewsArticle",
                "headline": self.title[:110],
                "datePublished": published.isoformat(),
                "dateModified": (self.last_published_at or published).isoformat(),
            }
        )
        settings_obj = SiteSettings.for_page(self, request)
        if settings_obj:
            agency = settings_obj.agency_name
            if agency:
                data["publisher"] = {"@type": "GovernmentOrganization", "name": agency}
                data["author"] = {"@type": "GovernmentOrganization", "name": agency}
        image = self.get_sharing_image()
        if image and request:
            data["image"] = request.build_absolute_uri(image.get_rendition("fill-1200x630").url)
        return data


class NewsArticleRelatedPage(Orderable):
    article = ParentalKey(NewsArticlePage, related_name="related_pages", on_delete=models.CASCADE)
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]
