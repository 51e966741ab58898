"""Wagtail's moderation e-mail, sent by the tasks worker instead of inside the request.

Wagtail connects its workflow notifiers (``wagtail.admin.signal_handlers``) with fixed
``dispatch_uid``s. ``operations`` is installed before ``wagtail.admin``, so its
``ready()`` connects the receivers below under the same uids first, and Django then
ignores Wagtail's: each signal queues a task (ids only, after the transaction commits)
and the worker runs Wagtail's own notifier. Wagtail renders each message in the
recipient's admin language (their account's preferred language) and leaves out whoever
turned that kind of notification off in their account.
"""

import logging

from django.db import transaction
from django_tasks import task
from wagtail.admin import mail
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

logger = logging.getLogger(__name__)

# (signal, sender, Wagtail's dispatch_uid, Wagtail's notifier class)
NOTIFIERS = {
    "task_submitted": (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        mail.GroupApprovalTaskStateSubmissionEmailNotifier,
    ),
    "workflow_submitted": (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        mail.WorkflowStateSubmissionEmailNotifier,
    ),
    "workflow_rejected": (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        mail.WorkflowStateRejectionEmailNotifier,
    ),
    "workflow_approved": (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        mail.WorkflowStateApprovalEmailNotifier,
    ),
}


@task()
def send_workflow_notification(kind: str, instance_pk: int, user_pk: int | None) -> bool:
    """Run Wagtail's notifier for one workflow event (in the worker)."""
    from django.contrib.auth import get_user_model

    _signal, sender, _uid, notifier_class = NOTIFIERS[kind]
    instance = sender.objects.filter(pk=instance_pk).first()
    if instance is None:  # deleted meanwhile (the page went): nothing to tell
        return False
    user = get_user_model().objects.filter(pk=user_pk).first() if user_pk else None
    if sender is TaskState:
        instance = instance.specific
    sent = notifier_class()(instance=instance, user=user)
    if not sent:
        logger.warning("workflow notification %s for %s %s not sent to everyone", kind, sender.__name__, instance_pk)
    return bool(sent)


def _receiver(kind):
    def receive(sender, instance=None, user=None, **kwargs):
        pk, user_pk = instance.pk, getattr(user, "pk", None)
        transaction.on_commit(lambda: send_workflow_notification.enqueue(kind, pk, user_pk))

    receive.__name__ = f"queue_{kind}"
    return receive


RECEIVERS = {kind: _receiver(kind) for kind in NOTIFIERS}


def connect():
    for kind, (signal, sender, uid, _notifier) in NOTIFIERS.items():
        signal.connect(RECEIVERS[kind], sender=sender, dispatch_uid=uid)
