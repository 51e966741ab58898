"""Leaflet PDFs follow the content: made again when a leaflet is published, and when a
snippet the leaflets show (checkpoints, visa purposes, duties) changes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from .models import Checkpoint, ForeignerDuty, LeafletPage, VisaPurpose


def _queue(page_ids):
    from .pdf import generate_leaflet_pdfs

    def enqueue():
        for page_id in page_ids:
            generate_leaflet_pdfs.enqueue(page_id)

    transaction.on_commit(enqueue)


def _published(sender, instance, **kwargs):
    _queue([instance.pk])


def _shown_snippet_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):  # loading fixtures
        return
    _queue(list(LeafletPage.objects.live().values_list("pk", flat=True)))


def connect():
    page_published.connect(_published, sender=LeafletPage, dispatch_uid="outreach-leaflet-published")
    for model in (Checkpoint, VisaPurpose, ForeignerDuty):
        uid = f"outreach-{model._meta.model_name}"
        post_save.connect(_shown_snippet_changed, sender=model, dispatch_uid=f"{uid}-saved")
        post_delete.connect(_shown_snippet_changed, sender=model, dispatch_uid=f"{uid}-deleted")
