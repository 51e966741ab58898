"""The organizers' side in the Wagtail admin: URLs, the "Registrations" menu item (for the
Event organizers group only), the permission on the group editor, a "Registrations" button
on event pages, and the history entries organizer actions leave on an event page."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from . import admin_views as views
from .models import EventPage, ParticipantCategory


@hooks.register("register_admin_urls")
def register_registration_urls():
    event = "registrations/<int:event_id>/"
    registration = event + "<int:pk>/"
    return [
        path("registrations/", views.EventRegistrationsIndexView.as_view(), name="events_registrations_index"),
        path(
            "registrations/results/",
            views.EventRegistrationsIndexView.as_view(results_only=True),
            name="events_registrations_index_results",
        ),
        path(event, views.EventRegistrationsView.as_view(), name="events_registrations"),
        path(
            event + "results/",
            views.EventRegistrationsView.as_view(results_only=True),
            name="events_registrations_results",
        ),
        path(event + "check-in/", views.CheckInListView.as_view(), name="events_check_in"),
        path(event + "check-in/print/", views.PrintableCheckInListView.as_view(), name="events_check_in_print"),
        path(event + "waiting-list/", views.WaitingListView.as_view(), name="events_waiting_list"),
        path(event + "message/", views.MessageView.as_view(), name="events_message"),
        path(event + "cancel-event/", views.CancelEventView.as_view(), name="events_cancel_event"),
        path(registration + "check-in/", views.CheckInView.as_view(), name="events_registration_check_in"),
        path(registration + "promote/", views.PromoteView.as_view(), name="events_registration_promote"),
        path(registration + "move/", views.MoveView.as_view(), name="events_registration_move"),
        path(registration + "cancel/", views.CancelRegistrationView.as_view(), name="events_registration_cancel"),
    ]


class OrganizersMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_manage_registrations(request.user)


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return OrganizersMenuItem(
        _("Registrations"), reverse("events_registrations_index"), icon_name="clipboard-list", order=250
    )


@hooks.register("register_permissions")
def register_manage_registrations_permission():
    """Shown on the group editor (Settings → Groups), under "Other permissions"."""
    return Permission.objects.filter(content_type__app_label="events", codename="manage_registrations")


@hooks.register("register_page_header_buttons")
def registrations_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, EventPage) and views.can_manage_registrations(user):
        yield Button(
            _("Registrations"),
            reverse("events_registrations", args=[page.pk]),
            icon_name="clipboard-list",
            priority=62,
        )


# --- history ------------------------------------------------------------------------------


def _registration(log_entry) -> str:
    """A registration as page history names it: number and category, never the person."""
    data = log_entry.data or {}
    try:
        category = ParticipantCategory(data.get("category")).label
    except ValueError:
        category = data.get("category", "")
    return _("registration no. %(number)s (%(category)s)") % {
        "number": data.get("registration", "?"),
        "category": category,
    }


@hooks.register("register_log_actions")
def register_organizer_actions(actions):
    @actions.register_action("events.check_in")
    class CheckIn(LogFormatter):
        label = _("Check in")

        def format_message(self, log_entry):
            return _("Checked in %(registration)s") % {"registration": _registration(log_entry)}

    @actions.register_action("events.undo_check_in")
    class UndoCheckIn(LogFormatter):
        label = _("Undo check-in")

        def format_message(self, log_entry):
            return _("Undid the check-in of %(registration)s") % {"registration": _registration(log_entry)}

    @actions.register_action("events.promote")
    class Promote(LogFormatter):
        label = _("Promote from the waiting list")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            if data.get("automatic"):
                text = _("Promoted %(registration)s from the waiting list to a place freed by a cancellation")
            elif data.get("over_capacity"):
                text = _("Promoted %(registration)s from the waiting list, over capacity")
            else:
                text = _("Promoted %(registration)s from the waiting list")
            return text % {"registration": _registration(log_entry)}

    @actions.register_action("events.move")
    class Move(LogFormatter):
        label = _("Reorder the waiting list")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("Moved %(registration)s from place %(previous)s to place %(position)s on the waiting list") % {
                "registration": _registration(log_entry),
                "previous": data.get("previous", "?"),
                "position": data.get("position", "?"),
            }

    @actions.register_action("events.cancel")
    class Cancel(LogFormatter):
        label = _("Cancel a registration")

        def format_message(self, log_entry):
            return _("Cancelled %(registration)s") % {"registration": _registration(log_entry)}

    @actions.register_action("events.message")
    class Message(LogFormatter):
        label = _("Message to registrants")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            count = data.get("recipients", 0)
            subjects = " / ".join(dict.fromkeys((data.get("subjects") or {}).values()))
            return ngettext(
                "Sent a message to %(count)s registrant: “%(subject)s”",
                "Sent a message to %(count)s registrants: “%(subject)s”",
                count,
            ) % {"count": count, "subject": subjects}
