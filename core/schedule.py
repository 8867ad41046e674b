"""The periodic jobs, declared once: each a management command and how often it runs.

`manage.py run_scheduler` (one process per deployment) enqueues each job when it is due as a background
task, so the worker runs it, and a job that fails is tried again and shown to administrators like any other
task. When each job was last enqueued is stored (ScheduledRun), so a restarted scheduler neither repeats nor
skips a job.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.management import call_command
from django.db import transaction

from core.background import background_task
from core.models import ScheduledRun


@dataclass(frozen=True)
class Job:
    command: str
    every: timedelta
    arguments: tuple[str, ...] = ()


JOBS = (
    # Go-live and expiry dates of pages (an editor's «Set schedule»).
    Job("publish_scheduled", timedelta(minutes=1)),
    # New matches of saved searches, to those who saved them (alerts.digests).
    Job("send_alert_digests", timedelta(days=1)),
    # Followed measures' deadlines, 7 days and 1 day before (alerts.reminders).
    Job("send_deadline_reminders", timedelta(days=1)),
    # New orders to the manufacturers that can take them, for those who chose the daily digest (marketplace).
    Job("send_order_digests", timedelta(days=1)),
    # Open orders past their target date close, and their waiting quotes are told (marketplace.closing).
    Job("close_expired_orders", timedelta(days=1)),
    # Personal data of applications closed longer than APPLICATION_RETENTION_DAYS.
    Job("erase_expired_applications", timedelta(days=1)),
    # Finished background tasks a week old; failures stay a month, for an administrator to see.
    Job(
        "prune_db_task_results",
        timedelta(days=1),
        (
            "--backend",
            "background",
            "--queue-name",
            "*",
            "--min-age-days",
            "7",
            "--failed-min-age-days",
            "30",
        ),
    ),
)


@background_task
def run_job(command: str, arguments: list[str]) -> None:
    call_command(command, *arguments)


def enqueue_due(now: datetime) -> list[Job]:
    """Enqueues every job whose time has come; returns them."""
    due = []
    for job in JOBS:
        with transaction.atomic():
            last, created = ScheduledRun.objects.select_for_update().get_or_create(
                command=job.command, defaults={"enqueued_at": now}
            )
            if not created and last.enqueued_at + job.every > now:
                continue
            run_job.enqueue(job.command, list(job.arguments))
            last.enqueued_at = now
            last.save(update_fields=["enqueued_at"])
            due.append(job)
    return due
