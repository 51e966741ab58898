"""The outreach demo: what the issue promises is there, in three languages, and seeding twice adds nothing."""

import pytest

from core.demo import DemoContext, discover
from outreach.models import Checkpoint, DepartmentPage, EServicePage, LeafletPage, LeafletPDF

STEPS = {"admin", "home", "standard", "navigation", "home.services", "outreach", "outreach.links"}


@pytest.fixture
def seeded(db, django_capture_on_commit_callbacks):
    ctx = DemoContext()
    with django_capture_on_commit_callbacks(execute=True):
        ctx.run([step for step in discover() if step.name in STEPS])
    return ctx


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
