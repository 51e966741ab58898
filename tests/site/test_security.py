"""Security headers on every response, admin login throttling, safe document serving."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.documents.models import Document

from config.settings.base import client_address_settings
from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory, StandardPageFactory
from tests.shared_db import per_module


def csp(response):
    return dict(
        (part.split(" ", 1) + [""])[:2]
        for part in (p.strip() for p in response["Content-Security-Policy"].split(";"))
        if part
    )


@pytest.fixture
def public_urls(home):
    page = StandardPageFactory(parent=home, title_en="About")
    index = NewsIndexPageFactory(parent=home)
    article = NewsArticlePageFactory(parent=index)
    return [
        "/az/",
        "/en/",
        "/ru/",
        page.url_in("en"),
        index.url_in("ru"),
        article.url_in("az"),
        index.url_in("en") + "feed/",
        "/sitemap.xml",
        "/robots.txt",
        "/en/no-such-page/",
    ]


def test_every_public_response_carries_the_security_headers(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        policy = csp(response)
        assert policy["script-src"] == "'self'", url
        assert "unsafe-inline" not in policy["style-src"], url
        assert policy["frame-ancestors"] == "'none'", url
        assert policy["object-src"] == "'none'" and policy["base-uri"] == "'self'", url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", url
        assert response["X-Frame-Options"] == "DENY", url
        assert "camera=()" in response["Permissions-Policy"], url
        assert "geolocation=()" in response["Permissions-Policy"], url


def test_pages_use_no_inline_script(client, public_urls):
    from bs4 import BeautifulSoup

    for url in public_urls[:6]:
        html = BeautifulSoup(client.get(url).content, "html.parser")
        inline = [s for s in html.find_all("script") if not s.get("src") and s.get("type") != "application/ld+json"]
        assert inline == [], url
        assert not html.select("[style]"), url
        assert not [tag for tag in html.find_all(True) if any(a.startswith("on") for a in tag.attrs)], url


def test_admin_login_keeps_the_strict_policy_and_the_admin_has_its_own(client, db):
    assert csp(client.get("/admin/login/"))["script-src"] == "'self'"
    user = get_user_model().objects.create_superuser("chief", "chief@example.com", "pass")
    client.force_login(user)
    policy = csp(client.get("/admin/"))
    assert policy["frame-ancestors"] == "'self'"  # the admin frames its own previews
    assert policy["object-src"] == "'none'"


def _login(client, password, username="chief", language="az"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR="203.0.113.7",
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_repeated_failed_admin_logins_lock_the_account_from_that_address(client, db):
    get_user_model().objects.create_superuser("chief", "chief@example.com", "correct-horse")
    for _ in range(4):
        response = _login(client, "wrong")
        assert response.status_code == 200  # the form again, with an error
    locked = _login(client, "wrong")
    assert locked.status_code == 429
    assert "Həddən artıq uğursuz giriş cəhdi" in locked.content.decode()
    assert "Too many failed sign-in attempts" in _login(client, "wrong", language="en").content.decode()
    assert "Слишком много неудачных попыток" in _login(client, "wrong", language="ru").content.decode()
    # Even the right password is refused while locked.
    assert _login(client, "correct-horse").status_code == 429
    # Another account from the same address is not affected.
    get_user_model().objects.create_superuser("deputy", "deputy@example.com", "battery-staple")
    assert _login(client, "battery-staple", username="deputy").status_code == 302


def test_a_successful_login_resets_the_count(client, db):
    get_user_model().objects.create_superuser("chief", "chief@example.com", "correct-horse")
    for _ in range(4):
        _login(client, "wrong")
    assert _login(client, "correct-horse").status_code == 302
    client.logout()
    for _ in range(4):
        assert _login(client, "wrong").status_code == 200


# Behind the proxies: REMOTE_ADDR is the nearest proxy, each proxy appends the address it
# received the request from to X-Forwarded-For (whatever the client sent stays on the left).
PROXY = "10.0.0.2"
ADMIN_AT = "203.0.113.7"
ATTACKER_AT = "198.51.100.66"


def _login_through(client, password, forwarded_for, username="chief"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


@pytest.mark.parametrize(
    ("proxies", "hops"),
    [(1, []), (2, ["192.0.2.10"]), (3, ["192.0.2.10", "192.0.2.11"])],
    ids=["one proxy", "CDN and proxy", "three proxies"],
)
def test_behind_proxies_the_attacker_is_locked_out_and_the_admin_still_signs_in(client, db, proxies, hops):
    get_user_model().objects.create_superuser("chief", "chief@example.com", "correct-horse")
    with override_settings(**client_address_settings(proxies)):
        attacker = ", ".join([ATTACKER_AT, *hops])
        for _ in range(4):
            assert _login_through(client, "wrong", attacker).status_code == 200
        assert _login_through(client, "wrong", attacker).status_code == 429
        assert _login_through(client, "correct-horse", attacker).status_code == 429
        # The real admin, somewhere else, through the same proxies.
        assert _login_through(client, "correct-horse", ", ".join([ADMIN_AT, *hops])).status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER_AT}


@pytest.mark.parametrize(
    "forged",
    [[ADMIN_AT], ["192.0.2.99", ADMIN_AT], [ADMIN_AT, "10.0.0.9", "127.0.0.1"], ["unknown", ADMIN_AT], ["::1"]],
)
@pytest.mark.parametrize("proxies", [1, 2])
def test_a_forged_forwarded_for_cannot_pick_another_clients_address(client, db, proxies, forged):
    """The attacker writes X-Forwarded-For itself (more hops than there are proxies)."""
    get_user_model().objects.create_superuser("chief", "chief@example.com", "correct-horse")
    hops = ["192.0.2.10"] * (proxies - 1)
    with override_settings(**client_address_settings(proxies)):
        for _ in range(5):
            _login_through(client, "wrong", ", ".join([*forged, ATTACKER_AT, *hops]))
        assert _login_through(client, "wrong", ", ".join([*forged, ATTACKER_AT, *hops])).status_code == 429
        assert _login_through(client, "correct-horse", ", ".join([ADMIN_AT, *hops])).status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER_AT}


def test_without_a_proxy_forwarded_for_is_ignored(client, db):
    """No proxy: the attacker cannot dodge the lockout by writing a new X-Forwarded-For each time."""
    get_user_model().objects.create_superuser("chief", "chief@example.com", "correct-horse")
    with override_settings(**client_address_settings(0)):
        for n in range(5):
            _login_through(client, "wrong", f"198.51.100.{n}")
        assert _login_through(client, "correct-horse", "198.51.100.200").status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {PROXY}


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("az", "parolun e-poçtla bərpası söndürülüb"),
        ("en", "Password reset by e-mail is off"),
        ("ru", "Восстановление пароля по электронной почте на этом сайте отключено"),
    ],
)
def test_with_password_reset_off_the_login_page_says_so_and_offers_no_link(client, db, language, note):
    with override_settings(WAGTAIL_PASSWORD_RESET_ENABLED=False):
        page = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
        assert reverse("wagtailadmin_password_reset") not in page
        assert note in page
        assert client.get(reverse("wagtailadmin_password_reset"), follow=True).status_code == 404
    page = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert reverse("wagtailadmin_password_reset") in page
    assert note not in page


@pytest.mark.parametrize("remember", [True, False])
def test_admin_sessions_end_after_eight_hours_remember_me_or_not(client, db, remember):
    from django.contrib.sessions.models import Session

    get_user_model().objects.create_superuser("chief", "chief@example.com", "correct-horse")
    data = {"username": "chief", "password": "correct-horse", **({"remember": "on"} if remember else {})}
    assert client.post("/admin/login/", data).status_code == 302
    assert client.session.get_expiry_age() <= 8 * 60 * 60
    (session,) = Session.objects.all()
    assert (session.expire_date - timezone.now()).total_seconds() <= 8 * 60 * 60


def test_documents_are_downloaded_never_rendered_in_the_sites_origin(client, db):
    document = Document.objects.create(
        title="notes", file=ContentFile(b"<html><script>alert(1)</script></html>", name="notes.txt")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert csp(response) == {"default-src": "'none'", "frame-ancestors": "'none'"}
    assert response["X-Content-Type-Options"] == "nosniff"


PDF = b"%PDF-1.7\n%%EOF\n"


@pytest.mark.parametrize(
    ("name", "content"),
    [("report.pdf", PDF), ("notes.txt", b"notes"), ("figures.csv", b"a,b"), ("forms.zip", b"PK\x05\x06" + b"\0" * 18)],
)
def test_document_downloads_carry_no_content_encoding_and_may_not_be_framed(client, db, name, content):
    document = Document.objects.create(title=name, file=ContentFile(content, name=name))
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert "Content-Encoding" not in response
    assert csp(response)["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"


def test_no_response_says_content_encoding_none(client, public_urls):
    for url in public_urls:
        assert client.get(url).get("Content-Encoding") in (None, "gzip", "br"), url


def test_documents_always_have_a_real_hash_and_etag(client, db):
    document = Document.objects.create(title="report", file=ContentFile(PDF, name="report.pdf"))
    assert len(document.file_hash) == 40  # filled on save, even outside the admin's form
    response = client.get(document.url)
    assert response["ETag"] == f'"{document.file_hash}"'
    assert client.get(document.url, HTTP_IF_NONE_MATCH='""').status_code == 200
    assert client.get(document.url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_a_document_whose_hash_was_lost_gets_it_back_when_served(client, db):
    document = Document.objects.create(title="report", file=ContentFile(PDF, name="report.pdf"))
    real = document.file_hash
    Document.objects.filter(pk=document.pk).update(file_hash="")
    response = client.get(document.url)
    assert response["ETag"] == f'"{real}"'
    assert Document.objects.get(pk=document.pk).file_hash == real


def test_the_migration_fills_the_hash_of_documents_saved_without_one(db):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("core.migrations.0003_fill_document_file_hashes")
    document = Document.objects.create(title="report", file=ContentFile(PDF, name="report.pdf"))
    missing = Document.objects.create(title="gone", file=ContentFile(PDF, name="gone.pdf"))
    missing.file.storage.delete(missing.file.name)
    real = document.file_hash
    Document.objects.update(file_hash="")
    migration.fill(apps, None)
    assert Document.objects.get(pk=document.pk).file_hash == real
    assert Document.objects.get(pk=missing.pk).file_hash == ""  # no file, nothing to hash


@pytest.mark.parametrize(
    ("name", "content"),
    [("page.html", b"<html><script>alert(1)</script></html>"), ("drawing.svg", b"<svg onload='alert(1)'/>")],
)
def test_editors_cannot_upload_html_or_svg_documents(client, db, name, content):
    user = get_user_model().objects.create_superuser("chief", "chief@example.com", "pass")
    client.force_login(user)
    response = client.post(
        reverse("wagtaildocs:add"), {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1}
    )
    assert response.status_code == 200  # the form again
    assert not Document.objects.filter(title=name).exists()


def test_editors_cannot_upload_svg_images(client, db):
    from wagtail.images.models import Image

    user = get_user_model().objects.create_superuser("chief", "chief@example.com", "pass")
    client.force_login(user)
    svg = SimpleUploadedFile("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")
    response = client.post(reverse("wagtailimages:add"), {"title": "logo", "file": svg, "collection": 1})
    assert response.status_code == 200
    assert not Image.objects.filter(title="logo").exists()


# --- How many fields the admin posts (DATA_UPLOAD_MAX_NUMBER_FIELDS) -------------------


def block_form_data(block, value, prefix):
    """The fields the page editor's JavaScript posts for one StreamField block value."""
    import json

    from wagtail import blocks
    from wagtail.contrib.table_block.blocks import TableBlock
    from wagtail.test.utils.form_data import rich_text

    if isinstance(block, blocks.StreamBlock):
        data = {f"{prefix}-count": str(len(value))}
        for i, child in enumerate(value):
            data.update({f"{prefix}-{i}-{k}": v for k, v in (("deleted", ""), ("order", str(i)))})
            data.update({f"{prefix}-{i}-type": child.block_type, f"{prefix}-{i}-id": child.id or ""})
            data.update(block_form_data(child.block, child.value, f"{prefix}-{i}-value"))
        return data
    if isinstance(block, blocks.ListBlock):
        items = list(value.bound_blocks)
        data = {f"{prefix}-count": str(len(items))}
        for i, item in enumerate(items):
            data.update({f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": str(i), f"{prefix}-{i}-type": ""})
            data[f"{prefix}-{i}-id"] = item.id or ""
            data.update(block_form_data(block.child_block, item.value, f"{prefix}-{i}-value"))
        return data
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child in block.child_blocks.items():
            data.update(block_form_data(child, value.get(name), f"{prefix}-{name}"))
        return data
    if isinstance(block, blocks.BooleanBlock):
        return {prefix: "on"} if value else {}
    if isinstance(block, blocks.RichTextBlock):
        return {prefix: rich_text(value.source if value else "")}
    if isinstance(block, blocks.ChooserBlock):
        return {prefix: str(value.pk) if value else ""}
    if isinstance(block, TableBlock):
        return {prefix: json.dumps(value)}
    prepared = block.get_prep_value(value)
    return {prefix: "" if prepared is None else str(prepared)}


def editor_form_data(client, page):
    """What the browser posts from the page editor: the form's own inputs, StreamFields as its JavaScript does."""
    from wagtail.fields import StreamField
    from wagtail.test.utils.form_data import querydict_from_html

    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form", exclude_csrf=False)
    for key in [key for key in data if "__prefix__" in key]:  # an inline panel's <template>
        del data[key]
    # The comments' management form, which the comments app's JavaScript adds.
    data.update({f"comments-{k}": v for k, v in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))})
    data.update({f"comments-{k}": v for k, v in (("MIN_NUM_FORMS", "0"), ("MAX_NUM_FORMS", "1000"))})
    page = page.specific
    for field in page._meta.get_fields():
        if isinstance(field, StreamField) and f'id="{field.name}" data-block' in html:
            data.update(block_form_data(field.stream_block, getattr(page, field.name), field.name))
    return data


def _seed_demo():
    import io

    from django.core.management import call_command

    call_command("seed_demo", stdout=io.StringIO())


# seed_demo once for this module's tests (tests/shared_db.py): each starts from the fresh demo.
demo_seeded = per_module("demo_seeded", _seed_demo)


@pytest.fixture
def demo_editor(client, db, demo_seeded):
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


def test_the_biggest_admin_forms_fit_the_field_limit_with_room_to_spare(demo_editor, settings):
    from wagtail.models import Page

    counts = {}
    for page in Page.objects.filter(depth__gt=1).specific():
        counts[page.title] = len(list(editor_form_data(demo_editor, page).lists()))
    biggest = max(counts.values())
    # Measured in Chromium (FormData of the edit form): 270 fields for the news article with
    # statistics, 245 for the statistics page, 216 for the home page, all three languages.
    assert 200 < biggest < 300, counts
    assert biggest * 5 < settings.DATA_UPLOAD_MAX_NUMBER_FIELDS <= 2000


@pytest.mark.parametrize("title", ["Statistika", "Dövlət Miqrasiya Xidməti"])
def test_the_page_editor_still_saves_the_biggest_pages(demo_editor, title):
    from wagtail.models import Page

    page = Page.objects.get(title_az=title).specific
    names = [n for n in ("body_az", "body_en", "body_ru", "key_statistics_az", "services_ru") if hasattr(page, n)]
    before = {name: getattr(page, name).get_prep_value() for name in names}
    data = editor_form_data(demo_editor, page)
    response = demo_editor.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    saved = page.get_latest_revision_as_object()
    for name, value in before.items():
        assert getattr(saved, name).get_prep_value() == value, name


def test_a_page_with_seven_full_statistics_blocks_per_language_still_saves(demo_editor, settings):
    """The limit's margin: a statistics page far bigger than the demo's still saves."""
    from wagtail.models import Page

    page = Page.objects.get(title_az="Statistika").specific
    figures = [{"label": f"Göstərici {n}", "value": 1000 + n} for n in range(12)]
    block = {"heading": "Göstəricilər", "period": "2017", "source": "DMX", "figures": figures, "show_chart": True}
    for lang in ("az", "en", "ru"):
        setattr(page, f"body_{lang}", [("statistics", block)] * 7)
    page.save_revision()
    data = editor_form_data(demo_editor, page)
    assert 1700 < len(list(data.lists())) < settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    response = demo_editor.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    assert len(page.get_latest_revision_as_object().body_ru) == 7


def test_more_fields_than_the_limit_are_refused(client, db, settings):
    fields = "&".join(f"f{n}=1" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
    response = client.post("/admin/login/", fields, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
