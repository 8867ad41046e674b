"""The manufacturing exchange's pages for the accessibility registry, rendered through Django's test client:
the demo's first organization orders housings, and the third, a manufacturer that can take the order,
quotes."""

from datetime import timedelta

from django.utils import timezone

from catalog.models import Manufacturer, Order
from marketplace import quoting
from marketplace.models import Quote
from taxonomy.models import Capability, Material, Region
from tests.browser.accounts_pages import _owner, _page
from tests.browser.conversations_pages import _recipient
from tests.factories import make_entry

ORDER = "Корпуса датчиков давления КД-7"


def _order() -> Order:
    _owner_user, organization = _owner()
    existing = Order.objects.filter(name=ORDER).first()
    if existing is not None:
        return existing
    relations = {
        "capabilities": Capability.objects.filter(slug="cnc-machining"),
        "materials": Material.objects.filter(slug="aluminium"),
    }
    order = make_entry(
        Order,
        english={"name": "Pressure sensor housings KD-7", "description": "Milled aluminium housings."},
        relations=relations,
        name=ORDER,
        description="Фрезерованные корпуса из алюминия, анодирование.",
        organization=organization,
        batch_size=1500,
        target_date=timezone.localdate() + timedelta(days=90),
        budget=2_400_000,
        region=Region.objects.get(slug="moscow"),
        live=True,
    )
    maker = _recipient()
    if not Manufacturer.objects.filter(organization=maker.organization).exists():
        make_entry(
            Manufacturer,
            relations=relations,
            organization=maker.organization,
            batch_min=100,
            batch_max=10_000,
            lead_time_days=30,
            live=True,
        )
    return order


def _quote() -> Quote:
    order = _order()
    maker = _recipient()
    existing = Quote.objects.filter(order=order, organization=maker.organization).first()
    if existing is not None:
        return existing
    terms = {
        "price": 2_150_000,
        "lead_time_days": 45,
        "valid_until": timezone.localdate() + timedelta(days=30),
        "comment": "Цена с НДС и упаковкой; доставка по Москве за наш счёт.",
    }
    return quoting.send(order, maker, terms, [])


def new_order_form(language: str) -> str:
    owner, organization = _owner()
    return _page(language, "cabinet:new-order", user=owner, args=[organization.pk])


def new_order_form_with_errors(language: str) -> str:
    owner, organization = _owner()
    post = {"name": "", "batch_size": "полторы тысячи", "target_date": "2099-01-01"}
    return _page(language, "cabinet:new-order", user=owner, post=post, args=[organization.pk])


def quote_form(language: str) -> str:
    return _page(language, "marketplace:quote", user=_recipient().user, args=[_order().pk])


def quote_form_with_errors(language: str) -> str:
    post = {"price": "два миллиона", "lead_time_days": "0", "valid_until": "2020-01-01"}
    return _page(language, "marketplace:quote", user=_recipient().user, post=post, args=[_order().pk])


def quotes_for_the_buyer(language: str) -> str:
    quote = _quote()
    owner, _organization = _owner()
    return _page(language, "marketplace:quotes", user=owner, args=[quote.order_id])


def accept_a_quote(language: str) -> str:
    quote = _quote()
    owner, _organization = _owner()
    return _page(language, "marketplace:accept", user=owner, args=[quote.order_id, quote.pk])


def ask_the_manufacturer(language: str) -> str:
    quote = _quote()
    owner, _organization = _owner()
    return _page(language, "marketplace:ask", user=owner, args=[quote.order_id, quote.pk])


def new_orders_by_email(language: str) -> str:
    _order()
    return _page(language, "marketplace:alert-settings", user=_recipient().user)
