"""The exchange's emails, sent by the background worker: new matching orders to manufacturers, a new or
revised quote to the buyer, the buyer's choice to each manufacturer that quoted. Each carries links, not the
quote's terms or the buyer's files: a mailbox may be read by others."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from cabinet.models import Membership
from catalog.models import Order
from core.background import background_task
from marketplace.models import Quote


def tell_buyer(quote: Quote, revised: bool) -> None:
    for user_pk in _members(quote.order.organization_id):
        email_buyer.enqueue(quote.pk, user_pk, revised)


def tell_manufacturer(quote: Quote) -> None:
    for user_pk in _members(quote.organization_id):
        email_manufacturer.enqueue(quote.pk, user_pk)


def _members(organization_pk: int) -> list[int]:
    return list(Membership.objects.filter(organization_id=organization_pk).values_list("user_id", flat=True))


def _member_email(user_pk: int, organization_pk: int) -> str | None:
    """The person's address while they still belong to the organization (they may have left as the email
    waited)."""
    membership = Membership.objects.filter(user_id=user_pk, organization_id=organization_pk).select_related(
        "user"
    )
    return membership[0].user.email if membership else None


def _send(template: str, context: dict, to: str) -> None:
    """Written in the site's language, as the other emails of people's cabinets are."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {**context, "site": settings.SITE_URL}
        for name, value in context.pop("links", {}).items():
            view, arguments = value
            context[name] = settings.SITE_URL + reverse(view, args=arguments)
        subject = render_to_string(f"marketplace/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"marketplace/email/{template}.txt", context)
    EmailMessage(subject, body, to=[to]).send()


def _quote(pk: int) -> Quote:
    return Quote.objects.select_related("order", "organization").get(pk=pk)


@background_task
def email_buyer(quote_pk: int, user_pk: int, revised: bool) -> None:
    quote = _quote(quote_pk)
    if (address := _member_email(user_pk, quote.order.organization_id)) is None:
        return
    links = {"link": ("marketplace:quotes", [quote.order_id])}
    _send("quote_received", {"quote": quote, "revised": revised, "links": links}, address)


@background_task
def email_manufacturer(quote_pk: int, user_pk: int) -> None:
    quote = _quote(quote_pk)
    if (address := _member_email(user_pk, quote.organization_id)) is None:
        return
    links = {"link": ("marketplace:quote", [quote.order_id])}
    _send("quote_decided", {"quote": quote, "links": links}, address)


@background_task
def email_new_orders(user_pk: int, order_pks: list[int]) -> None:
    orders = list(Order.objects.filter(pk__in=order_pks).order_by("target_date", "pk"))
    membership = Membership.objects.filter(user_id=user_pk).select_related("user").first()
    if membership is None or not orders:
        return
    links = {"settings_link": ("marketplace:alert-settings", [])}
    _send("new_orders", {"orders": orders, "links": links}, membership.user.email)
