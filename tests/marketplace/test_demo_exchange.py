"""The demo's exchange, as `seed_demo` makes it: an open order its buyer's owner can manage, two manufacturers
that can take it with quotes (one cheaper, one sooner), a drawing the cheaper one may open after the buyer's
question; made once."""

import pytest
from django.test import Client

from cabinet.demo import BUYER, MAKERS, seed_people
from cabinet.models import Membership
from catalog.entry import published
from catalog.models import Manufacturer, Order, Organization
from catalog.relations import matching_manufacturers
from marketplace.demo import seed_exchange
from marketplace.models import OrderFile, Quote
from tests.factories import make_entry
from tests.html import soup

pytestmark = pytest.mark.django_db


def signed_in(email: str) -> Client:
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(email=email))
    return client


def two_manufacturers_for_an_open_order() -> None:
    """The small demo holds 1 % of the catalogs: too few manufacturers for any order to have two that can
    take it, as the full demo's orders have. Two of its organizations offer what its first open order
    needs."""
    order = published(Order).filter(status="open").order_by("target_date", "pk").first()
    taken = set(Membership.objects.values_list("organization", flat=True)) | {order.organization_id}
    makers = published(Organization).exclude(pk__in=taken).exclude(manufacturer_profiles__isnull=False)
    for organization in makers.order_by("pk")[:2]:
        make_entry(
            Manufacturer,
            relations={
                "capabilities": order.capabilities.all(),
                "materials": order.materials.all(),
                "certifications": order.certifications.all(),
            },
            organization=organization,
            batch_min=1,
            batch_max=order.batch_size * 2,
            lead_time_days=30,
            live=True,
        )


def test_an_open_order_with_two_quotes_from_manufacturers_that_can_take_it(demo_site, private_folder):
    seed_people(lambda line: None)
    two_manufacturers_for_an_open_order()
    seed_people(lambda line: None)
    lines = []
    seed_exchange(lines.append)
    quotes = list(Quote.objects.select_related("order").order_by("price"))
    assert len(quotes) == 2, lines
    order = quotes[0].order
    assert order.status == "open" and order.live
    able = set(matching_manufacturers(order).values_list("organization", flat=True))
    assert {quote.organization_id for quote in quotes} <= able
    cheaper, sooner = quotes
    assert cheaper.lead_time_days > sooner.lead_time_days

    page = soup(signed_in(BUYER[0]).get(f"/ru/cabinet/exchange/orders/{order.pk}/quotes/"))
    assert len(page.select("table.quotes tbody tr")) == 2
    drawing = OrderFile.objects.get(order=order)
    url = f"/ru/cabinet/exchange/orders/{order.pk}/files/{drawing.pk}/"
    makers = {quote.organization_id: quote for quote in quotes}
    statuses = {}
    for person in MAKERS:
        client = signed_in(person[0])
        statuses[person[0]] = client.get(url).status_code
    assert sorted(statuses.values()) == [200, 404]  # only the manufacturer the buyer has answered
    assert set(makers) == set(Quote.objects.values_list("organization", flat=True))

    again = []
    seed_exchange(again.append)
    assert "exist already" in again[0] and Quote.objects.count() == 2
