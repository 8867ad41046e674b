"""An order closes when its buyer accepts a quote or withdraws the order, or by itself once its target date
has passed. Every language's row says so at once (the catalogs and both search engines follow their saves);
the quotes still waiting are told they were not chosen."""

from datetime import date

from django.db import transaction
from django.utils import timezone

from catalog.entry import published
from catalog.models import Order
from catalog.orders import OrderStatus
from marketplace import notifications
from marketplace.models import Quote, QuoteStatus


def close(order: Order) -> None:
    for row in Order.objects.filter(translation_key=order.translation_key):
        row.status = OrderStatus.CLOSED
        row.save(update_fields=["status", "updated"])


def decline_waiting(order: Order, except_quote: Quote | None = None) -> None:
    waiting = Quote.objects.filter(order=order, status=QuoteStatus.SENT)
    if except_quote is not None:
        waiting = waiting.exclude(pk=except_quote.pk)
    for quote in waiting.select_for_update():
        quote.status = QuoteStatus.DECLINED
        quote.decided_at = timezone.now()
        quote.save(update_fields=["status", "decided_at"])
        notifications.tell_manufacturer(quote)


def close_without_choice(order: Order) -> bool:
    """Closes an open order whose buyer chose none of its quotes; False if it was closed already."""
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        if order.status != OrderStatus.OPEN:
            return False
        decline_waiting(order)
        close(order)
    return True


def close_expired(today: date) -> int:
    """Closes the open orders whose target date has passed; returns how many."""
    expired = published(Order).filter(status=OrderStatus.OPEN, target_date__lt=today)
    # An order accepted meanwhile is left as it is.
    return sum(close_without_choice(order) for order in expired.iterator())
