"""The journal's RSS feed, one per language (the URL's language prefix): its latest articles.

Like the news feed, the English and Russian feeds leave out articles that exist only in
Azerbaijani (their link would change once translated).
"""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

from core.i18n import DEFAULT_LANGUAGE, current_language, localized


def articles_in_language(journal):
    articles = journal.articles().select_related("section")
    lang = current_language()
    if lang != DEFAULT_LANGUAGE:
        title = localized("title", lang)
        articles = articles.exclude(**{f"{title}__isnull": True}).exclude(**{title: ""})
    return articles.order_by("-published", "-first_published_at")


class ArticleFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, journal):
        super().__init__()
        self.journal = journal

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.journal.title

    def link(self):
        return self.journal.get_url(request=self.request)

    def description(self):
        return self.journal.intro or self.journal.title

    def items(self):
        return articles_in_language(self.journal)[: settings.FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.abstract

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_author_name(self, item):
        return ", ".join(author.full_name for author in item.authors()) or None

    def item_pubdate(self, item):
        date = item.publication_date
        if date:
            return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9)))
        return item.first_published_at or timezone.now()

    def item_categories(self, item):
        return [item.section.name] if item.section else []
