"""The "Migration" journal: the journal's home, its issues and their articles.

Pages in a fixed order (journal → issue → article), each translated field by field
like every page: an article exists in English or Russian when it has a title in that
language. Sections and authors are snippets, chosen on the article. Each issue and
article carries one PDF per language (plain Wagtail documents); what is read from
those files (pages, size, text for search) is kept in ``PdfFacts``.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.snippets.models import register_snippet

from core.blocks import BodyBlock
from core.i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES, ascii_slug, current_language, localized
from core.models import BasePage
from core.translated import Translated

from .identifiers import normalize_doi, normalize_orcid, validate_doi, validate_issn, validate_orcid

RICH_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_NC = "cc-by-nc-4.0", "CC BY-NC 4.0"
    CC_BY_NC_ND = "cc-by-nc-nd-4.0", "CC BY-NC-ND 4.0"
    RESERVED = "reserved", _("All rights reserved")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC_BY_NC_ND: "https://creativecommons.org/licenses/by-nc-nd/4.0/",
}


# --- snippets -------------------------------------------------------------------------


@register_snippet
class JournalSection(Translated, models.Model):
    """A section of the journal (history, policy, regulation, procedure): groups the contents and OAI-PMH sets."""

    name = models.CharField(_("name"), max_length=120)
    code = models.SlugField(
        _("code"),
        max_length=40,
        unique=True,
        blank=True,
        help_text=_("Short Latin name used by library harvesters (OAI-PMH set); made from the name when empty."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    translated_title_field = "name"
    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("journal section")
        verbose_name_plural = _("journal sections")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = ascii_slug(self.name_az or self.name, max_length=40) or "section"
        super().save(*args, **kwargs)


@register_snippet
class Author(Translated, models.Model):
    """An author as written in each language (Əliyev / Aliyev / Алиев), with an optional ORCID iD."""

    family_name = models.CharField(_("family name"), max_length=100)
    given_names = models.CharField(_("given names"), max_length=100)
    affiliation = models.CharField(_("affiliation"), max_length=300, blank=True)
    orcid = models.CharField(
        _("ORCID iD"),
        max_length=40,
        blank=True,
        validators=[validate_orcid],
        help_text=_("e.g. 0000-0002-1825-0097; checked by its check digit."),
    )
    email = models.EmailField(_("e-mail"), blank=True)

    translated_title_field = "family_name"
    panels = [
        FieldRowPanel([FieldPanel("family_name"), FieldPanel("given_names")]),
        FieldPanel("affiliation"),
        FieldPanel("orcid"),
        FieldPanel("email"),
    ]

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["family_name", "given_names"]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.orcid = normalize_orcid(self.orcid)
        super().save(*args, **kwargs)

    @property
    def full_name(self):
        return f"{self.given_names} {self.family_name}".strip()

    @property
    def orcid_url(self):
        return f"https://orcid.org/{self.orcid}" if self.orcid else ""

    def initials(self, separator=" "):
        parts = [part for part in self.given_names.replace("-", " ").split() if part]
        return separator.join(f"{part[0]}." for part in parts)


# --- facts read from PDF files ---------------------------------------------------------


class PdfFacts(models.Model):
    """Pages, size and text of a PDF document, read once per file (``journal.pdfs``)."""

    document = models.OneToOneField("wagtaildocs.Document", on_delete=models.CASCADE, related_name="journal_facts")
    file_hash = models.CharField(max_length=40, blank=True)
    page_count = models.PositiveIntegerField(default=0)
    size = models.PositiveBigIntegerField(default=0)
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = _("PDF facts")

    def __str__(self):
        return f"{self.document_id}: {self.page_count} p."


class PdfPerLanguage(models.Model):
    """One PDF field per language (``pdf_az``, ``pdf_en``, ``pdf_ru``) and what was read from each."""

    pdf_az = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF in Azerbaijani"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pdf_en = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF in English"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pdf_ru = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF in Russian"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    pdf_panels = [MultiFieldPanel([FieldPanel("pdf_az"), FieldPanel("pdf_en"), FieldPanel("pdf_ru")], heading=_("PDF"))]

    class Meta:
        abstract = True

    def pdf_in(self, lang):
        return getattr(self, f"pdf_{lang}", None)

    def pdfs(self):
        """``[{"language", "document", "facts"}]`` for every language that has a PDF, the reader's first."""
        from .pdfs import facts_for

        active = current_language()
        order = [active, *(lang for lang in LANGUAGE_CODES if lang != active)]
        found = []
        for lang in order:
            document = self.pdf_in(lang)
            if document is not None:
                found.append({"language": lang, "document": document, "facts": facts_for(document)})
        return found

    def pdf_text(self, lang):
        from .pdfs import facts_for

        facts = facts_for(self.pdf_in(lang))
        return facts.text if facts else ""

    def clean_pdfs(self):
        from .pdfs import check_pdf_document

        errors = {}
        for lang in LANGUAGE_CODES:
            try:
                check_pdf_document(self.pdf_in(lang))
            except ValidationError as error:
                errors[f"pdf_{lang}"] = error
        return errors


# --- pages ----------------------------------------------------------------------------


class JournalIndexPage(RoutablePageMixin, BasePage):
    """The journal's home: about, aims and scope, board, guidance, ISSN, latest issue, archive."""

    fragment_cache = True  # its markup depends only on its content (core.models.BasePage)

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    about = RichTextField(_("about the journal"), blank=True, features=RICH_FEATURES)
    aims = RichTextField(_("aims and scope"), blank=True, features=RICH_FEATURES)
    board = RichTextField(_("editorial board"), blank=True, features=RICH_FEATURES)
    guidance = RichTextField(_("guidance for authors"), blank=True, features=RICH_FEATURES)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    contact_email = models.EmailField(
        _("editorial office e-mail"), blank=True, help_text=_("Given to library harvesters (OAI-PMH) as the contact.")
    )
    issn_print = models.CharField(_("ISSN (print)"), max_length=9, blank=True, validators=[validate_issn])
    issn_online = models.CharField(_("ISSN (online)"), max_length=9, blank=True, validators=[validate_issn])
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("cover"),
        FieldPanel("about"),
        FieldPanel("aims"),
        FieldPanel("board"),
        FieldPanel("guidance"),
        MultiFieldPanel(
            [
                FieldPanel("publisher"),
                FieldRowPanel([FieldPanel("issn_print"), FieldPanel("issn_online")]),
                FieldPanel("contact_email"),
            ],
            heading=_("Publisher and ISSN"),
        ),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["journal.JournalIssuePage"]

    class Meta:
        verbose_name = _("journal home")

    @path("")
    def index(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        from . import feeds

        return feeds.ArticleFeed(self)(request)

    @path("oai/")
    def oai(self, request):
        from . import oai

        return oai.endpoint(request, self)

    def issues(self):
        return JournalIssuePage.objects.live().child_of(self).order_by("-date", "-number")

    def articles(self):
        return JournalArticlePage.objects.live().descendant_of(self)

    def sections(self):
        return JournalSection.objects.all()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        issues = list(self.issues().select_related("cover"))
        context["latest_issue"] = issues[0] if issues else None
        years = {}
        for issue in issues:
            years.setdefault(issue.year, []).append(issue)
        context["archive"] = sorted(years.items(), reverse=True)
        return context

    def get_structured_data(self, request=None):
        from .citations import periodical

        data = super().get_structured_data(request)
        data.update(periodical(self, request))
        return data


class JournalIssuePage(BasePage, PdfPerLanguage):  # noqa: DJ008 - Page has __str__
    """One issue: volume, number, year, date, cover, editorial, the whole issue as PDF, contents."""

    fragment_cache = True  # its markup depends only on its content (core.models.BasePage)

    volume = models.PositiveSmallIntegerField(_("volume"))
    number = models.PositiveSmallIntegerField(_("number"))
    year = models.PositiveSmallIntegerField(_("year"))
    date = models.DateField(_("publication date"), default=datetime.date.today)
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    editorial = RichTextField(_("editorial"), blank=True, features=RICH_FEATURES)

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("volume"), FieldPanel("number"), FieldPanel("year"), FieldPanel("date")]),
        FieldPanel("cover"),
        FieldPanel("editorial"),
        *PdfPerLanguage.pdf_panels,
    ]
    parent_page_types = ["journal.JournalIndexPage"]
    subpage_types = ["journal.JournalArticlePage"]

    class Meta:
        verbose_name = _("journal issue")

    @property
    def journal(self):
        return (
            JournalIndexPage.objects.ancestor_of(self).live().first()
            or JournalIndexPage.objects.ancestor_of(self).first()
        )

    def articles(self):
        return (
            JournalArticlePage.objects.live()
            .child_of(self)
            .select_related("section")
            .prefetch_related("article_authors__author")
            .order_by("first_page", "path")
        )

    def contents(self):
        """``[(section or None, [articles])]`` in the sections' order."""
        groups = {}
        for article in self.articles():
            groups.setdefault(article.section, []).append(article)
        return sorted(
            groups.items(), key=lambda item: (item[0] is None, item[0].sort_order if item[0] else 0, str(item[0] or ""))
        )

    def label(self):
        """ "Vol. 8, No. 2 (2025)" in the reader's language."""
        return _("Vol. %(volume)s, No. %(number)s (%(year)s)") % {
            "volume": self.volume,
            "number": self.number,
            "year": self.year,
        }

    def clean(self):
        errors = self.clean_pdfs()
        if self.date and self.year and self.date.year != self.year:
            errors["year"] = ValidationError(_("The year must be the year of the publication date."))
        try:
            super().clean()
        except ValidationError as error:
            errors.update(error.update_error_dict({}))
        if errors:
            raise ValidationError(errors)

    def get_search_text(self, language):
        """Search finds an issue by words in its PDF, in that PDF's language (``search.indexing``)."""
        return self.pdf_text(language)

    def get_structured_data(self, request=None):
        from .citations import issue_structured_data

        data = super().get_structured_data(request)
        data.update(issue_structured_data(self, request))
        return data


class JournalArticlePage(RoutablePageMixin, BasePage, PdfPerLanguage):  # noqa: DJ008 - Page has __str__
    """One article: authors, abstract, keywords, body, PDF per language, pages, dates, DOI, licence, references."""

    fragment_cache = True  # its markup depends only on its content (core.models.BasePage)

    section = models.ForeignKey(
        JournalSection, verbose_name=_("section"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    abstract = models.TextField(_("abstract"), max_length=4000)
    keywords = models.CharField(_("keywords"), max_length=400, blank=True, help_text=_("Separated by commas."))
    body = StreamField(BodyBlock(), verbose_name=_("text"), blank=True)
    first_page = models.PositiveIntegerField(_("first page"), null=True, blank=True)
    last_page = models.PositiveIntegerField(_("last page"), null=True, blank=True)
    received = models.DateField(_("received"), null=True, blank=True)
    accepted = models.DateField(_("accepted"), null=True, blank=True)
    published = models.DateField(_("published"), null=True, blank=True, help_text=_("Empty: the issue's date."))
    doi = models.CharField(
        _("DOI"), max_length=200, blank=True, validators=[validate_doi], help_text=_("e.g. 10.1000/xyz123")
    )
    licence = models.CharField(_("licence"), max_length=20, choices=Licence.choices, default=Licence.CC_BY)
    references = models.TextField(_("references"), blank=True, help_text=_("One reference per line."))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("section"),
        InlinePanel("article_authors", label=_("Authors"), min_num=1),
        FieldPanel("abstract"),
        FieldPanel("keywords"),
        FieldPanel("body"),
        *PdfPerLanguage.pdf_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("first_page"), FieldPanel("last_page")]),
                FieldRowPanel([FieldPanel("received"), FieldPanel("accepted"), FieldPanel("published")]),
                FieldPanel("doi"),
                FieldPanel("licence"),
            ],
            heading=_("Publication"),
        ),
        FieldPanel("references"),
    ]
    parent_page_types = ["journal.JournalIssuePage"]
    subpage_types = []
    og_type = "article"

    class Meta:
        verbose_name = _("journal article")

    @cached_property
    def issue(self):
        parent = self.get_parent()
        return parent.specific if parent else None

    @property
    def journal(self):
        issue = self.issue
        return issue.journal if isinstance(issue, JournalIssuePage) else None

    def authors(self):
        return [link.author for link in self.article_authors.all() if link.author_id]

    def keyword_list(self):
        return [word.strip() for word in (self.keywords or "").split(",") if word.strip()]

    def keywords_in(self, lang):
        value = getattr(self, localized("keywords", lang), "") or ""
        return [word.strip() for word in value.split(",") if word.strip()]

    @property
    def publication_date(self):
        if self.published:
            return self.published
        issue = self.issue
        return issue.date if isinstance(issue, JournalIssuePage) else None

    @property
    def pages_label(self):
        if self.first_page and self.last_page and self.last_page != self.first_page:
            return f"{self.first_page}–{self.last_page}"
        return str(self.first_page or "")

    @property
    def doi_normalized(self):
        return normalize_doi(self.doi)

    @property
    def doi_url(self):
        return f"https://doi.org/{self.doi_normalized}" if self.doi else ""

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    def reference_list(self):
        return [line.strip() for line in (self.references or "").splitlines() if line.strip()]

    def search_date(self):
        return self.publication_date

    def get_search_text(self, language):
        """Search finds an article by words in its PDF, in that PDF's language (``search.indexing``)."""
        names = []
        with translation.override(language):
            for author in self.authors():
                names.append(getattr(author, localized("family_name", language), "") or author.family_name)
        return " ".join([*names, self.pdf_text(language)])

    def get_meta_description(self):
        return self.search_description or (self.abstract or "")[:300]

    def clean(self):
        errors = self.clean_pdfs()
        if self.first_page and self.last_page and self.last_page < self.first_page:
            errors["last_page"] = ValidationError(_("The last page cannot come before the first."))
        if self.received and self.accepted and self.accepted < self.received:
            errors["accepted"] = ValidationError(_("An article cannot be accepted before it was received."))
        if self.doi:
            self.doi = normalize_doi(self.doi)
        try:
            super().clean()
        except ValidationError as error:
            errors.update(error.update_error_dict({}))
        if errors:
            raise ValidationError(errors)

    def get_structured_data(self, request=None):
        from .citations import article_structured_data

        data = super().get_structured_data(request)
        data.update(article_structured_data(self, request))
        return data

    def text_language(self):
        """The language the reader is shown the article in: theirs, or Azerbaijani when it has none."""
        lang = current_language()
        return lang if lang in self.translated_languages else DEFAULT_LANGUAGE

    def get_context(self, request, *args, **kwargs):
        from . import citations

        context = super().get_context(request, *args, **kwargs)
        lang = self.text_language()
        context["text_language"] = lang
        context["citation_meta"] = citations.highwire_tags(self, lang, request)
        context["how_to_cite"] = citations.how_to_cite(self, request, lang)
        context["author_list"] = [citations.author_facts(author, lang) for author in self.authors()]
        context["other_languages"] = [
            {"language": other, "url": self.url_in(other, request)}
            for other in self.translated_languages
            if other != current_language()
        ]
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("citation-ris/")
    def ris(self, request):
        from . import citations

        return citations.download(self, request, "ris")

    @path("citation-bibtex/")
    def bibtex(self, request):
        from . import citations

        return citations.download(self, request, "bib")


class JournalArticleAuthor(Orderable):
    """An author of an article, in the order the article names them."""

    article = ParentalKey(JournalArticlePage, on_delete=models.CASCADE, related_name="article_authors")
    author = models.ForeignKey(Author, verbose_name=_("author"), on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("article author")
