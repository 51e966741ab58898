"""Run inside a live server's database (``manage.py shell -c``): make the events a test asks for.

``EVENTS_LIVE_SPEC`` (JSON): ``{"events": [{"key": "a", "capacity": 50, "quotas": {"media": 5},
"registrations": [["citizen", "confirmed"], ...]}]}``. Prints one JSON line:
``{"a": {"id": 7, "path": "/az/tedbirler/a/", "registrations": [ids]}}``.
"""

import datetime
import json
import os

from django.utils import timezone
from wagtail.models import Page, Site

from events.models import EventIndexPage, EventPage, Registration
from home.models import HomePage


def _home():
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="Ana səhifə",
                title_az="Ana səhifə",
                slug_az="ana",
                intro="<p>Sınaq.</p>",
                intro_az="<p>Sınaq.</p>",
            )
        )
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="127.0.0.1", port=80, root_page=home, is_default_site=True)
        else:
            site.root_page = home
            site.save()
    return home


def _index(home):
    index = EventIndexPage.objects.first()
    if index is None:
        index = home.add_child(instance=EventIndexPage(title="Tədbirlər", title_az="Tədbirlər", slug_az="tedbirler"))
        index.save_revision().publish()
    return index


def main():
    spec = json.loads(os.environ["EVENTS_LIVE_SPEC"])
    index = _index(_home())
    start = timezone.now() + datetime.timedelta(days=10)
    made = {}
    for item in spec["events"]:
        title = f"Sınaq tədbiri {item['key']}"
        event = EventPage(
            title=title,
            title_az=title,
            slug_az=f"sinaq-{item['key']}",
            summary_az="Sınaq.",
            start=start,
            end=start + datetime.timedelta(hours=2),
            capacity=item.get("capacity"),
            waiting_list=item.get("waiting_list", True),
            reminder_days=0,
        )
        index.add_child(instance=event)
        for category, capacity in item.get("quotas", {}).items():
            event.quotas.create(category=category, capacity=capacity)
        event.save_revision().publish()
        ids = []
        waiting = 0
        for n, (category, status) in enumerate(item.get("registrations", [])):
            if status == "waiting":
                waiting += 1
            registration = Registration.objects.create(
                event=event,
                category=category,
                status=status,
                waiting_position=waiting if status == "waiting" else None,
                name=f"Seeded {n}",
                email=f"seeded{n}@example.org",
                language="az",
                consent_at=timezone.now(),
            )
            ids.append(registration.pk)
        made[item["key"]] = {"id": event.pk, "path": event.url_in("az"), "registrations": ids}
    print(json.dumps(made))
