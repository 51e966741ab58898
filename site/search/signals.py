"""Keep search entries in step with publishing (pages) and saving (declared objects)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .registry import searchable_models


def _published(sender, instance, **kwargs):
    from .indexing import index_object

    index_object(instance)


def _unpublished(sender, instance, **kwargs):
    from .indexing import remove_object

    remove_object(instance)


def _saved(sender, instance, **kwargs):
    if isinstance(instance, searchable_models()) and not isinstance(instance, Page):
        from .indexing import index_object

        index_object(instance)


def _deleted(sender, instance, **kwargs):
    if isinstance(instance, (Page, *searchable_models())):
        from .indexing import remove_object

        remove_object(instance)


def connect():
    page_published.connect(_published, dispatch_uid="qapi-search-published")
    page_unpublished.connect(_unpublished, dispatch_uid="qapi-search-unpublished")
    post_save.connect(_saved, dispatch_uid="qapi-search-saved")
    post_delete.connect(_deleted, dispatch_uid="qapi-search-deleted")
