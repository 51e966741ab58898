"""An events index's feeds, one per language (the URL's language prefix): RSS and iCalendar.

Both list upcoming events; like the news feed, the English and Russian feeds leave out
events that exist only in Azerbaijani (their link would change once translated).
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

from core.i18n import DEFAULT_LANGUAGE, current_language, localized

from . import calendar
from .presentation import event_dates_text


def upcoming_in_language(index):
    events = index.upcoming()
    lang = current_language()
    if lang != DEFAULT_LANGUAGE:
        title = localized("title", lang)
        events = events.exclude(**{f"{title}__isnull": True}).exclude(**{title: ""})
    return events


class EventFeed(Feed):
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
        return upcoming_in_language(self.index_page)[: settings.FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return f"{event_dates_text(item.start, item.end)}. {item.summary}"

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return item.first_published_at or timezone.now()

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.get_kind_display()]


def calendar_response(request, index):
    """The index's upcoming events as an iCalendar feed in the reader's language (subscribe to it)."""
    lang = current_language()
    events = upcoming_in_language(index)[: settings.FEED_ITEMS * 5]
    body = calendar.calendar(
        [(event, event.full_url_in(lang, request)) for event in events],
        lang,
        name=index.title,
        host=request.get_host(),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{calendar.filename(index, lang)}"'
    return response
