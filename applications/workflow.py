"""Status changes: who moved an application where, when and why; the applicant hears of each one."""

from django.db import transaction
from django.utils import timezone

from applications.emails import send_status_changed
from applications.models import CLOSED_STATUSES, TRANSITIONS, Application, Status, StatusChange


class TransitionNotAllowed(Exception):
    pass


def allowed_statuses(application: Application) -> tuple[str, ...]:
    return TRANSITIONS[Status(application.status)]


def record_change(application: Application, status: str, user, comment: str = "") -> StatusChange:
    """Moves the application to `status` and records the change, with the applicant's email to send."""
    application.status = status
    application.closed_at = timezone.now() if status in CLOSED_STATUSES else None
    application.save(update_fields=["status", "closed_at"])
    change = StatusChange.objects.create(
        application=application, status=status, changed_by=user, comment=comment
    )
    send_status_changed.enqueue(change.pk)
    return change


def change_status(application: Application, status: str, user, comment: str = "") -> StatusChange:
    """A reviewer's decision; only the moves in TRANSITIONS are allowed."""
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if status not in allowed_statuses(locked):
            raise TransitionNotAllowed(status)
        return record_change(locked, status, user, comment)
