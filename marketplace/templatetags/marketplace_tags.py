"""What an order's page in the catalog shows of the exchange: «Send a quote» while it is open, its quotes to
its buyer's members, and its drawings to whoever may open them (marketplace.access)."""

from django import template

from catalog.orders import OrderStatus
from marketplace.access import buyer_membership, may_see_files

register = template.Library()


@register.inclusion_tag("marketplace/components/order_actions.html", takes_context=True)
def order_actions(context, order):
    user = context["request"].user
    is_buyer = buyer_membership(user, order) is not None
    return {
        "order": order,
        "is_open": order.status == OrderStatus.OPEN,
        "is_buyer": is_buyer,
        "quote_count": order.quotes.count() if is_buyer else 0,
        "files": list(order.files.all()) if may_see_files(user, order) else [],
    }
