"""A buyer posts a manufacturing order from its cabinet; once a moderator publishes it, the manufacturers that
can take it hear of it, send quotes, and the buyer compares them, asks, accepts one, and the order closes."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from catalog.models import Order
from catalog.orders import OrderStatus
from conversations.models import Conversation
from core.background import RETRY_DELAYS
from marketplace.models import Frequency, OrderAlertSetting, OrderFile, OrderNotice, Quote, QuoteStatus
from tests.applications.support import pdf
from tests.background import run_background_tasks
from tests.cabinet.test_catalog_changes import approve
from tests.html import soup
from tests.marketplace.conftest import order_answers

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def quote_answers(**changes) -> dict:
    answers = {
        "price": "1 250 000",
        "lead_time_days": "45",
        "valid_until": (TODAY + datetime.timedelta(days=30)).isoformat(),
        "comment": "Анодирование включено в цену.",
    }
    return {**answers, **changes}


@pytest.fixture
def posted(people, organizations, admin_client, django_capture_on_commit_callbacks):
    """The order «Кварцлайн» posts, published by a moderator."""
    buyer = signed_in(people["member"])
    quartz = organizations["quartz"]
    response = buyer.post(f"/ru/cabinet/organizations/{quartz.pk}/orders/new/", order_answers())
    assert response.status_code == 302
    order = Order.objects.get(name="Корпуса датчиков давления")
    with django_capture_on_commit_callbacks(execute=True):
        approve(admin_client, order)
    order.refresh_from_db()
    mail.outbox.clear()  # Wagtail's own note of the approval, to the moderator
    return order


def test_an_order_posted_from_the_cabinet_is_public_only_once_a_moderator_approves_it(
    people, organizations, admin_client, makers, django_capture_on_commit_callbacks
):
    buyer = signed_in(people["member"])
    quartz = organizations["quartz"]
    buyer.post(f"/ru/cabinet/organizations/{quartz.pk}/orders/new/", order_answers())
    order = Order.objects.get()
    assert not order.live and (order.batch_size, order.budget) == (1500, 2_400_000)
    assert Client().get(order.get_absolute_url()).status_code == 404
    assert "Корпуса датчиков давления" in soup(buyer.get(f"/ru/cabinet/organizations/{quartz.pk}/")).main.text
    with django_capture_on_commit_callbacks(execute=True):
        approve(admin_client, order)
    page = soup(Client().get(order.get_absolute_url()))
    makers_listed = page.select_one("#manufacturers-title").find_parent("section").get_text()
    # Only the manufacturer with the certification the order requires can take it.
    assert "Робототехника Плюс" in makers_listed and "Литпласт" not in makers_listed
    assert page.select_one(f'a[href="/ru/cabinet/exchange/orders/{order.pk}/quote/"]')


def test_matching_manufacturers_hear_of_a_new_order_in_a_daily_digest_once(posted, makers):
    call_command("send_order_digests")
    run_background_tasks()
    assert [email.to for email in mail.outbox] == [["owner@robots.example"]]
    assert "Корпуса датчиков давления" in mail.outbox[0].body
    assert posted.get_absolute_url() in mail.outbox[0].body
    call_command("send_order_digests")
    run_background_tasks()
    assert len(mail.outbox) == 1


def test_a_manufacturer_that_chose_to_hear_at_once_is_told_when_the_order_is_published(
    people, organizations, admin_client, makers, django_capture_on_commit_callbacks
):
    maker = signed_in(people["stranger"])
    assert (
        maker.post(
            "/ru/cabinet/exchange/new-orders/",
            {"organization": makers["robots"].pk, "frequency": Frequency.IMMEDIATE},
        ).status_code
        == 302
    )
    assert OrderAlertSetting.objects.get().frequency == Frequency.IMMEDIATE
    buyer = signed_in(people["member"])
    buyer.post(f"/ru/cabinet/organizations/{organizations['quartz'].pk}/orders/new/", order_answers())
    order = Order.objects.get()
    assert OrderNotice.objects.count() == 0  # not while it waits for the moderator
    with django_capture_on_commit_callbacks(execute=True):
        approve(admin_client, order)
    mail.outbox.clear()  # Wagtail's own note of the approval, to the moderator
    run_background_tasks()
    assert [email.to for email in mail.outbox] == [["owner@robots.example"]]
    call_command("send_order_digests")  # nothing twice
    run_background_tasks()
    assert len(mail.outbox) == 1


def test_quotes_side_by_side_then_the_buyer_accepts_one_and_the_order_closes(
    posted, people, makers, private_folder, django_capture_on_commit_callbacks
):
    robots, caster = signed_in(people["stranger"]), signed_in(makers["caster"])
    quote_url = f"/ru/cabinet/exchange/orders/{posted.pk}/quote/"
    response = robots.post(quote_url, {**quote_answers(), "files": [pdf("смета.pdf")]})
    assert response.status_code == 302
    caster.post(quote_url, quote_answers(price="990 000", lead_time_days="60"))
    assert run_background_tasks() == 4  # each quote to both of the buyer's members
    assert sorted(email.to[0] for email in mail.outbox[:2]) == [
        "member@quartz.example",
        "owner@quartz.example",
    ]
    assert "1 250 000" not in mail.outbox[0].body  # a link, not the terms

    buyer = signed_in(people["owner"])
    quotes_url = f"/ru/cabinet/exchange/orders/{posted.pk}/quotes/"
    by_price = soup(buyer.get(quotes_url))
    assert [row.th.get_text(strip=True) for row in by_price.select("table.quotes tbody tr")] == [
        "Литпласт",
        "Робототехника Плюс",
    ]
    by_lead_time = soup(buyer.get(quotes_url, {"sort": "lead_time"}))
    assert [row.th.get_text(strip=True) for row in by_lead_time.select("table.quotes tbody tr")] == [
        "Робототехника Плюс",
        "Литпласт",
    ]
    assert by_lead_time.select_one('th[aria-sort="ascending"]').get_text() == "Срок изготовления, дней"
    chosen = Quote.objects.get(organization=makers["robots"])
    file_link = by_price.find("a", string="смета.pdf")["href"]
    assert buyer.get(file_link).status_code == 200

    mail.outbox.clear()
    accept_url = f"/ru/cabinet/exchange/orders/{posted.pk}/quotes/{chosen.pk}/accept/"
    assert "не выбрали" in soup(buyer.get(accept_url)).main.get_text()
    with django_capture_on_commit_callbacks(execute=True):
        assert buyer.post(accept_url).status_code == 302
    assert {row.status for row in Order.objects.filter(translation_key=posted.translation_key)} == {"closed"}
    assert dict(Quote.objects.values_list("organization__name", "status")) == {
        "Робототехника Плюс": QuoteStatus.ACCEPTED,
        "Литпласт": QuoteStatus.DECLINED,
    }
    run_background_tasks()
    told = {email.to[0]: email.subject for email in mail.outbox}
    assert "принято" in told["owner@robots.example"] and "закрыт" in told["owner@litplast.example"]

    # Closed: no more quotes, nothing stored, and what the manufacturer typed comes back.
    late = caster.post(quote_url, quote_answers(price="100"))
    assert late.status_code == 409 and Quote.objects.get(organization=makers["litplast"]).price == 990_000
    assert "закрыт" in soup(Client().get(posted.get_absolute_url())).main.get_text()
    assert buyer.post(accept_url).status_code == 302
    assert Quote.objects.filter(status=QuoteStatus.ACCEPTED).count() == 1


def test_a_quote_with_bad_terms_comes_back_with_messages_and_what_was_typed(posted, people, makers):
    robots = signed_in(people["stranger"])
    url = f"/ru/cabinet/exchange/orders/{posted.pk}/quote/"
    response = robots.post(
        url,
        quote_answers(price="полтора миллиона", valid_until=(TODAY - datetime.timedelta(days=1)).isoformat()),
    )
    assert response.status_code == 400 and Quote.objects.count() == 0
    page = soup(response)
    summary = page.select_one(".error-summary").get_text()
    assert "Введите целое число" in summary and "сегодня" in summary
    assert page.select_one('input[name="price"]')["value"] == "полтора миллиона"
    assert page.select_one('textarea[name="comment"]').get_text().strip() == "Анодирование включено в цену."


def test_a_revised_quote_replaces_the_first(posted, people, makers):
    robots = signed_in(people["stranger"])
    url = f"/ru/cabinet/exchange/orders/{posted.pk}/quote/"
    robots.post(url, quote_answers())
    form = soup(robots.get(url))
    assert form.select_one('input[name="lead_time_days"]')["value"] == "45"  # the terms sent, to revise
    assert form.select_one('input[name="valid_until"]')["value"] == quote_answers()["valid_until"]
    robots.post(url, quote_answers(price="1 100 000"))
    assert list(Quote.objects.values_list("price", flat=True)) == [1_100_000]


def test_drawings_open_to_a_manufacturer_only_once_the_buyer_has_answered_it(
    posted, people, makers, private_folder, admin_user
):
    buyer = signed_in(people["owner"])
    buyer.post(f"/ru/cabinet/exchange/orders/{posted.pk}/files/", {"files": [pdf("чертёж.pdf")]})
    drawing = OrderFile.objects.get()
    url = f"/ru/cabinet/exchange/orders/{posted.pk}/files/{drawing.pk}/"
    robots = signed_in(people["stranger"])
    robots.post(f"/ru/cabinet/exchange/orders/{posted.pk}/quote/", quote_answers())
    assert robots.get(url).status_code == 404
    assert "чертёж.pdf" not in robots.get(posted.get_absolute_url()).content.decode()

    quote = Quote.objects.get()
    ask = buyer.post(
        f"/ru/cabinet/exchange/orders/{posted.pk}/quotes/{quote.pk}/ask/", {"body": "Допуски ±0,05?"}
    )
    conversation = Conversation.objects.get()
    assert ask["Location"] == f"/ru/cabinet/messages/{conversation.pk}/"
    assert (conversation.sender, conversation.recipient) == (posted.organization, makers["robots"])
    assert robots.get(url).status_code == 200
    assert "чертёж.pdf" in robots.get(posted.get_absolute_url()).content.decode()
    # Asking again opens the same conversation.
    again = buyer.get(f"/ru/cabinet/exchange/orders/{posted.pk}/quotes/{quote.pk}/ask/")
    assert again["Location"] == f"/ru/cabinet/messages/{conversation.pk}/"
    assert signed_in(makers["caster"]).get(url).status_code == 404
    assert signed_in(admin_user).get(url).status_code == 200


def test_an_order_past_its_date_closes_by_itself_and_its_waiting_quotes_are_told(posted, people, makers):
    signed_in(people["stranger"]).post(f"/ru/cabinet/exchange/orders/{posted.pk}/quote/", quote_answers())
    run_background_tasks()
    mail.outbox.clear()
    Order.objects.filter(translation_key=posted.translation_key).update(
        target_date=TODAY - datetime.timedelta(days=1)
    )
    call_command("close_expired_orders")
    posted.refresh_from_db()
    assert posted.status == OrderStatus.CLOSED
    assert Quote.objects.get().status == QuoteStatus.DECLINED
    run_background_tasks()
    assert [email.to for email in mail.outbox] == [["owner@robots.example"]]
    assert re.search(r"закрыт", mail.outbox[0].subject)


@pytest.mark.parametrize("who", ["anonymous", "outsider", "maker", "member"])
def test_only_the_buyers_members_see_the_quotes_and_accept(posted, people, makers, who):
    robots = signed_in(people["stranger"])
    robots.post(f"/ru/cabinet/exchange/orders/{posted.pk}/quote/", quote_answers())
    quote = Quote.objects.get()
    client = {
        "anonymous": Client(),
        "outsider": signed_in(people["outsider"]),
        "maker": robots,
        "member": signed_in(people["member"]),
    }[who]
    base = f"/ru/cabinet/exchange/orders/{posted.pk}/quotes/"
    for url in (base, f"{base}{quote.pk}/accept/", f"{base}{quote.pk}/ask/"):
        status = client.get(url).status_code
        assert status == {"anonymous": 302, "outsider": 404, "maker": 404, "member": 200}[who], url
    guessed = client.get(f"/ru/cabinet/exchange/orders/{posted.pk + 1000}/quotes/").status_code
    assert guessed == (302 if who == "anonymous" else 404)


def test_a_quote_email_the_mail_server_refuses_is_tried_again_and_the_quote_stays(
    posted, people, makers, settings
):
    settings.MAILERS = {"default": {"BACKEND": "tests.background.UnreachableMailServer"}}
    response = signed_in(people["stranger"]).post(
        f"/ru/cabinet/exchange/orders/{posted.pk}/quote/", quote_answers()
    )
    assert response.status_code == 302 and Quote.objects.count() == 1
    now = timezone.now()
    assert run_background_tasks(now) == 2  # one email to each of the buyer's members, both refused
    assert run_background_tasks(now) == 0  # the retries wait their delay
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    assert run_background_tasks(now + RETRY_DELAYS[0] + datetime.timedelta(seconds=1)) == 2
    assert sorted(email.to[0] for email in mail.outbox) == ["member@quartz.example", "owner@quartz.example"]


def test_the_buyer_closes_its_order_without_choosing_and_the_manufacturers_that_quoted_are_told(
    posted, people, makers
):
    signed_in(people["stranger"]).post(f"/ru/cabinet/exchange/orders/{posted.pk}/quote/", quote_answers())
    run_background_tasks()
    mail.outbox.clear()
    buyer = signed_in(people["member"])
    assert buyer.post(f"/ru/cabinet/exchange/orders/{posted.pk}/close/").status_code == 302
    posted.refresh_from_db()
    assert posted.status == OrderStatus.CLOSED and Quote.objects.get().status == QuoteStatus.DECLINED
    run_background_tasks()
    assert [email.to for email in mail.outbox] == [["owner@robots.example"]]
    assert buyer.post(f"/ru/cabinet/exchange/orders/{posted.pk}/close/").status_code == 302  # once only
    assert (
        signed_in(people["stranger"]).post(f"/ru/cabinet/exchange/orders/{posted.pk}/close/").status_code
        == 404
    )
