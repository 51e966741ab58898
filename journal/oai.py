"""OAI-PMH 2.0: the journal's articles for library harvesters (``<journal>/oai/?verb=…``).

One record per article (its titles and abstracts in each language it exists in, with
``xml:lang``), Dublin Core (``oai_dc``) as the one metadata format, one set per journal
section. Lists come ten records at a time with a signed resumption token; every
error the protocol names is answered with its code. Requests are GET or POST with
form-encoded arguments, as the protocol allows (``journal.middleware`` lets a
harvester's POST past the CSRF check: the endpoint only reads).

Datestamps are when an article was last published (UTC, to the second).
"""

import datetime
import xml.etree.ElementTree as ET
from email.utils import parseaddr

from django.conf import settings
from django.core import signing
from django.http import HttpResponse, HttpResponseNotAllowed
from django.utils import timezone

from core.i18n import LANGUAGE_CODES, localized

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"
ET.register_namespace("", OAI_NS)
ET.register_namespace("oai_dc", OAI_DC_NS)
ET.register_namespace("dc", DC_NS)
ET.register_namespace("xsi", XSI_NS)

OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
PAGE_SIZE = 10
TOKEN_SALT = "journal.oai.resumption"  # noqa: S105 - a signing salt, not a secret
TOKEN_MAX_AGE = 24 * 3600
GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"

VERBS = {
    # verb: (required, optional, exclusive)
    "Identify": ((), (), None),
    "ListMetadataFormats": ((), ("identifier",), None),
    "ListSets": ((), (), "resumptionToken"),
    "GetRecord": (("identifier", "metadataPrefix"), (), None),
    "ListIdentifiers": (("metadataPrefix",), ("from", "until", "set"), "resumptionToken"),
    "ListRecords": (("metadataPrefix",), ("from", "until", "set"), "resumptionToken"),
}


class OAIError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def _utc(value):
    return value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sub(parent, tag, text=None, **attrs):
    if not tag.startswith("{"):
        tag = _q(OAI_NS, tag)
    element = ET.SubElement(parent, tag, {k: str(v) for k, v in attrs.items()})
    if text is not None:
        element.text = str(text)
    return element


def _q(ns, tag):
    return f"{{{ns}}}{tag}"


def _parse_date(value, name):
    """``(datetime, granularity)``; ``badArgument`` for anything but the two granularities."""
    try:
        if len(value) == 10:
            day = datetime.date.fromisoformat(value)
            return datetime.datetime.combine(day, datetime.time(0), tzinfo=datetime.UTC), "day"
        if len(value) == 20 and value.endswith("Z"):
            moment = datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC)
            return moment, "seconds"
    except ValueError:
        pass
    raise OAIError("badArgument", f"'{name}' must be a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDThh:mm:ssZ).")


class Repository:
    def __init__(self, journal, request):
        self.journal = journal
        self.request = request
        self.domain = request.get_host().split(":")[0] or "localhost"

    # --- identity -----------------------------------------------------------------------
    def base_url(self):
        return self.request.build_absolute_uri(self.request.path)

    def identifier(self, article):
        return f"oai:{self.domain}:journal/article/{article.pk}"

    def article_for(self, identifier):
        prefix = f"oai:{self.domain}:journal/article/"
        if not identifier.startswith(prefix) or not identifier[len(prefix) :].isdigit():
            raise OAIError("idDoesNotExist", f"No record has the identifier '{identifier}'.")
        article = self.articles().filter(pk=int(identifier[len(prefix) :])).first()
        if article is None:
            raise OAIError("idDoesNotExist", f"No record has the identifier '{identifier}'.")
        return article

    def articles(self):
        from .models import JournalArticlePage

        return (
            JournalArticlePage.objects.live()
            .public()
            .descendant_of(self.journal)
            .select_related("section")
            .prefetch_related("article_authors__author")
            .order_by("last_published_at", "pk")
        )

    def sections(self):
        from .models import JournalSection

        return JournalSection.objects.all()

    # --- verbs ----------------------------------------------------------------------------
    def identify(self, root, args):
        element = _sub(root, "Identify")
        _sub(element, "repositoryName", self.journal.title)
        _sub(element, "baseURL", self.base_url())
        _sub(element, "protocolVersion", "2.0")
        _sub(element, "adminEmail", self.journal.contact_email or parseaddr(settings.DEFAULT_FROM_EMAIL)[1])
        first = self.articles().order_by("last_published_at").first()
        earliest = first.last_published_at if first and first.last_published_at else timezone.now()
        _sub(element, "earliestDatestamp", _utc(earliest))
        _sub(element, "deletedRecord", "no")
        _sub(element, "granularity", GRANULARITY)

    def list_metadata_formats(self, root, args):
        if "identifier" in args:
            self.article_for(args["identifier"])
        element = _sub(root, "ListMetadataFormats")
        fmt = _sub(element, "metadataFormat")
        _sub(fmt, "metadataPrefix", "oai_dc")
        _sub(fmt, "schema", OAI_DC_SCHEMA)
        _sub(fmt, "metadataNamespace", OAI_DC_NS)

    def list_sets(self, root, args):
        if "resumptionToken" in args:
            raise OAIError("badResumptionToken", "ListSets is answered whole; this token is not valid.")
        sections = list(self.sections())
        if not sections:
            raise OAIError("noSetHierarchy", "This repository has no sets.")
        element = _sub(root, "ListSets")
        for section in sections:
            item = _sub(element, "set")
            _sub(item, "setSpec", section.code)
            _sub(item, "setName", section.name_en or section.name_az or section.name)

    def get_record(self, root, args):
        self._check_prefix(args["metadataPrefix"])
        article = self.article_for(args["identifier"])
        element = _sub(root, "GetRecord")
        self._record(element, article)

    def _check_prefix(self, prefix):
        if prefix != "oai_dc":
            raise OAIError("cannotDisseminateFormat", f"The metadata format '{prefix}' is not offered; use oai_dc.")

    def _selection(self, args):
        """Arguments of a list request, read from the request or from its resumption token."""
        if "resumptionToken" in args:
            try:
                state = signing.loads(args["resumptionToken"], salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
            except signing.BadSignature:
                raise OAIError("badResumptionToken", "This resumption token is not valid or has expired.") from None
            return state
        self._check_prefix(args["metadataPrefix"])
        state = {"metadataPrefix": args["metadataPrefix"], "cursor": 0}
        for name in ("from", "until", "set"):
            if name in args:
                state[name] = args[name]
        return state

    def _filtered(self, state):
        articles = self.articles()
        granularities = set()
        if "from" in state:
            start, granularity = _parse_date(state["from"], "from")
            granularities.add(granularity)
            articles = articles.filter(last_published_at__gte=start)
        if "until" in state:
            end, granularity = _parse_date(state["until"], "until")
            granularities.add(granularity)
            if granularity == "day":
                end += datetime.timedelta(days=1) - datetime.timedelta(seconds=1)
            articles = articles.filter(last_published_at__lte=end)
        if len(granularities) > 1:
            raise OAIError("badArgument", "'from' and 'until' must have the same granularity.")
        if "from" in state and "until" in state and start > end:
            raise OAIError("badArgument", "'from' is later than 'until'.")
        if "set" in state:
            if not self.sections().exists():
                raise OAIError("noSetHierarchy", "This repository has no sets.")
            articles = articles.filter(section__code=state["set"])
        return articles

    def _list(self, root, args, verb, headers_only):
        state = self._selection(args)
        articles = self._filtered(state)
        total = articles.count()
        cursor = int(state.get("cursor", 0))
        if total == 0:
            raise OAIError("noRecordsMatch", "No records match these arguments.")
        if cursor >= total:
            raise OAIError("badResumptionToken", "This resumption token points past the end of the list.")
        element = _sub(root, verb)
        for article in articles[cursor : cursor + PAGE_SIZE]:
            if headers_only:
                self._header(element, article)
            else:
                self._record(element, article)
        following = cursor + PAGE_SIZE
        if following < total or "resumptionToken" in args:
            token = signing.dumps({**state, "cursor": following}, salt=TOKEN_SALT) if following < total else None
            expires = timezone.now() + datetime.timedelta(seconds=TOKEN_MAX_AGE)
            attrs = {"completeListSize": total, "cursor": cursor}
            if token:
                attrs["expirationDate"] = _utc(expires)
            _sub(element, "resumptionToken", token, **attrs)

    def list_identifiers(self, root, args):
        self._list(root, args, "ListIdentifiers", headers_only=True)

    def list_records(self, root, args):
        self._list(root, args, "ListRecords", headers_only=False)

    # --- records ----------------------------------------------------------------------------
    def _header(self, parent, article):
        header = _sub(parent, "header")
        _sub(header, "identifier", self.identifier(article))
        _sub(header, "datestamp", _utc(article.last_published_at or timezone.now()))
        if article.section:
            _sub(header, "setSpec", article.section.code)
        return header

    def _record(self, parent, article):
        from .citations import facts

        record = _sub(parent, "record")
        self._header(record, article)
        metadata = _sub(record, "metadata")
        dc = ET.SubElement(
            metadata,
            _q(OAI_DC_NS, "dc"),
            {_q(XSI_NS, "schemaLocation"): f"{OAI_DC_NS} {OAI_DC_SCHEMA}"},
        )

        def add(tag, text, lang=None):
            if text:
                element = ET.SubElement(dc, _q(DC_NS, tag))
                element.text = str(text)
                if lang:
                    element.set(_q(XML_NS, "lang"), lang)

        languages = article.translated_languages
        by_lang = {lang: facts(article, lang, self.request) for lang in languages}
        main = by_lang[languages[0]] if languages else facts(article, "az", self.request)
        for lang, f in by_lang.items():
            add("title", f["title"], lang)
        for author in main["authors"]:
            add("creator", f"{author['family']}, {author['given']}")
        for lang, f in by_lang.items():
            for keyword in f["keywords"] if getattr(article, localized("keywords", lang), "") else []:
                add("subject", keyword, lang)
        for lang, f in by_lang.items():
            if getattr(article, localized("abstract", lang), ""):
                add("description", f["abstract"], lang)
        add("publisher", main["publisher"])
        if main["date"]:
            add("date", main["date"].isoformat())
        add("type", "info:eu-repo/semantics/article")
        add("type", "Text")
        if any(article.pdf_in(lang) for lang in LANGUAGE_CODES):
            add("format", "application/pdf")
        for f in by_lang.values():
            add("identifier", f["url"])
        if main["doi"]:
            add("identifier", f"https://doi.org/{main['doi']}")
        for f in by_lang.values():
            if f["pdf_url"]:
                add("relation", f["pdf_url"])
        source = main["journal"]
        if main["volume"] is not None:
            source += f"; Vol. {main['volume']}, No. {main['issue']} ({main['year']})"
        if main["first_page"]:
            source += f"; {main['first_page']}" + (f"-{main['last_page']}" if main["last_page"] else "")
        add("source", source)
        for issn in main["issn"]:
            add("source", issn)
        for lang in languages:
            add("language", {"az": "aze", "en": "eng", "ru": "rus"}.get(lang, lang))
        add("rights", main["licence_url"])
        return record


def _arguments(request):
    """The request's arguments; ``badArgument`` when one is repeated."""
    args = {}
    data = request.POST if request.method == "POST" else request.GET
    for name in data:
        values = data.getlist(name)
        if len(values) > 1:
            raise OAIError("badArgument" if name != "verb" else "badVerb", f"The argument '{name}' is repeated.")
        args[name] = values[0]
    return args


def _check_arguments(verb, args):
    required, optional, exclusive = VERBS[verb]
    given = set(args) - {"verb"}
    if exclusive and exclusive in given:
        if given != {exclusive}:
            raise OAIError("badArgument", f"'{exclusive}' is an exclusive argument: send it alone with the verb.")
        return
    illegal = given - set(required) - set(optional)
    if illegal:
        raise OAIError("badArgument", f"Not an argument of {verb}: {', '.join(sorted(illegal))}.")
    missing = [name for name in required if name not in given]
    if missing:
        raise OAIError("badArgument", f"{verb} needs: {', '.join(missing)}.")


def endpoint(request, journal):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    root = ET.Element(_q(OAI_NS, "OAI-PMH"), {_q(XSI_NS, "schemaLocation"): f"{OAI_NS} {OAI_SCHEMA}"})
    _sub(root, "responseDate", _utc(timezone.now()))
    request_element = _sub(root, "request", request.build_absolute_uri(request.path))
    repository = Repository(journal, request)
    try:
        args = _arguments(request)
        verb = args.get("verb")
        if verb not in VERBS:
            raise OAIError(
                "badVerb", "Missing or unknown verb." if verb is None else f"'{verb}' is not an OAI-PMH verb."
            )
        _check_arguments(verb, args)
        for name, value in args.items():
            request_element.set(name, value)
        method = {
            "Identify": repository.identify,
            "ListMetadataFormats": repository.list_metadata_formats,
            "ListSets": repository.list_sets,
            "GetRecord": repository.get_record,
            "ListIdentifiers": repository.list_identifiers,
            "ListRecords": repository.list_records,
        }[verb]
        method(root, args)
    except OAIError as error:
        if error.code in ("badVerb", "badArgument"):
            request_element.attrib.clear()  # the protocol: no attributes echoed for these two
        for child in list(root)[2:]:
            root.remove(child)
        _sub(root, "error", error.message, code=error.code)
    body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    response = HttpResponse(body, content_type="text/xml; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response
