"""Reminders of a followed measure's deadline, 7 days and 1 day before it (the `send_deadline_reminders` job,
daily). Each reminder is remembered with the deadline it was for, so a job run twice sends it once, and a
deadline an editor moves later is reminded of again."""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from alerts.models import FollowedMeasure
from core.background import background_task

DAYS_BEFORE = (7, 1)


def reminders_ahead(measure) -> bool:
    """Whether a reminder can still come before the measure's deadline (the last one is a day before it)."""
    return bool(measure.deadline) and measure.deadline > timezone.localdate()


def _reminder_due(days_left: int) -> int | None:
    """The reminder a measure `days_left` days before its deadline is owed: the nearest of DAYS_BEFORE it has
    reached, so a day the job missed is made up the next day."""
    reached = [days for days in DAYS_BEFORE if 1 <= days_left <= days]
    return min(reached) if reached else None


def enqueue_due(today: datetime.date) -> int:
    follows = FollowedMeasure.objects.filter(
        measure__live=True,
        measure__deadline__gt=today,
        measure__deadline__lte=today + datetime.timedelta(days=max(DAYS_BEFORE)),
    ).select_related("measure")
    count = 0
    for follow in follows:
        days = _reminder_due((follow.measure.deadline - today).days)
        sent_for_this_deadline = follow.reminded_deadline == follow.measure.deadline
        if days is None or (sent_for_this_deadline and follow.reminded_days <= days):
            continue
        with transaction.atomic():
            send_reminder.enqueue(follow.pk)
            follow.reminded_deadline, follow.reminded_days = follow.measure.deadline, days
            follow.save(update_fields=["reminded_deadline", "reminded_days"])
        count += 1
    return count


@background_task
def send_reminder(follow_pk: int) -> None:
    follow = FollowedMeasure.objects.select_related("user", "measure__locale").filter(pk=follow_pk).first()
    if follow is None or follow.measure.deadline is None:
        return
    measure = follow.measure
    language = measure.locale.language_code
    with translation.override(language):
        context = {
            "measure": measure,
            "days": (measure.deadline - timezone.localdate()).days,
            "link": settings.SITE_URL + measure.url,
            "followed": settings.SITE_URL + reverse("alerts:index"),
        }
        subject = render_to_string("alerts/email/reminder_subject.txt", context).strip()
        body = render_to_string("alerts/email/reminder.txt", context)
    EmailMessage(subject, body, to=[follow.user.email]).send()
