"""Who may do what with an order: its buyer's members manage it and see its quotes; a member of another
organization with a published manufacturing profile sends a quote; its drawings are seen by the buyer's
members, moderators, and the manufacturers the buyer has answered in a conversation about the order."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet

from cabinet.models import Membership
from catalog.entry import published
from catalog.models import Manufacturer, Order
from conversations.models import Conversation


def buyer_membership(user, order: Order) -> Membership | None:
    if not user.is_authenticated:
        return None
    return (
        user.memberships.filter(organization_id=order.organization_id).select_related("organization").first()
    )


def manufacturer_memberships(user, order: Order) -> QuerySet:
    """The person's memberships of organizations that may quote for the order."""
    if not user.is_authenticated:
        return Membership.objects.none()
    makers = published(Manufacturer).values("organization")
    return (
        user.memberships.filter(organization__in=makers)
        .exclude(organization_id=order.organization_id)
        .select_related("organization", "user")
    )


def answered_organizations(order: Order) -> set[int]:
    """The organizations the buyer has written to in a conversation about the order."""
    conversations = Conversation.objects.filter(
        entry_type=ContentType.objects.get_for_model(Order),
        entry_id=order.pk,
        messages__organization_id=order.organization_id,
    )
    sides = conversations.values_list("sender_id", "recipient_id").distinct()
    return {pk for pair in sides for pk in pair if pk} - {order.organization_id}


def is_moderator(user) -> bool:
    """Staff who may see the exchange's quotes and files: Moderators, and superusers."""
    return user.has_perm("marketplace.view_quote")


def may_see_files(user, order: Order) -> bool:
    if not user.is_authenticated:
        return False
    if is_moderator(user) or buyer_membership(user, order) is not None:
        return True
    return user.memberships.filter(organization_id__in=answered_organizations(order)).exists()
