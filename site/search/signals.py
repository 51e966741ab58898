"""Keep search entries in step with publishing."""

from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished


def _published(sender, instance, **kwargs):
    from .indexing import index_page

    index_page(instance)


def _unpublished(sender, instance, **kwargs):
    from .indexing import remove_page

    remove_page(instance)


def _deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        from .indexing import remove_page

        remove_page(instance)


def connect():
    page_published.connect(_published, dispatch_uid="qapi-search-published")
    page_unpublished.connect(_unpublished, dispatch_uid="qapi-search-unpublished")
    post_delete.connect(_deleted, dispatch_uid="qapi-search-deleted")
