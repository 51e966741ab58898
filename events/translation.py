from modeltranslation.translator import TranslationOptions, register

from .models import EventCategoryQuota, EventIndexPage, EventPage, EventPhoto, Region


@register(Region)
class RegionTR(TranslationOptions):
    fields = ("name",)


@register(EventIndexPage)
class EventIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTR(TranslationOptions):
    fields = (
        "summary",
        "body",
        "venue_name",
        "venue_address",
        "programme",
        "participants",
        "audience",
        "languages_spoken",
        "interpretation",
        "report",
        "questions",
    )


@register(EventCategoryQuota)
class EventCategoryQuotaTR(TranslationOptions):
    fields = ()


@register(EventPhoto)
class EventPhotoTR(TranslationOptions):
    fields = ("alt_text", "caption")
