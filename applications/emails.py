"""Emails to the applicant, in the language they applied in, each with their private status link."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

logger = logging.getLogger(__name__)


def status_url(application) -> str:
    with translation.override(application.language):
        path = reverse(
            "applications:status",
            kwargs={"reference": application.reference, "token": application.status_token()},
        )
    return settings.SITE_URL + path


def _send(application, template: str, context: dict) -> bool:
    """Sends the email; a mail server failure is logged, not raised: the application is already saved."""
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
    try:
        send_mail(subject, body, None, [application.email])
    except Exception:
        logger.exception("Could not email the applicant of %s", application.reference)
        return False
    return True


def send_received(application) -> bool:
    return _send(application, "received", {})


def send_status_changed(application, change) -> bool:
    return _send(application, "status_changed", {"change": change})
