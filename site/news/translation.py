from modeltranslation.translator import TranslationOptions, register

from .models import NewsArticlePage, NewsArticleRelatedPage, NewsIndexPage, NewsTopic


@register(NewsTopic)
class NewsTopicTR(TranslationOptions):
    fields = ("name",)


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(NewsArticlePage)
class NewsArticlePageTR(TranslationOptions):
    fields = ("intro", "body", "lead_image_alt")


@register(NewsArticleRelatedPage)
class NewsArticleRelatedPageTR(TranslationOptions):
    fields = ()
