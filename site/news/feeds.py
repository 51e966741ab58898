"""RSS 2.0 feed of a news index, one per language (the URL's language prefix)."""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

from core.i18n import DEFAULT_LANGUAGE, current_language, localized


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_url(request=self.request)

    def description(self):
        return self.index_page.intro or self.index_page.title

    def items(self):
        """The newest articles written in the feed's language.

        English and Russian feeds leave out articles that exist only in Azerbaijani:
        RSS cannot mark one item's language, and such an item's link would change when
        the article gets its own slug in that language, so feed readers would show it
        twice (docs/decisions.md, "Untranslated content in lists").
        """
        articles = self.index_page.articles()
        lang = current_language()
        if lang != DEFAULT_LANGUAGE:
            title = localized("title", lang)
            articles = articles.exclude(**{f"{title}__isnull": True}).exclude(**{title: ""})
        return articles[: settings.FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return datetime.datetime.combine(item.date, datetime.time(9, 0), tzinfo=timezone.get_current_timezone())

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]
