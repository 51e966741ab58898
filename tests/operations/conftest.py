import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile


@pytest.fixture
def make_user(django_user_model):
    """A staff member in the named groups, with their admin language."""

    def make(username, *groups, language="en", **extra):
        user = django_user_model.objects.create_user(username, f"{username}@example.gov.az", "pass-Qapi-2026", **extra)
        user.groups.add(*(Group.objects.get(name=name) for name in groups))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        return user

    return make


@pytest.fixture
def sign_in_verified():
    """Signed in with the password and a confirmed app code, as a moderator must be."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    def sign_in(client, user):
        device, _created = TOTPDevice.objects.get_or_create(user=user, name="app", defaults={"confirmed": True})
        client.force_login(user)
        session = client.session
        session["otp_device_id"] = device.persistent_id  # what django_otp.login() stores
        session.save()
        return client

    return sign_in
