"""The admin's preview panel may frame the page it previews (issue 9, point 1); nothing else may."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import StandardPageFactory
from tests.site.test_editor_slugs import form_data


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pass")
    client.force_login(user)
    return user


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.fixture
def about(home):
    page = StandardPageFactory(parent=home, title_az="Haqqımızda", title_en="About us")
    page.save_revision().publish()
    return page


def test_the_preview_panel_can_frame_the_preview(client, editor, about):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[about.pk])
    response = client.post(url, form_data(action=None, title_az="Önbaxışda yeni başlıq"))
    assert response.status_code == 200 and response.json()["is_valid"]

    response = client.get(url, {"in_preview_panel": "true"})

    assert response.status_code == 200
    assert "Önbaxışda yeni başlıq" in response.content.decode()
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    # Otherwise the public page's own policy: no inline script in the preview either.
    assert policy["script-src"] == ["'self'"]


def test_public_pages_cannot_be_framed(client, about):
    response = client.get("/az/" + about.slug_az + "/")
    assert response.status_code == 200
    assert directives(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_frames_only_its_own_origin(client, editor, about):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[about.pk]))
    assert directives(response)["frame-ancestors"] == ["'self'"]
    assert directives(client.get("/admin/login/"))["frame-ancestors"] == ["'none'"]
