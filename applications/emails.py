"""Emails to the applicant, in the language they applied in, each with their private status link.

They are background tasks (core.background): the request stores the application or its status change and
enqueues the email by id in the same transaction; the worker sends it, and tries again when the mail server
fails."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from applications.models import Application, StatusChange
from core.background import background_task


def status_url(application) -> str:
    with translation.override(application.language):
        path = reverse(
            "applications:status",
            kwargs={"reference": application.reference, "token": application.status_token()},
        )
    return settings.SITE_URL + path


def _send(application, template: str, context: dict) -> bool:
    # An application erased while its email waited for the worker is not written to.
    if application.personal_data_erased_at:
        return False
    with translation.override(application.language):
        context = {
            "application": application,
            "measure": application.measure.localized,
            "status_url": status_url(application),
            **context,
        }
        subject = render_to_string(f"applications/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"applications/email/{template}.txt", context)
    send_mail(subject, body, None, [application.email])
    return True


@background_task
def send_received(application_pk: int) -> bool:
    return _send(Application.objects.get(pk=application_pk), "received", {})


@background_task
def send_status_changed(change_pk: int) -> bool:
    change = StatusChange.objects.select_related("application").get(pk=change_pk)
    return _send(change.application, "status_changed", {"change": change})
