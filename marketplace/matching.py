"""Who hears of a new order: the members of the manufacturers that can take it (catalog.relations), each the
way they chose (marketplace.models.Frequency), and nobody twice (OrderNotice)."""

from collections import defaultdict
from datetime import datetime, timedelta

from django.db import transaction

from cabinet.models import Membership
from catalog.entry import published
from catalog.models import Order
from catalog.orders import OrderStatus
from catalog.relations import matching_manufacturers
from marketplace import notifications
from marketplace.models import Frequency, OrderAlertSetting, OrderNotice

# Orders published longer ago than this are not news: a digest started late, or a new member, does not get
# the whole backlog.
NEWS_FOR = timedelta(days=7)
# A person in several matching organizations hears at once if any of them asks so, never only if all do.
RANK = {Frequency.IMMEDIATE: 0, Frequency.DAILY: 1, Frequency.NEVER: 2}


def frequencies(order: Order) -> dict[int, str]:
    """The people to tell of the order, each with how they want to hear."""
    organizations = matching_manufacturers(order).values("organization")
    memberships = Membership.objects.filter(organization__in=organizations).values_list(
        "user_id", "organization_id"
    )
    chosen = {
        (setting.user_id, setting.organization_id): setting.frequency
        for setting in OrderAlertSetting.objects.filter(organization__in=organizations)
    }
    wanted: dict[int, str] = {}
    for user_pk, organization_pk in memberships:
        frequency = chosen.get((user_pk, organization_pk), Frequency.DAILY)
        if user_pk not in wanted or RANK[frequency] < RANK[wanted[user_pk]]:
            wanted[user_pk] = frequency
    return wanted


def _untold(user_pks, order: Order) -> list[int]:
    told = set(
        OrderNotice.objects.filter(order=order, user_id__in=user_pks).values_list("user_id", flat=True)
    )
    return [pk for pk in user_pks if pk not in told]


def tell_at_once(order: Order) -> int:
    """Emails the people who asked to hear of each matching order at once; returns how many."""
    if order.status != OrderStatus.OPEN:
        return 0
    wanted = [pk for pk, frequency in frequencies(order).items() if frequency == Frequency.IMMEDIATE]
    untold = _untold(wanted, order)
    for user_pk in untold:
        OrderNotice.objects.create(user_id=user_pk, order=order)
        notifications.email_new_orders.enqueue(user_pk, [order.pk])
    return len(untold)


def send_digests(now: datetime) -> int:
    """One email per person with the matching orders published lately that they have not heard of; returns
    how many emails were enqueued. The notices and the email's task are stored together."""
    recent = published(Order).filter(status=OrderStatus.OPEN, first_published_at__gte=now - NEWS_FOR)
    news: dict[int, list[Order]] = defaultdict(list)
    for order in recent.order_by("first_published_at", "pk"):
        wanted = [pk for pk, frequency in frequencies(order).items() if frequency == Frequency.DAILY]
        for user_pk in _untold(wanted, order):
            news[user_pk].append(order)
    for user_pk, orders in news.items():
        with transaction.atomic():
            OrderNotice.objects.bulk_create(
                [OrderNotice(user_id=user_pk, order=order) for order in orders], ignore_conflicts=True
            )
            notifications.email_new_orders.enqueue(user_pk, [order.pk for order in orders])
    return len(news)
