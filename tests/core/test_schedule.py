"""The periodic jobs are enqueued for the worker when due, once each, whatever restarts the scheduler."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.schedule import JOBS, enqueue_due
from tests.background import run_background_tasks

pytestmark = pytest.mark.django_db


def enqueued():
    return [task.args_kwargs["args"][0] for task in DBTaskResult.objects.order_by("enqueued_at", "pk")]


def test_each_job_is_enqueued_when_due_and_not_again_before():
    start = timezone.now()
    assert [job.command for job in enqueue_due(start)] == [job.command for job in JOBS]
    assert enqueue_due(start + timedelta(seconds=30)) == []
    assert [job.command for job in enqueue_due(start + timedelta(seconds=61))] == ["publish_scheduled"]
    assert len(enqueue_due(start + timedelta(days=1, seconds=1))) == len(JOBS)
    assert sorted(enqueued()) == sorted([job.command for job in JOBS] * 2 + ["publish_scheduled"])


def test_the_worker_runs_the_jobs(capsys):
    call_command("run_scheduler", once=True)
    assert "enqueued erase_expired_applications" in capsys.readouterr().out
    call_command("run_scheduler", once=True)  # a restart within the minute enqueues nothing more
    assert run_background_tasks() == len(JOBS)
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {TaskResultStatus.SUCCESSFUL}
