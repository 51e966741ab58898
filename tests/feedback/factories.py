"""Factories for the feedback app (no page types: answers readers send about pages)."""

import factory

from feedback.models import PageFeedback


class PageFeedbackFactory(factory.django.DjangoModelFactory):
    language = "az"
    useful = True
    comment = ""

    class Meta:
        model = PageFeedback
