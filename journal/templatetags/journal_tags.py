from django import template

from core.blocks import DOCUMENT_LANGUAGES
from core.i18n import language_name

register = template.Library()


@register.filter
def in_lang(code):
    """ "in English" in the reader's language, as document links say it ("PDF, 13 KB, in English")."""
    return DOCUMENT_LANGUAGES.get(code, code)


@register.filter
def lang_name(code):
    return language_name(code)


@register.filter
def names_in(article, lang):
    """The article's authors as written in ``lang``: "Rəşad Əliyev, Leyla Hüseynova"."""
    names = []
    for author in article.authors():
        given = getattr(author, f"given_names_{lang}", None) or author.given_names
        family = getattr(author, f"family_name_{lang}", None) or author.family_name
        names.append(f"{given} {family}")
    return ", ".join(names)
