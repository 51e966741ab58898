"""An issue carries its articles: publishing it (now or at its scheduled time) publishes them.

Wagtail publishes a scheduled revision from ``manage.py publish_scheduled`` and sends
``page_published`` as for any publication; the articles' latest revisions are
published then, so an editor prepares an issue with its articles as drafts and
schedules the issue alone. An article that has its own later publication date keeps it
(its revision is scheduled, not published).
"""

from wagtail.signals import page_published


def publish_articles(sender, instance, revision=None, **kwargs):
    from .models import JournalArticlePage

    user = getattr(revision, "user", None)
    for article in JournalArticlePage.objects.child_of(instance):
        if article.live:  # an article already out keeps its own revisions
            continue
        latest = article.get_latest_revision()
        if latest is None:
            latest = article.save_revision(user=user)
        latest.publish(user=user)


def connect():
    from django.db.models.signals import post_save

    from .models import JournalIndexPage, JournalIssuePage
    from .permissions import grant_on_new_journal

    post_save.connect(grant_on_new_journal, sender=JournalIndexPage, dispatch_uid="journal-editors-on-new-journal")
    page_published.connect(publish_articles, sender=JournalIssuePage, dispatch_uid="journal-issue-publishes-articles")
