"""The outreach demo: what the issue promises is there, in three languages, and seeding twice adds nothing."""

import pytest
from bs4 import BeautifulSoup
from django.test import TestCase

from core.demo import DemoContext, discover
from outreach.models import (
    Checkpoint,
    DepartmentPage,
    EServicePage,
    ForeignerDuty,
    LeafletPage,
    LeafletPDF,
    VisaPurpose,
)
from tests.shared_db import per_module

STEPS = {"admin", "home", "standard", "navigation", "home.services", "outreach", "outreach.links"}


def _seed():
    ctx = DemoContext()
    with TestCase.captureOnCommitCallbacks(execute=True):
        ctx.run([step for step in discover() if step.name in STEPS])
    return ctx


# Seeded once for the module (tests/shared_db.py): each test starts from the fresh demo.
seeded_once = per_module("seeded_once", _seed)


@pytest.fixture
def seeded(db, seeded_once):
    return seeded_once


def test_demo_has_the_leaflets_e_services_and_departments(seeded):
    assert EServicePage.objects.live().count() == 11
    departments = DepartmentPage.objects.live()
    assert departments.count() == 10  # the headquarters, 8 regional departments, Nakhchivan
    assert departments.filter(is_headquarters=True).count() == 1
    assert departments.filter(region="nakhchivan").count() == 1
    kinds = {c.kind for leaflet in LeafletPage.objects.live() for c in leaflet.checkpoints.all()}
    assert {"air", "land", "sea"} <= kinds
    for model in (EServicePage, DepartmentPage, LeafletPage):
        for page in model.objects.live():
            assert page.translated_languages == ["az", "en", "ru"], page
    assert all(d.districts.count() >= 3 and d.hours.count() >= 2 for d in departments)
    assert Checkpoint.objects.count() >= 9
    # every leaflet has its PDF in every language
    assert LeafletPDF.objects.count() == 3 * LeafletPage.objects.live().count()


def test_home_cards_and_contacts_lead_to_outreach(seeded, client):
    home = seeded.pages["home"].specific
    linked = [block.value["page"].pk for block in home.services_en]
    assert linked[:3] == [seeded.pages[key].pk for key in ("eservices", "departments", "leaflets")]
    contacts = seeded.pages["contacts"].specific
    for lang in ("az", "en", "ru"):
        targets = [
            b.value["link"]["page"] for b in getattr(contacts, f"body_{lang}") if b.block_type == "call_to_action"
        ]
        assert seeded.pages["departments"].pk in [t.pk for t in targets if t]


def test_seeding_again_creates_nothing(seeded, django_capture_on_commit_callbacks):
    again = DemoContext()
    with django_capture_on_commit_callbacks(execute=True):
        again.run([step for step in discover() if step.name in STEPS])
    assert again.created == 0, again.created_by_step


def purposes_on(client, url, selector):
    response = client.get(url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [" ".join(li.get_text(" ").split()) for li in page.select(selector)]


def test_the_legal_page_links_the_visa_purposes_the_leaflets_show_instead_of_copying_them(seeded, client):
    """The legal page keeps its text and PDF but no copied table: its link leads to the visa
    purposes listed from the same snippet rows as a leaflet's, so one edit shows on both."""
    legal = seeded.pages["legal"].specific
    leaflet = LeafletPage.objects.live().first()
    first = VisaPurpose.objects.order_by("sort_order").first()
    for lang in ("az", "en", "ru"):
        response = client.get(legal.url_in(lang))
        assert response.status_code == 200
        page = BeautifulSoup(response.content, "html.parser")
        main = page.select_one("main")
        assert main.select("table") == []  # no copied table
        documents = [b for b in getattr(legal, f"body_{lang}") if b.block_type == "document"]
        assert len(documents) == 1 and documents[0].value["language"] == lang  # its PDF stays
        target = seeded.pages["leaflets"].url_in(lang)
        assert main.select(f'a[href="{target}"]'), f"the legal page ({lang}) links the visa purposes"

        on_target = purposes_on(client, target, "#visa-purposes li")
        on_leaflet = purposes_on(client, leaflet.url_in(lang), ".lf-purposes li")
        expected = [getattr(p, f"name_{lang}") for p in VisaPurpose.objects.order_by("sort_order")]
        assert len(expected) == 10
        assert [text.split(":")[0].strip() for text in on_target] == expected
        assert on_target == on_leaflet
        duties = purposes_on(client, target, "#duties li")
        assert duties == [getattr(d, f"text_{lang}") for d in ForeignerDuty.objects.order_by("sort_order")]

        # One edit of the snippet shows on both.
        changed = f"{getattr(first, f'name_{lang}')} ({lang} edited)"
        setattr(first, f"name_{lang}", changed)
        first.save()
        assert purposes_on(client, target, "#visa-purposes li")[0].startswith(changed)
        assert purposes_on(client, leaflet.url_in(lang), ".lf-purposes li")[0].startswith(changed)
