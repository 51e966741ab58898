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
