from modeltranslation.translator import TranslationOptions, register

from .models import Author, JournalArticleAuthor, JournalArticlePage, JournalIndexPage, JournalIssuePage, JournalSection


@register(JournalSection)
class JournalSectionTR(TranslationOptions):
    fields = ("name",)


@register(Author)
class AuthorTR(TranslationOptions):
    fields = ("family_name", "given_names", "affiliation")


@register(JournalIndexPage)
class JournalIndexPageTR(TranslationOptions):
    fields = ("intro", "about", "aims", "board", "guidance", "publisher")


@register(JournalIssuePage)
class JournalIssuePageTR(TranslationOptions):
    fields = ("editorial",)


@register(JournalArticlePage)
class JournalArticlePageTR(TranslationOptions):
    fields = ("abstract", "keywords", "body")


@register(JournalArticleAuthor)
class JournalArticleAuthorTR(TranslationOptions):
    fields = ()
