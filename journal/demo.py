"""The journal's demo: the "Migration" journal under home, four sections, six authors, four
issues over two years (2024 and 2025) with three or four articles each, in three languages
(some articles in two), every issue and article with a PDF per language it exists in.

Idempotent: pages are found by their Azerbaijani slug, sections by code, authors by
their Azerbaijani names, documents by title.
"""

import datetime

from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from core.demo import localize, per_language, register
from core.i18n import LANGUAGE_CODES, ascii_slug

from . import demo_content as content
from .demo_pdfs import article_pdf, issue_pdf
from .models import Author, JournalArticleAuthor, JournalArticlePage, JournalIndexPage, JournalIssuePage, JournalSection


def _languages(spec):
    return [lang for lang in LANGUAGE_CODES if spec["title"][lang]]


def _only(value, languages):
    """A ``T(...)`` reduced to ``languages`` (others empty, as an editor leaves them)."""
    return {lang: (value[lang] if lang in languages else "") for lang in LANGUAGE_CODES}


def _sections(ctx):
    sections = {}
    for spec in content.SECTIONS:
        section = JournalSection.objects.filter(code=spec["code"]).first()
        if section is None:
            section = ctx.count(
                JournalSection.objects.create(
                    **per_language("name", spec["name"]),
                    name=spec["name"]["az"],
                    code=spec["code"],
                    sort_order=spec["order"],
                )
            )
        sections[spec["code"]] = section
    return sections


def _authors(ctx):
    authors = {}
    for key, spec in content.AUTHORS.items():
        author = Author.objects.filter(family_name_az=spec["family"]["az"], given_names_az=spec["given"]["az"]).first()
        if author is None:
            author = ctx.count(
                Author.objects.create(
                    **per_language("family_name", spec["family"]),
                    **per_language("given_names", spec["given"]),
                    **per_language("affiliation", spec["affiliation"]),
                    family_name=spec["family"]["az"],
                    given_names=spec["given"]["az"],
                    affiliation=spec["affiliation"]["az"],
                    orcid=spec["orcid"],
                )
            )
        authors[key] = author
    return authors


def _document(ctx, title, filename, make):
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    return ctx.count(Document.objects.create(title=title, file=ContentFile(make(), name=filename)))


def _names(spec, lang):
    people = [content.AUTHORS[key] for key in spec["authors"]]
    return ", ".join(f"{p['given'][lang]} {p['family'][lang]}" for p in people)


def _source(issue, lang, pages=None):
    labels = localize(content.PDF_LABELS, lang)
    volume = f"{labels['volume']} {issue['volume']}, {labels['number']} {issue['number']}"
    text = f"{labels['source']}, {issue['year']}, {volume}"
    if pages:
        text += f", {pages[0]}–{pages[1]}"
    return text


def _article_document(ctx, issue, spec, lang):
    labels = localize(content.PDF_LABELS, lang)
    title = spec["title"][lang]
    slug = ascii_slug(spec["title"]["az"], max_length=50)

    def make():
        return article_pdf(
            lang,
            title=title,
            authors=_names(spec, lang),
            source=_source(issue, lang, spec["pages"]),
            abstract=f"{labels['abstract']}. {spec['abstract'][lang]}",
            keywords=f"{labels['keywords']}: {spec['keywords'][lang]}",
            paragraphs=[spec["body"][lang], spec["pdf"][lang]],
        )

    return _document(ctx, f"{title} (PDF, {lang})", f"{slug}-{lang}.pdf", make)


def _issue_document(ctx, issue, specs, lang):
    labels = localize(content.PDF_LABELS, lang)
    journal_title = content.JOURNAL["title"][lang]
    subtitle = _source(issue, lang)
    in_lang = [spec for spec in specs if spec["title"][lang]]

    def make():
        return issue_pdf(
            lang,
            title=journal_title,
            subtitle=subtitle,
            contents=[labels["contents"]]
            + [f"{spec['title'][lang]} — {_names(spec, lang)}, {spec['pages'][0]}" for spec in in_lang],
            articles=[(spec["title"][lang], _names(spec, lang), spec["abstract"][lang]) for spec in in_lang],
        )

    return _document(ctx, f"{subtitle} (PDF, {lang})", f"migration-{issue['year']}-{issue['number']}-{lang}.pdf", make)


@register("journal", requires=("home",))
def seed_journal(ctx):
    home = ctx.pages["home"]
    sections = _sections(ctx)
    authors = _authors(ctx)
    spec = content.JOURNAL
    journal = ctx.add_page(
        home,
        JournalIndexPage(
            **per_language("title", spec["title"]),
            **{
                name: value
                for field in ("intro", "about", "aims", "board", "guidance", "publisher")
                for name, value in per_language(field, spec[field]).items()
            },
            issn_print=spec["issn_print"],
            issn_online=spec["issn_online"],
            contact_email=spec["contact_email"],
            cover=ctx.image("journal-cover", 480, 680),
        ),
        ascii_slug(spec["title"]["az"]),
    )
    ctx.pages["journal"] = journal

    for issue in content.ISSUES:
        specs = [article for article in content.ARTICLES if article["issue"] == issue["key"]]
        title = content.issue_title(issue)
        slug = ascii_slug(title["az"])
        page = ctx.child(journal, slug)
        if page is None:
            page = JournalIssuePage(
                **per_language("title", title),
                **per_language("editorial", content.EDITORIAL[issue["key"]]),
                volume=issue["volume"],
                number=issue["number"],
                year=issue["year"],
                date=datetime.date(*issue["date"]),
                cover=ctx.image(f"journal-issue-{issue['year']}-{issue['number']}", 480, 680),
                **{f"pdf_{lang}": _issue_document(ctx, issue, specs, lang) for lang in LANGUAGE_CODES},
            )
            page = ctx.add_page(journal, page, slug)
        ctx.pages[f"journal-{issue['year']}-{issue['number']}"] = page
        for article in specs:
            _article(ctx, page, issue, article, sections, authors)


def _article(ctx, issue_page, issue, spec, sections, authors):
    slug = ascii_slug(spec["title"]["az"])
    if ctx.child(issue_page, slug) is not None:
        return
    languages = _languages(spec)
    fields = {}
    for name in ("title", "abstract", "keywords"):
        fields.update(per_language(name, _only(spec[name], languages)))
    for lang in LANGUAGE_CODES:
        fields[f"body_{lang}"] = [("paragraph", f"<p>{spec['body'][lang]}</p>")] if lang in languages else []
        fields[f"pdf_{lang}"] = _article_document(ctx, issue, spec, lang) if lang in languages else None
        if lang not in languages:
            fields[f"title_{lang}"] = None
    page = JournalArticlePage(
        **fields,
        section=sections[spec["section"]],
        first_page=spec["pages"][0],
        last_page=spec["pages"][1],
        received=datetime.date(*spec["received"]),
        accepted=datetime.date(*spec["accepted"]),
        doi=spec["doi"],
        references="\n".join(content.REFERENCES),
    )
    page.article_authors = [
        JournalArticleAuthor(author=authors[key], sort_order=n) for n, key in enumerate(spec["authors"])
    ]
    ctx.add_page(issue_page, page, slug)
