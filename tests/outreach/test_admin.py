"""Editors' side: every outreach page type and snippet opens in the admin, and a leaflet edited
and published there gets its PDFs made again."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from outreach.models import LeafletPDF


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "x")
    client.force_login(user)
    return client


def test_outreach_pages_and_snippets_open_in_the_admin(editor_client, leaflet, departments, make_eservice):
    service = make_eservice()
    for page in (leaflet, leaflet.get_parent(), departments["shaki"], departments["index"], service):
        response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
    for model in ("checkpoint", "visapurpose", "foreignerduty"):
        assert editor_client.get(reverse(f"wagtailsnippets_outreach_{model}:add")).status_code == 200
        assert editor_client.get(reverse(f"wagtailsnippets_outreach_{model}:list")).status_code == 200


def test_publishing_from_the_admin_remakes_the_pdfs(editor_client, leaflet, django_capture_on_commit_callbacks):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    before = set(LeafletPDF.objects.filter(page=leaflet).values_list("revision_id", flat=True))
    data = nested_form_data(
        {
            "title_az": leaflet.title_az,
            "title_en": "Arriving by plane",
            "title_ru": leaflet.title_ru,
            "slug_az": leaflet.slug_az,
            "slug_en": leaflet.slug_en,
            "slug_ru": leaflet.slug_ru,
            "summary_az": leaflet.summary_az,
            "audience_az": leaflet.audience_az,
            "valid_as_of": "2026-04-01",
            "checkpoints": [c.pk for c in leaflet.checkpoints.all()],
            "registration_az": rich_text(leaflet.registration_az),
            "stay_az": rich_text(leaflet.stay_az),
            "show_visa_purposes": "on",
            "show_duties": "on",
            "changes": inline_formset([]),
            "code": leaflet.code,
            "action-publish": "publish",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("wagtailadmin_pages:edit", args=[leaflet.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    after = LeafletPDF.objects.filter(page=leaflet)
    assert after.count() == 3
    assert not before & set(after.values_list("revision_id", flat=True))
