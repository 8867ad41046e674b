"""A manufacturer's quote for an order, and the buyer's choice of one. The order's row is locked while either
happens, so a quote never arrives at an order that has just closed, and only one quote is ever accepted."""

from datetime import date

from django.db import transaction
from django.utils import timezone

from applications.storage import kept_only_on_success, save_attachment
from catalog.models import Order
from catalog.orders import OrderStatus
from core.rate_limit import FixedWindow
from marketplace import closing, notifications
from marketplace.models import Quote, QuoteFile, QuoteStatus

# Quotes (new or revised) a person may send in an hour.
SENT_BY_PERSON = FixedWindow("quotes:person", 30, 60 * 60)


class OrderClosed(Exception):
    """The order closed before the quote or the choice arrived; nothing was stored."""


class TooMany(Exception):
    """The person reached the rate limit; nothing was stored."""


class QuoteExpired(Exception):
    """The quote's validity ended: the buyer asks the manufacturer to renew it."""


def _open_order(pk: int) -> Order:
    order = Order.objects.select_for_update().get(pk=pk)
    if order.status != OrderStatus.OPEN or not order.live:
        raise OrderClosed
    return order


def send(order: Order, membership, answers: dict, files) -> Quote:
    """Stores the manufacturer's quote, or its revision of the one it sent, and tells the buyer."""
    user = membership.user
    if SENT_BY_PERSON.is_limited(str(user.pk)):
        raise TooMany
    with kept_only_on_success() as stored, transaction.atomic():
        order = _open_order(order.pk)
        quote, created = Quote.objects.select_for_update().get_or_create(
            order=order, organization=membership.organization, defaults={**answers, "sent_by": user}
        )
        if not created:
            if quote.status != QuoteStatus.SENT:
                raise OrderClosed
            for name, value in answers.items():
                setattr(quote, name, value)
            quote.sent_by = user
            quote.sent_at = timezone.now()
            quote.save()
        for file, kind in files:
            QuoteFile.objects.create(quote=quote, **save_attachment(f"quotes/{order.pk}", file, kind, stored))
        notifications.tell_buyer(quote, revised=not created)
    SENT_BY_PERSON.count(str(user.pk))
    return quote


def accept(quote: Quote, today: date) -> Quote:
    """Accepts the quote, tells every manufacturer that quoted, and closes the order."""
    with transaction.atomic():
        order = _open_order(quote.order_id)
        quote = Quote.objects.select_for_update().get(pk=quote.pk)
        if quote.valid_until < today:
            raise QuoteExpired
        quote.status = QuoteStatus.ACCEPTED
        quote.decided_at = timezone.now()
        quote.save(update_fields=["status", "decided_at"])
        notifications.tell_manufacturer(quote)
        closing.decline_waiting(order, except_quote=quote)
        closing.close(order)
    return quote
