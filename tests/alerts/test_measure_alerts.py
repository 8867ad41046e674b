"""New measures by email for visitors without an account (confirmed opt-in), and reminders of a followed
measure's deadline, 7 days and 1 day before it."""

import datetime
import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from alerts import digests, reminders
from alerts.models import FollowedMeasure, SavedSearch
from tests.background import run_background_tasks
from tests.factories import make_measure, measure_index
from tests.html import soup

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/ru/alerts/measures/"


def link_in(email) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", email.body).group(1)


@pytest.fixture
def index(homes, taxonomies):
    return measure_index(homes["ru"])


def test_a_visitor_subscribes_confirms_and_gets_only_new_measures_of_their_filters(client, index):
    make_measure(index, "Грант для стартапов старый", kind="grant")
    listing = soup(client.get(index.url, {"kind": "grant"}))
    subscribe = listing.select_one(".save-search a[href^='/ru/alerts/measures/']")["href"]
    assert subscribe == SUBSCRIBE + "?kind=grant"
    form = soup(client.get(subscribe))
    assert "Меры поддержки: Грант" in form.select_one(".lead").get_text()

    response = client.post(
        SUBSCRIBE, {"email": "Founder@Mail.example", "frequency": "daily", "query": "kind=grant"}
    )
    assert response.status_code == 200
    search = SavedSearch.objects.get()
    assert (search.user, search.email, search.query, search.confirmed_at) == (
        None,
        "founder@mail.example",
        "kind=grant",
        None,
    )
    run_background_tasks()
    [confirmation] = mail.outbox
    assert confirmation.subject == "Подтвердите подписку на новые меры поддержки"

    make_measure(index, "Грант на пилотное внедрение", kind="grant")
    assert digests.enqueue_due(timezone.now() + datetime.timedelta(days=2)) == 0  # not confirmed: nothing

    confirm = link_in(confirmation)
    assert "Подтвердите подписку" in soup(client.get(confirm)).select_one("h1").get_text()
    search.refresh_from_db()
    assert search.confirmed_at is None  # opening the link (a mail scanner does) confirms nothing
    assert "Подписка подтверждена" in soup(client.post(confirm)).select_one("h1").get_text()
    search.refresh_from_db()
    assert search.confirmed_at is not None

    make_measure(index, "Грант на выход на экспорт", kind="grant")
    make_measure(index, "Льготный заём на оборудование", kind="loan")
    assert digests.enqueue_due(search.checked_at + datetime.timedelta(days=1)) == 1
    run_background_tasks()
    digest = mail.outbox[-1]
    assert digest.to == ["founder@mail.example"]
    assert "Грант на выход на экспорт" in digest.body
    assert "Грант на пилотное внедрение" not in digest.body  # published before the confirmation
    assert "Льготный заём" not in digest.body


def test_the_subscription_page_keeps_what_was_typed_and_tells_what_is_wrong(client, index):
    response = client.post(SUBSCRIBE, {"email": "founder@", "frequency": "weekly"})
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("#id_email")["value"] == "founder@"
    assert page.select_one(".error-summary")
    assert not SavedSearch.objects.exists()


def test_a_bot_filling_the_hidden_field_subscribes_nobody(client, index):
    response = client.post(SUBSCRIBE, {"email": "bot@spam.example", "frequency": "daily", "website": "x"})
    assert response.status_code == 400
    assert not SavedSearch.objects.exists()
    run_background_tasks()
    assert mail.outbox == []


def test_subscribing_many_addresses_from_one_network_is_slowed_down(client, index):
    for number in range(5):
        client.post(SUBSCRIBE, {"email": f"person{number}@mail.example", "frequency": "daily"})
    response = client.post(SUBSCRIBE, {"email": "person9@mail.example", "frequency": "daily"})
    assert response.status_code == 429
    assert soup(response).select_one("#id_email")["value"] == "person9@mail.example"
    assert SavedSearch.objects.count() == 5


def test_subscribing_again_tells_nothing_about_who_is_subscribed(client, index):
    client.post(SUBSCRIBE, {"email": "founder@mail.example", "frequency": "daily"})
    run_background_tasks()
    SavedSearch.objects.update(confirmed_at=timezone.now())
    mail.outbox.clear()
    again = client.post(SUBSCRIBE, {"email": "founder@mail.example", "frequency": "daily"})
    first = Client().post(SUBSCRIBE, {"email": "other@mail.example", "frequency": "daily"})
    assert soup(again).select_one("h1").get_text() == soup(first).select_one("h1").get_text()
    run_background_tasks()
    # A confirmed address gets no second confirmation; a new one gets its own.
    assert [email.to for email in mail.outbox] == [["other@mail.example"]]


def test_a_follower_is_reminded_7_days_and_1_day_before_the_deadline(client, index, people):
    today = timezone.localdate()
    measure = make_measure(index, "Грант «Старт»", deadline=today + datetime.timedelta(days=10))
    anonymous = soup(client.get(measure.url))
    assert anonymous.select_one(".follow-measure a")["href"].startswith("/ru/accounts/login/?next=")

    client.force_login(people["outsider"])
    page = soup(client.get(measure.url))
    assert page.select_one(".follow-measure button").get_text() == "Напомнить о сроке"
    response = client.post(f"/ru/cabinet/alerts/follow/{measure.pk}/", {"next": measure.url})
    assert response["Location"] == measure.url
    followed = soup(client.get(measure.url)).select_one(".follow-measure")
    assert followed.select_one("button").get_text() == "Не напоминать о сроке"
    assert "за 7 дней и за 1 день" in followed.select_one(".hint").get_text()
    assert FollowedMeasure.objects.filter(user=people["outsider"], measure=measure).exists()

    assert reminders.enqueue_due(today) == 0  # 10 days before
    assert reminders.enqueue_due(today + datetime.timedelta(days=3)) == 1  # 7 days before
    assert reminders.enqueue_due(today + datetime.timedelta(days=3)) == 0  # run twice: sent once
    assert reminders.enqueue_due(today + datetime.timedelta(days=9)) == 1  # 1 day before
    run_background_tasks()
    assert [email.to for email in mail.outbox] == [["new@mail.example"]] * 2
    assert "Грант «Старт»" in mail.outbox[0].subject

    # An editor moves the deadline later: its reminders come again.
    measure.deadline = today + datetime.timedelta(days=20)
    measure.save_revision().publish()
    assert reminders.enqueue_due(today + datetime.timedelta(days=13)) == 1

    client.post(f"/ru/cabinet/alerts/unfollow/{measure.pk}/")
    assert not FollowedMeasure.objects.exists()


def test_a_closed_measure_cannot_be_followed(client, index, people):
    measure = make_measure(
        index, "Грант прошлого года", deadline=timezone.localdate() - datetime.timedelta(days=1)
    )
    client.force_login(people["outsider"])
    assert not soup(client.get(measure.url)).select_one(".follow-measure")
    client.post(f"/ru/cabinet/alerts/follow/{measure.pk}/")
    assert not FollowedMeasure.objects.exists()


def test_the_finders_answers_are_saved_and_bring_new_measures_that_fit(client, index, people):
    client.force_login(people["outsider"])
    finder = index.url + "finder/"
    answers = {"organisation": ["startup"], "needs": ["money"], "industry": ""}
    page = soup(client.get(finder, answers))
    form = page.select_one(".save-search form")
    query = form.select_one("input[name=query]")["value"]
    client.post("/ru/cabinet/alerts/save/", {"scope": "finder", "query": query})
    search = SavedSearch.objects.get()
    assert search.title == (
        "Меры для вас: Стартап (до 5 лет, разрабатывает новый продукт); "
        "Деньги: гранты, субсидии, займы, поручительства, налоговые льготы"
    )
    assert listing_path_of(client) == finder + "?needs=money&organisation=startup"

    make_measure(index, "Грант для стартапов", kind="grant", audiences=("startup",))
    make_measure(index, "Консультации экспортёрам", kind="export_support", audiences=("startup",))
    digests.enqueue_due(search.checked_at + datetime.timedelta(days=1))
    run_background_tasks()
    [email] = mail.outbox
    assert "Грант для стартапов" in email.body and "Консультации" not in email.body

    assert (
        client.post("/ru/cabinet/alerts/save/", {"scope": "finder", "query": "needs=money"}).status_code
        == 400
    )


def listing_path_of(client) -> str:
    return soup(client.get("/ru/cabinet/alerts/")).select_one(".saved-searches h3 a")["href"]
