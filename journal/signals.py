"""An issue carries its articles: publishing it (now or at its scheduled time) publishes them.

Wagtail publishes a scheduled revision from ``manage.py publish_scheduled`` and sends
``page_published`` as for any publication; the articles' latest revisions are
published then, so an editor prepares an issue with its articles as drafts and
schedules the issue alone. An article that has its own later publication date keeps it
(its revision is scheduled, not published).
"""

from django.db.models import Q
from wagtail.signals import page_published


def publish_articles(sender, instance, revision=None, **kwargs):
    from .models import JournalArticlePage

    if not instance.live:  # Wagtail sends page_published for a revision scheduled for later too
        return
    user = getattr(revision, "user", None)
    for article in JournalArticlePage.objects.child_of(instance):
        if article.live:  # an article already out keeps its own revisions
            continue
        latest = article.get_latest_revision()
        if latest is None:
            latest = article.save_revision(user=user)
        latest.publish(user=user)


def document_saved(sender, instance, raw=False, **kwargs):
    """A PDF uploaded or replaced: read its pages and text now, and refresh the pages that show it in search."""
    if raw or (instance.file_extension or "").lower() != "pdf":
        return
    from search.indexing import index_object

    from .models import JournalArticlePage, JournalIssuePage
    from .pdfs import facts_for

    facts_for(instance)
    for model in (JournalArticlePage, JournalIssuePage):
        condition = Q(pdf_az=instance) | Q(pdf_en=instance) | Q(pdf_ru=instance)
        for page in model.objects.live().filter(condition):
            index_object(page)


def connect():
    from django.db.models.signals import post_save
    from wagtail.documents import get_document_model

    from .models import JournalIndexPage, JournalIssuePage
    from .permissions import grant_on_new_journal

    post_save.connect(document_saved, sender=get_document_model(), dispatch_uid="journal-pdf-read-on-upload")
    post_save.connect(grant_on_new_journal, sender=JournalIndexPage, dispatch_uid="journal-editors-on-new-journal")
    page_published.connect(publish_articles, sender=JournalIssuePage, dispatch_uid="journal-issue-publishes-articles")
