"""Moderators see every quote in the admin's Reports menu, with its files, and may open the orders'
drawings."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from marketplace.models import OrderFile, Quote, QuoteFile
from tests.marketplace.conftest import order_answers
from tests.marketplace.test_exchange import posted  # noqa: F401 (fixture)
from tests.staff import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


def test_a_moderator_reads_the_quotes_and_opens_their_files(posted, makers, admin_user, private_folder):  # noqa: F811
    quote = Quote.objects.create(
        order=posted,
        organization=makers["robots"],
        price=1_250_000,
        lead_time_days=45,
        valid_until=datetime.date.today() + datetime.timedelta(days=30),
    )
    (private_folder / "quotes").mkdir()
    (private_folder / "quotes" / "estimate.pdf").write_bytes(b"%PDF-1.4 estimate")
    (private_folder / "orders").mkdir()
    (private_folder / "orders" / "drawing.pdf").write_bytes(b"%PDF-1.4 drawing")
    files = {"content_type": "application/pdf", "size": 17}
    estimate = QuoteFile.objects.create(
        quote=quote, stored_name="quotes/estimate.pdf", original_name="смета.pdf", **files
    )
    drawing = OrderFile.objects.create(
        order=posted, stored_name="orders/drawing.pdf", original_name="чертёж.pdf", **files
    )

    moderator = makers["caster"]  # a person of a manufacturer that did not quote, made a moderator
    moderator.is_staff = True
    moderator.save()
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client = Client()
    sign_in_with_second_factor(client, moderator)
    report = client.get("/admin/reports/quotes/").content.decode()
    assert order_answers()["name"] in report and "Робототехника Плюс" in report and "1250000" in report
    file_url = f"/ru/cabinet/exchange/orders/{posted.pk}/quotes/{quote.pk}/files/{estimate.pk}/"
    assert file_url in report
    assert client.get(file_url).status_code == 200
    assert client.get(f"/ru/cabinet/exchange/orders/{posted.pk}/files/{drawing.pk}/").status_code == 200
