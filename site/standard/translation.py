from modeltranslation.translator import TranslationOptions, register

from .models import StandardPage


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body")
