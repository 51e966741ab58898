"""Two-factor sign-in (operations.two_factor): required for moderators and administrators,
optional for others, a generated code signs in, recovery codes work once, the password
throttle still holds."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "pass-Qapi-2026"


@pytest.fixture(autouse=True)
def _fresh_throttle():
    cache.clear()
    yield
    cache.clear()


def sign_in(client, username, password=PASSWORD):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


def code_for(device, offset=0):
    return (
        f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift + offset):06d}"
    )


def set_up_app(client, next_url="/admin/"):
    """Go through the setup screen as the person would: read the key, type the code."""
    response = client.get(reverse("operations_two_factor_setup"), {"next": next_url})
    assert response.status_code == 200
    device = TOTPDevice.objects.get(user__username=response.wsgi_request.user.username, confirmed=False)
    assert "<svg" in response.content.decode()  # the QR code
    response = client.post(reverse("operations_two_factor_setup"), {"otp_token": code_for(device), "next": next_url})
    assert response.status_code == 200
    return device, response


@pytest.mark.parametrize("group", ["Moderators", "Administrators"])
def test_moderators_and_administrators_must_set_it_up(client, make_user, home, group):
    make_user("person", group)
    sign_in(client, "person")
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("operations_two_factor_setup"))
    # Nothing else in the admin either.
    assert client.get(reverse("wagtailadmin_explore_root")).status_code == 302

    device, response = set_up_app(client)
    codes = [li.split("</code>")[0] for li in response.content.decode().split("<li><code>")[1:]]
    assert len(codes) == 10
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_generated_code_signs_in(client, make_user, home):
    user = make_user("moderator", "Moderators", language="ru")
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    assert sign_in(client, "moderator").status_code == 302  # the password is right
    response = client.get(reverse("wagtailadmin_pages:edit", args=[home.pk]))
    assert response["Location"].startswith(reverse("operations_two_factor_verify"))
    page = client.get(response["Location"]).content.decode()
    assert "Введите код для входа" in page  # in the moderator's admin language

    wrong = client.post(response["Location"], {"otp_token": "000000"})
    assert wrong.status_code == 200 and client.get(reverse("wagtailadmin_home")).status_code == 302

    device.refresh_from_db()
    device.throttling_failure_timestamp = None  # the wait after a wrong code has passed
    device.throttling_failure_count = 0
    device.save()
    ok = client.post(
        reverse("operations_two_factor_verify"),
        {"otp_token": code_for(device), "next": reverse("wagtailadmin_pages:edit", args=[home.pk])},
    )
    assert ok.status_code == 302 and ok["Location"] == reverse("wagtailadmin_pages:edit", args=[home.pk])
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_wrong_codes_are_throttled(client, make_user, home):
    user = make_user("moderator", "Moderators")
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    sign_in(client, "moderator")
    client.post(reverse("operations_two_factor_verify"), {"otp_token": "123456"})
    # Right away, even the right code waits: django-otp doubles the delay after each failure.
    client.post(reverse("operations_two_factor_verify"), {"otp_token": code_for(device)})
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_a_recovery_code_signs_in_once(client, make_user, home):
    user = make_user("chief", "Administrators")
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    recovery = StaticDevice.objects.create(user=user, name="recovery codes", confirmed=True)
    recovery.token_set.create(token="k3y5f0r3v3r")
    sign_in(client, "chief")
    ok = client.post(reverse("operations_two_factor_verify"), {"otp_token": "k3y5 f0r3 v3r"})
    assert ok.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert not recovery.token_set.exists()  # used up


def test_editors_may_go_without(client, make_user, home):
    make_user("editor", "Editors")
    sign_in(client, "editor")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get(reverse("operations_two_factor_manage")).status_code == 200
    # ... and may turn it on; then it is asked for at every sign-in.
    set_up_app(client)
    client.post(reverse("wagtailadmin_logout"))
    sign_in(client, "editor")
    response = client.get(reverse("wagtailadmin_home"))
    assert response["Location"].startswith(reverse("operations_two_factor_verify"))


def test_superusers_need_it_when_so_configured(client, django_user_model, settings, home):
    settings.TWO_FACTOR_SUPERUSERS = True
    django_user_model.objects.create_superuser("root", "root@example.gov.az", PASSWORD)
    sign_in(client, "root")
    assert client.get(reverse("wagtailadmin_home"))["Location"].startswith(reverse("operations_two_factor_setup"))


def test_half_signed_in_is_signed_out_on_the_public_site(client, make_user, home):
    """A password without the code opens no private page or document."""
    make_user("moderator", "Moderators")
    sign_in(client, "moderator")
    response = client.get(home.url_in("az"))
    assert response.status_code == 200
    assert response.wsgi_request.user.is_anonymous


def test_the_password_throttle_still_holds(client, make_user, home):
    make_user("moderator", "Moderators")
    for _ in range(5):
        sign_in(client, "moderator", "wrong-password")
    response = sign_in(client, "moderator")  # the right password, too late
    assert response.status_code in (403, 429)
    assert client.get(reverse("wagtailadmin_home")).status_code == 302
    assert reverse("wagtailadmin_login") in client.get(reverse("wagtailadmin_home"))["Location"]


def test_the_next_address_stays_on_the_site(client, make_user, home):
    user = make_user("moderator", "Moderators")
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    sign_in(client, "moderator")
    ok = client.post(
        reverse("operations_two_factor_verify"), {"otp_token": code_for(device), "next": "https://evil.example/"}
    )
    assert ok["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize(
    ("language", "heading"),
    [("az", "İkiaddımlı girişi qurun"), ("en", "Set up two-factor sign-in"), ("ru", "Настройка двухфакторного входа")],
)
def test_the_setup_screen_speaks_the_admin_language(client, make_user, home, language, heading):
    make_user("person", "Administrators", language=language)
    sign_in(client, "person")
    page = client.get(reverse("operations_two_factor_setup")).content.decode()
    assert f"<h1>{heading}</h1>" in page
    assert f'lang="{language}"' in page


def test_scripts_get_no_sign_in_page_in_place_of_their_answer(client, make_user, home):
    """The admin's pages fetch their icons and data with scripts: the icons load before the
    second factor, other requests are refused, never redirected to an HTML form."""
    make_user("moderator", "Moderators")
    sign_in(client, "moderator")
    assert client.get(reverse("wagtailadmin_sprite")).status_code == 200
    refused = client.get(reverse("wagtailadmin_home"), headers={"Sec-Fetch-Mode": "cors"})
    assert refused.status_code == 403 and b"<form" not in refused.content
