"""The demo's saved searches and reminders: the first organization's owner watches for laboratories in
Zelenograd and for new grants, the fourth organization's owner for manufacturers that machine aluminium, and
the first organization's member follows the deadline of the soonest-closing measure more than a week away.
Each search is checked as of seeding, so its first digest holds only what is added later. Safe to re-run:
made once."""

from collections.abc import Callable
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from alerts.models import FollowedMeasure, Frequency, SavedSearch
from alerts.searches import describe
from cabinet.demo import MEMBER, OWNER, PARTNER
from home.models import SupportMeasurePage

SEARCHES = (
    (OWNER, "premises", "kind=laboratory&okrug=zelao", Frequency.DAILY),
    (OWNER, "measures", "kind=grant&status=open", Frequency.WEEKLY),
    (PARTNER, "manufacturers", "capabilities=cnc-machining&materials=aluminium", Frequency.DAILY),
)


def seed_alerts(write: Callable[[str], None]) -> None:
    if SavedSearch.objects.exists():
        write("  demo saved searches exist already")
        return
    people = {
        user.email: user
        for user in get_user_model().objects.filter(email__in=[OWNER[0], MEMBER[0], PARTNER[0]])
    }
    if len(people) < 3:
        write("  the demo people are missing: demo saved searches not made")
        return
    now = timezone.now()
    for (email, *_name), scope, query, frequency in SEARCHES:
        SavedSearch.objects.create(
            user=people[email],
            scope=scope,
            query=query,
            language="ru",
            title=describe(scope, query),
            frequency=frequency,
            checked_at=now,
            confirmed_at=now,
        )
    soonest = (
        SupportMeasurePage.objects.live()
        .filter(locale__language_code="ru", deadline__gt=timezone.localdate() + timedelta(days=7))
        .order_by("deadline", "pk")
        .first()
    )
    if soonest is not None:
        FollowedMeasure.objects.create(user=people[MEMBER[0]], measure=soonest)
    write(f"  {len(SEARCHES)} saved searches, {int(soonest is not None)} followed deadline")
