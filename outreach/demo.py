"""The outreach module's demo: checkpoints, visa purposes and duties, three leaflets (air, land,
sea) with their PDFs, the 11 e-services, the headquarters, 8 regional departments and
Nakhchivan; then the home page's service cards and the contacts page point at them.

Idempotent: snippets are found by their Azerbaijani text, pages by their Azerbaijani slug.
"""

import datetime

from core.demo import localize, per_language, register
from core.i18n import LANGUAGE_CODES, ascii_slug
from search.indexing import index_object

from . import demo_content as content
from .models import (
    Checkpoint,
    DepartmentDistrict,
    DepartmentIndexPage,
    DepartmentPage,
    EServiceIndexPage,
    EServicePage,
    ForeignerDuty,
    LeafletChange,
    LeafletIndexPage,
    LeafletPage,
    ReceptionHours,
    VisaPurpose,
)


def _snippet(ctx, model, field, text, **extra):
    found = model.objects.filter(**{f"{field}_az": text["az"]}).first()
    if found is None:
        found = ctx.count(model.objects.create(**per_language(field, text), **{field: text["az"]}, **extra))
    return found


def _checkpoints(ctx):
    return {
        spec["key"]: _snippet(
            ctx,
            Checkpoint,
            "name",
            spec["name"],
            kind=spec["kind"],
            region=spec["region"],
            **per_language("address", spec["address"]),
        )
        for spec in content.CHECKPOINTS
    }


def _legal(ctx):
    for n, (name, description) in enumerate(content.VISA_PURPOSES):
        _snippet(ctx, VisaPurpose, "name", name, sort_order=n, **per_language("description", description))
    for n, text in enumerate(content.DUTIES):
        _snippet(ctx, ForeignerDuty, "text", text, sort_order=n)


def _index(ctx, home, model, spec, fields):
    values = {}
    for field in fields:
        values.update(per_language(field, spec[field]))
    return ctx.add_page(home, model(**per_language("title", spec["title"]), **values), ascii_slug(spec["title"]["az"]))


def _leaflets(ctx, index, checkpoints):
    for spec in content.LEAFLETS:
        slug = ascii_slug(spec["title"]["az"])
        page = ctx.child(index, slug)
        if page is None:
            page = LeafletPage(
                **per_language("title", spec["title"]),
                **per_language("summary", spec["summary"]),
                **per_language("audience", content.AUDIENCE),
                **per_language("registration", content.REGISTRATION),
                **per_language("stay", content.STAY),
                **per_language("where_to_ask", content.WHERE_TO_ASK),
                **per_language("emergency", content.EMERGENCY),
                valid_as_of=datetime.date(*spec["valid_as_of"]),
            )
            page.changes = [
                LeafletChange(date=datetime.date(*date), **per_language("note", note)) for date, note in spec["changes"]
            ]
            page.checkpoints = [checkpoints[key] for key in spec["checkpoints"]]
            # Publishing makes the PDFs (outreach.signals → outreach.pdf).
            page = ctx.add_page(index, page, slug)
        ctx.pages[spec["key"]] = page


def _eservices(ctx, index):
    for spec in content.ESERVICES:
        slug = ascii_slug(spec["title"]["az"])
        if ctx.child(index, slug):
            continue
        page = EServicePage(
            **per_language("title", spec["title"]),
            **per_language("summary", spec["summary"]),
            **per_language("documents", spec["documents"]),
            **{k: v for f in ("fee", "time_limit", "duration", "legal_basis") for k, v in _text(f, spec[f]).items()},
            life_event=spec["life_event"],
            portal_url=content.PORTAL + spec["slug"],
            **{f"for_{a}": a in spec["audiences"] for a in ("citizen", "foreigner", "stateless", "employer")},
            **{f"offered_in_{lang}": lang in spec["languages"] for lang in LANGUAGE_CODES},
        )
        ctx.add_page(index, page, slug)


def _text(field, value):
    return per_language(field, value) if value else {}


def _time(value):
    hours, minutes = value.split(":")
    return datetime.time(int(hours), int(minutes))


def _departments(ctx, index):
    for spec in content.DEPARTMENTS:
        slug = ascii_slug(spec["title"]["az"])
        page = ctx.child(index, slug)
        if page is None:
            page = DepartmentPage(
                **per_language("title", spec["title"]),
                **per_language("address", spec["address"]),
                **per_language("head", spec["head"]),
                **per_language("awareness_corner", content.CORNER),
                region=spec["region"],
                is_headquarters=spec.get("hq", False),
                phone=spec["phone"],
                email=spec.get("email", f"{spec['key']}@qapi.example"),
                map_url=f"https://www.openstreetmap.org/search?query={ascii_slug(spec['address']['en'])}",
            )
            page.hours = [
                ReceptionHours(audience=audience, from_day=first, to_day=last, opens=_time(opens), closes=_time(closes))
                for audience, first, last, opens, closes in spec.get("hours", content.HOURS_STANDARD)
            ]
            page.districts = [DepartmentDistrict(**per_language("name", name)) for name in spec["districts"]]
            page = ctx.add_page(index, page, slug)
        ctx.pages[f"department-{spec['key']}"] = page


@register("outreach", requires=("home",))
def seed_outreach(ctx):
    home = ctx.pages["home"]
    checkpoints = _checkpoints(ctx)
    _legal(ctx)

    leaflets = _index(ctx, home, LeafletIndexPage, content.LEAFLET_INDEX, ("intro",))
    ctx.pages["leaflets"] = leaflets
    _leaflets(ctx, leaflets, checkpoints)

    eservices = _index(ctx, home, EServiceIndexPage, content.ESERVICE_INDEX, ("intro", "portal_note"))
    ctx.pages["eservices"] = eservices
    _eservices(ctx, eservices)

    departments = _index(ctx, home, DepartmentIndexPage, content.DEPARTMENT_INDEX, ("intro",))
    ctx.pages["departments"] = departments
    _departments(ctx, departments)


@register("outreach.links", requires=("outreach", "home.services", "standard"))
def link_outreach(ctx):
    """The home page's service cards lead to the e-services, the offices and the leaflets first;
    the contacts page links the list of offices."""
    home = ctx.pages["home"].specific
    targets = [ctx.pages["eservices"], ctx.pages["departments"], ctx.pages["leaflets"]]
    linked = {block.value["page"].pk for block in home.services_az if block.value.get("page")}
    missing = [page for page in targets if page.pk not in linked]
    if missing:
        for lang in LANGUAGE_CODES:
            field = f"services_{lang}"
            old = [{"type": b.block_type, "value": b.block.get_prep_value(b.value)} for b in getattr(home, field)]
            new = [
                {
                    "type": "service",
                    "value": {
                        "title": getattr(page, f"title_{lang}") or page.title_az,
                        "description": getattr(page, f"intro_{lang}") or page.intro_az,
                        "page": page.pk,
                    },
                }
                for page in missing
            ]
            setattr(home, field, (new + old)[:12])
        home.save_revision().publish()
        ctx.count()

    link_legal_page(ctx)

    contacts = ctx.pages.get("contacts")
    if contacts is None:
        return
    contacts = contacts.specific
    index = ctx.pages["departments"]
    linked = [b.value["link"].get("page") for b in contacts.body_az if b.block_type == "call_to_action"]
    if any(page and page.pk == index.pk for page in linked):
        return
    for lang in LANGUAGE_CODES:
        field = f"body_{lang}"
        old = [{"type": b.block_type, "value": b.block.get_prep_value(b.value)} for b in getattr(contacts, field)]
        spec = localize(content.CONTACTS_LINK, lang)
        old.append({"type": "call_to_action", "value": {**spec, "link": {"page": index.pk, "url": ""}}})
        setattr(contacts, field, old)
    dated = contacts.last_published_at
    contacts.save_revision().publish()
    # The standard pages' demo dates each page by its last editorial change: keep that date.
    type(contacts).objects.filter(pk=contacts.pk).update(last_published_at=dated)
    ctx.count()


def link_legal_page(ctx):
    """The legal information page's copied table of visa purposes becomes a link to the leaflets
    page, which lists them (and the duties) from the snippets; its PDF per language stays.

    Once: a page without a table is left as it is.
    """
    legal = ctx.pages.get("legal")
    if legal is None:
        return
    legal = legal.specific
    if not any(block.block_type == "table" for lang in LANGUAGE_CODES for block in getattr(legal, f"body_{lang}")):
        return
    index = ctx.pages["leaflets"]
    for lang in LANGUAGE_CODES:
        field = f"body_{lang}"
        new = []
        for block in getattr(legal, field):
            if block.block_type == "table":
                spec = localize(content.LEGAL_LINK, lang)
                new.append({"type": "call_to_action", "value": {**spec, "link": {"page": index.pk, "url": ""}}})
            else:
                new.append({"type": block.block_type, "value": block.block.get_prep_value(block.value)})
        setattr(legal, field, new)
    dated = legal.last_published_at
    legal.save_revision().publish()
    # The standard pages' demo dates each page by its last editorial change: keep that date.
    type(legal).objects.filter(pk=legal.pk).update(last_published_at=dated)
    legal.refresh_from_db()
    index_object(legal)
    ctx.pages["legal"] = legal
    ctx.count()
