"""Moderation: an editor submits, a moderator is told (in their admin language, through the
tasks worker), sees it waiting on the dashboard, and approves or rejects with a comment."""

import pytest
from django.core import mail
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from operations import notifications
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(home):
    page = StandardPageFactory(parent=home, title_az="Vizaların yeni qaydaları", title_en="New visa rules", live=False)
    page.save_revision()
    return page


@pytest.fixture
def submitted(draft, make_user, django_capture_on_commit_callbacks):
    editor = make_user("editor", "Editors", language="az")
    make_user("moderator_ru", "Moderators", language="ru")
    make_user("moderator_en", "Moderators", language="en")
    make_user("moderator_az", "Moderators", language="az")
    with django_capture_on_commit_callbacks(execute=True):
        state = draft.get_workflow().start(draft, editor)
    return {"page": draft, "editor": editor, "state": state}


def test_moderators_are_told_in_their_own_language(submitted):
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert "moderator_ru@example.gov.az" in by_recipient
    assert "moderator_en@example.gov.az" in by_recipient
    en = by_recipient["moderator_en@example.gov.az"].subject
    assert en == 'The page "New visa rules" has been submitted for approval in moderation stage "Moderators approval"'
    ru = by_recipient["moderator_ru@example.gov.az"].subject
    assert ru.startswith('Страница "Vizaların yeni qaydaları" отправлена')
    az = by_recipient["moderator_az@example.gov.az"]
    assert (
        az.subject
        == "“Vizaların yeni qaydaları” səhifəsi “Moderatorların təsdiqi” moderasiya mərhələsində təsdiqə göndərildi"
    )
    assert az.body.startswith("Salam, moderator_az,")
    assert "editor@example.gov.az" not in by_recipient  # the submitter is not told of their own step


def test_the_notification_is_a_task_for_the_worker(draft, make_user, settings, django_capture_on_commit_callbacks):
    """Production's worker sends it: the request only queues the ids."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    editor = make_user("editor", "Editors")
    make_user("moderator", "Moderators")
    with django_capture_on_commit_callbacks(execute=True):
        draft.get_workflow().start(draft, editor)
    assert mail.outbox == []
    queued = DBTaskResult.objects.filter(task_path=notifications.send_workflow_notification.module_path)
    assert queued.count() >= 1
    assert all(set(r.args_kwargs["args"][0:1]) <= set(notifications.NOTIFIERS) for r in queued)


def test_the_dashboard_shows_what_waits(submitted, make_user, client, sign_in_verified, django_user_model):
    sign_in_verified(client, make_user("moderator", "Moderators"))
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in page
    assert "New visa rules" in page  # the title in the moderator's admin language
    sign_in_verified(client, django_user_model.objects.get(username="moderator_az"))
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Sizin yoxlamanızı gözləyir" in page and "Vizaların yeni qaydaları" in page
    assert reverse("wagtailadmin_pages:edit", args=[submitted["page"].pk]) in page
    # The editor sees it among their own pages in moderation.
    sign_in_verified(client, submitted["editor"])
    assert "Vizaların yeni qaydaları" in client.get(reverse("wagtailadmin_home")).content.decode()  # admin in az


def action_url(page, action):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def test_a_moderator_approves_and_the_page_goes_live(
    submitted, make_user, client, django_capture_on_commit_callbacks, sign_in_verified
):
    sign_in_verified(client, make_user("moderator", "Moderators"))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action_url(submitted["page"], "approve"), {"comment": "Yaxşıdır."})
    assert response.status_code in (200, 302)
    submitted["page"].refresh_from_db()
    assert submitted["page"].live
    [approved] = [m for m in mail.outbox if m.to == ["editor@example.gov.az"]]
    assert "Vizaların yeni qaydaları" in approved.subject


def test_a_moderator_rejects_with_a_comment(
    submitted, make_user, client, django_capture_on_commit_callbacks, sign_in_verified
):
    sign_in_verified(client, make_user("moderator", "Moderators"))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(action_url(submitted["page"], "reject"), {"comment": "Rus dilində başlıq yoxdur."})
    submitted["page"].refresh_from_db()
    assert not submitted["page"].live
    assert submitted["page"].current_workflow_state.status == "needs_changes"
    [rejected] = [m for m in mail.outbox if m.to == ["editor@example.gov.az"]]
    assert "Rus dilində başlıq yoxdur." in rejected.body


def test_an_editor_cannot_approve(submitted, client, sign_in_verified):
    sign_in_verified(client, submitted["editor"])
    response = client.post(action_url(submitted["page"], "approve"), {"comment": ""})
    assert response.status_code in (302, 403)
    submitted["page"].refresh_from_db()
    assert not submitted["page"].live


def test_workflow_and_task_names_in_the_recipients_language(submitted, make_user, django_capture_on_commit_callbacks):
    """'Moderation' and 'Moderators approval' are stored once, in English, and read in each language."""
    from wagtail.models import Workflow

    workflow = Workflow.objects.get(name="Moderation")  # stored as the English msgid
    by_recipient = {m.to[0]: m for m in mail.outbox}
    az, ru, en = (by_recipient[f"moderator_{lang}@example.gov.az"] for lang in ("az", "ru", "en"))
    assert "“Moderatorların təsdiqi”" in az.subject and "Moderators approval" not in az.subject
    assert "Moderatorların təsdiqi" in az.body and "Moderators approval" not in az.body
    assert "Одобрение модераторов" in ru.subject and "Moderators approval" not in ru.subject
    assert "Одобрение модераторов" in ru.body and "Moderators approval" not in ru.body
    assert "Moderators approval" in en.subject
    # The editor is told, in Azerbaijani, when the whole workflow ends: its name translated too.
    mail.outbox.clear()
    page, editor = submitted["page"], submitted["editor"]
    moderator = make_user("moderator_approves", "Moderators")
    with django_capture_on_commit_callbacks(execute=True):
        page.current_workflow_task_state.task.specific.on_action(
            page.current_workflow_task_state.specific, moderator, "approve"
        )
    to_editor = [m for m in mail.outbox if m.to == [editor.email]]
    assert to_editor, [m.to for m in mail.outbox]
    assert "“Moderasiya”" in to_editor[0].subject, to_editor[0].subject
    assert "Moderation" not in to_editor[0].body
    assert Workflow.objects.filter(pk=workflow.pk, name="Moderation").exists()  # stored unchanged


def test_the_dashboard_names_the_task_in_the_admin_language(submitted, client, sign_in_verified, django_user_model):
    sign_in_verified(client, django_user_model.objects.get(username="moderator_ru"))
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Одобрение модераторов" in page and "Moderators approval" not in page
    sign_in_verified(client, django_user_model.objects.get(username="moderator_az"))
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Moderatorların təsdiqi" in page and "Moderators approval" not in page


def test_the_workflow_pages_of_the_admin_show_the_translated_name(make_user, client, sign_in_verified):
    from wagtail.models import Workflow

    workflow = Workflow.objects.get(name="Moderation")
    admin = make_user("admin_ru", "Administrators", language="ru")
    sign_in_verified(client, admin)
    listing = client.get(reverse("wagtailadmin_workflows:index"))
    assert listing.status_code == 200
    assert "Модерация" in listing.content.decode()
    edit = client.get(reverse("wagtailadmin_workflows:edit", args=[workflow.pk]))
    assert edit.status_code == 200
