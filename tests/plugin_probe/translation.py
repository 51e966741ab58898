from modeltranslation.translator import TranslationOptions, register

from .models import ProbeIndexPage, ProbePlace


@register(ProbeIndexPage)
class ProbeIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ProbePlace)
class ProbePlaceTR(TranslationOptions):
    fields = ("name", "description")
