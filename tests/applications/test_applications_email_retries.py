"""Mail goes through the background worker: a mail server that fails is tried again with growing delays, and
what failed every try waits, with its error, for an administrator to start it again."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.background import ATTEMPTS, RETRY_DELAYS
from tests.applications.support import submit
from tests.background import run_background_tasks
from tests.staff import sign_in_with_second_factor

pytestmark = pytest.mark.django_db

BROKEN = {"default": {"BACKEND": "tests.background.UnreachableMailServer"}}


def test_a_failing_mail_server_is_tried_again_later_then_the_task_waits_for_an_administrator(
    client, measure, settings, admin_client
):
    settings.MAILERS = BROKEN
    application, _status_url = submit(client, measure)
    assert DBTaskResult.objects.count() == 1  # stored with the application, before any mail is tried

    now = timezone.now()
    assert run_background_tasks(now) == 1
    # The retry waits its delay: running the worker again at once does nothing.
    assert run_background_tasks(now) == 0
    for delay in RETRY_DELAYS:
        now += delay + timedelta(seconds=1)
        assert run_background_tasks(now) == 1
    now += timedelta(days=1)
    assert run_background_tasks(now) == 0
    tries = DBTaskResult.objects.order_by("enqueued_at")
    assert [task.status for task in tries] == [TaskResultStatus.FAILED] * ATTEMPTS
    assert tries.last().exception_class_path == "smtplib.SMTPServerDisconnected"
    assert mail.outbox == []

    page = BeautifulSoup(admin_client.get("/admin/reports/background-tasks/").content, "html.parser")
    [row] = page.select("table tbody tr")
    assert "send_received" in row.get_text() and str(application.pk) in row.get_text()

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    response = admin_client.post(row.select_one("form")["action"])
    assert response.status_code == 302
    assert run_background_tasks() == 1
    [email] = mail.outbox
    assert application.reference in email.subject
    page = BeautifulSoup(admin_client.get("/admin/reports/background-tasks/").content, "html.parser")
    assert page.select("table tbody tr") == []


def test_only_administrators_see_and_restart_failed_tasks(client):
    editor = get_user_model().objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in_with_second_factor(client, editor)
    assert client.get("/admin/").status_code == 200
    # Wagtail answers a refusal with the dashboard and a message.
    assert client.get("/admin/reports/background-tasks/")["Location"] == "/admin/"
    retry = "/admin/reports/background-tasks/00000000-0000-0000-0000-000000000000/try-again/"
    assert client.post(retry)["Location"] == "/admin/"
