"""The moderation workflow's and task's names shown in the reader's admin language.

Wagtail stores a workflow's and a task's name as plain text and prints it as is: in the
moderation e-mail (rendered in the recipient's language), on the dashboard, in the page
editor's status. The names this project creates (``roles.WORKFLOW_NAME``,
``roles.APPROVAL_TASK_NAME``) are stored as English msgids; when such an instance is
loaded its ``name`` becomes a ``TranslatedName``: equal to the stored text (queries,
comparisons and saving see the msgid), printed (``str()``, templates, ``%s``) in the
active language. A name an administrator has typed differently is shown as typed.

Known limit: the workflow's edit form shows the translated name, so saving it there
stores that translation (the name is then shown as typed, in every language).
"""

from django.utils.translation import gettext, gettext_noop

TRANSLATED_NAMES = frozenset(
    {
        gettext_noop("Moderation"),  # roles.WORKFLOW_NAME
        gettext_noop("Moderators approval"),  # roles.APPROVAL_TASK_NAME, Wagtail's default task
    }
)


class TranslatedName(str):
    """A stored msgid that prints in the active language."""

    __slots__ = ()

    def __str__(self):
        return gettext(str.__str__(self))

    def __format__(self, spec):
        return format(str(self), spec)


def translate_name(sender, instance, **kwargs):
    name = instance.__dict__.get("name")
    if type(name) is str and name in TRANSLATED_NAMES:
        instance.name = TranslatedName(name)


def connect():
    from django.apps import apps
    from django.db.models.signals import post_init
    from wagtail.models import Task, Workflow

    for model in apps.get_models():
        if issubclass(model, (Task, Workflow)):
            post_init.connect(translate_name, sender=model, dispatch_uid=f"operations_name_{model._meta.label}")
