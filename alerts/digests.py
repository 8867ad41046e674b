"""Digests of saved searches' new matches, and the confirmation email of a visitor's subscription.

`enqueue_due` (the `send_alert_digests` job, daily) moves each due search's `checked_at` forward and enqueues
its digest in one transaction; the digest task reads the matches between the two moments, so a retried task
sends the same list, and a search is never mailed the same match twice."""

from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from alerts import searches, tokens
from alerts.models import Frequency, SavedSearch
from core.background import background_task

# A daily job that runs a little later one day than the day before still finds yesterday's searches due.
SLACK = timedelta(hours=1)
PERIODS = {Frequency.DAILY: timedelta(days=1), Frequency.WEEKLY: timedelta(days=7)}


def due(now: datetime):
    wanted = Q()
    for frequency, period in PERIODS.items():
        wanted |= Q(frequency=frequency, checked_at__lte=now - period + SLACK)
    return SavedSearch.objects.filter(wanted).exclude(user__isnull=True, confirmed_at__isnull=True)


def enqueue_due(now: datetime) -> int:
    count = 0
    for search in due(now).iterator():
        with transaction.atomic():
            send_digest.enqueue(search.pk, search.checked_at.isoformat(), now.isoformat())
            SavedSearch.objects.filter(pk=search.pk).update(checked_at=now)
        count += 1
    return count


def unsubscribe_url(search: SavedSearch) -> str:
    with translation.override(search.language):
        return settings.SITE_URL + reverse(
            "alerts:unsubscribe", args=[tokens.make(tokens.UNSUBSCRIBE, search.pk)]
        )


@background_task
def send_digest(search_pk: int, since: str, until: str) -> None:
    search = SavedSearch.objects.select_related("user").filter(pk=search_pk).first()
    if search is None:  # stopped while the digest waited
        return
    found = searches.new_matches(
        search.scope,
        search.query,
        search.language,
        datetime.fromisoformat(since),
        datetime.fromisoformat(until),
    )
    if not found.matches:
        return
    unsubscribe = unsubscribe_url(search)
    with translation.override(search.language):
        context = {
            "search": search,
            "found": found,
            "listing": settings.SITE_URL + searches.listing_path(search.scope, search.query, search.language),
            "unsubscribe": unsubscribe,
        }
        subject = render_to_string("alerts/email/digest_subject.txt", context).strip()
        body = render_to_string("alerts/email/digest.txt", context)
    EmailMessage(
        subject,
        body,
        to=[search.address],
        headers={
            # One click in the mail client stops the search (RFC 8058): it posts to the same signed link.
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    ).send()


@background_task
def send_confirmation(search_pk: int) -> None:
    search = SavedSearch.objects.filter(pk=search_pk, confirmed_at__isnull=True).first()
    if search is None:
        return
    with translation.override(search.language):
        context = {
            "search": search,
            "confirm": settings.SITE_URL
            + reverse("alerts:confirm", args=[tokens.make(tokens.CONFIRM, search.pk)]),
        }
        subject = render_to_string("alerts/email/confirm_subject.txt", context).strip()
        body = render_to_string("alerts/email/confirm.txt", context)
    EmailMessage(subject, body, to=[search.email]).send()
