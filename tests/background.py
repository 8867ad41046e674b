"""Runs the background worker's tasks inside a test: the worker's own code for each task, without its loop,
which closes the database connection between tasks (a test's transaction would be lost with it)."""

from smtplib import SMTPServerDisconnected

from django.core.mail.backends.base import BaseEmailBackend
from django.db.models import Q
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult, get_date_max

from core.background import BACKEND


def run_background_tasks(now=None) -> int:
    """Runs every task due by `now` (default: now), and the tasks those enqueue when due; returns how many
    ran. A retry enqueued for later waits, as it would for the worker."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name=BACKEND,
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )
    due = Q(run_after=get_date_max()) | Q(run_after__lte=now or timezone.now())
    waiting = DBTaskResult.objects.filter(due, status=TaskResultStatus.READY, backend_name=BACKEND)
    ran = 0
    while result := waiting.order_by("enqueued_at").first():
        result.claim(worker.worker_id)
        worker.run_task(result)
        ran += 1
    return ran


class UnreachableMailServer(BaseEmailBackend):
    """A mail server that drops every connection (set it in MAILERS)."""

    def send_messages(self, email_messages):
        raise SMTPServerDisconnected("Connection unexpectedly closed")
