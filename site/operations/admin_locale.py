"""Wagtail's moderation messages, for the project's catalogue (see ``core.admin_locale``).

Wagtail ships no Azerbaijani for the moderation e-mail and the dashboard's "what waits"
panels. Nothing imports this module: the messages are here, exactly as Wagtail writes them,
so that ``make messages`` keeps their translations in ``locale/``.
"""

# ruff: noqa: E501

from django.utils.translation import gettext_noop

# fmt: off
NOTIFICATIONS = (
    gettext_noop("Hello %(username)s,"),
    gettext_noop("Edit your notification preferences here:"),
    gettext_noop('The page "%(title)s" has been submitted for approval in moderation stage "%(task)s"'),
    gettext_noop('The page "%(title)s" has been submitted for approval to moderation stage "%(task)s".'),
    gettext_noop('The page "%(title)s" has been submitted to workflow "%(workflow)s"'),
    gettext_noop('The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.'),
    gettext_noop('The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s".'),
    gettext_noop('The page "%(title)s" has been approved in "%(workflow)s".'),
    gettext_noop('The page "%(title)s" has been approved in workflow "%(workflow)s".'),
    gettext_noop('The page "%(title)s" has been rejected during "%(workflow)s".'),
    gettext_noop('The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s" by %(rejector)s.'),
    gettext_noop('The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".'),
    gettext_noop('The following comment was left: "%(comment)s"'),
    gettext_noop("You can preview the page here:"),
    gettext_noop("You can edit the page here:"),
    gettext_noop("You can view the page here:"),
)

DASHBOARD = (
    gettext_noop("Awaiting your review"),
    gettext_noop("Your pages in a workflow"),
    gettext_noop("Approve"),
    gettext_noop("Approve with comment"),
    gettext_noop("Request changes"),
    gettext_noop("Task submitted by"),
    gettext_noop("Task started"),
    gettext_noop("Tasks"),
)
# fmt: on
