"""A signed-in person saves a catalog listing's filters; the daily job mails what is new since, once, with a
link that stops the search without signing in."""

import datetime
import re
from urllib.parse import parse_qs, quote

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from alerts import digests
from alerts.models import Frequency, SavedSearch
from catalog.models import Organization
from taxonomy.models import Region
from tests.background import run_background_tasks
from tests.factories import make_entry
from tests.html import soup

pytestmark = pytest.mark.django_db

LISTING = "/ru/catalog/organizations/"


def save(client, query: str, scope: str = "organizations"):
    return client.post("/ru/cabinet/alerts/save/", {"scope": scope, "query": query})


def new_organization(name: str, django_capture_on_commit_callbacks, region: str = "moscow"):
    with django_capture_on_commit_callbacks(execute=True):
        return make_entry(
            Organization,
            name=name,
            inn=f"77{Organization.objects.count():08d}",
            legal_form="llc",
            size="small",
            region=Region.objects.get(slug=region),
        )


def a_day_later(search: SavedSearch) -> datetime.datetime:
    return search.checked_at + datetime.timedelta(days=1)


def test_a_signed_in_person_saves_the_listing_they_see(client, people):
    anonymous = soup(client.get(LISTING, {"q": "робот"}))
    sign_in = anonymous.select_one(".save-search a")
    login, query = sign_in["href"].split("?")
    assert (login, parse_qs(query)["next"]) == ("/ru/accounts/login/", [LISTING + "?q=" + quote("робот")])

    client.force_login(people["owner"])
    page = soup(client.get(LISTING, {"q": "робот", "page": "1"}))
    form = page.select_one(".save-search form")
    fields = {field["name"]: field.get("value") for field in form.select("input[type=hidden]")}
    assert fields["scope"] == "organizations"

    response = save(client, fields["query"])
    assert response["Location"] == "/ru/cabinet/alerts/"
    search = SavedSearch.objects.get()
    # The page number is not part of a search; the words are.
    assert (search.user, search.query, search.language) == (people["owner"], "q=" + quote("робот"), "ru")
    assert search.title == "Организации: «робот»"
    listing = soup(client.get("/ru/cabinet/alerts/"))
    assert "Поиск сохранён: Организации: «робот»" in listing.select_one(".messages").get_text()
    assert listing.select_one(".saved-searches h3 a")["href"] == LISTING + "?q=" + quote("робот")

    save(client, "q=робот")
    assert SavedSearch.objects.count() == 1
    assert "уже сохранён" in soup(client.get("/ru/cabinet/alerts/")).select_one(".messages").get_text()


def test_facet_values_name_the_search(client, people):
    client.force_login(people["owner"])
    save(client, "region=moscow&size=small&sort=name")
    search = SavedSearch.objects.get()
    assert search.query == "region=moscow&size=small"  # the order is not a filter
    assert search.title.startswith("Организации: ")
    assert "Москва" in search.title


def test_a_bad_scope_is_refused_with_a_message(client, people):
    client.force_login(people["owner"])
    response = save(client, "q=робот", scope="secrets")
    assert response.status_code == 400
    assert "нельзя сохранить" in soup(response).select_one("main").get_text()
    assert not SavedSearch.objects.exists()


def test_the_daily_digest_sends_only_what_is_new_and_each_match_once(
    client, people, organizations, django_capture_on_commit_callbacks
):
    client.force_login(people["owner"])
    save(client, "q=робот")
    search = SavedSearch.objects.get()
    assert digests.enqueue_due(search.checked_at + datetime.timedelta(hours=12)) == 0  # not due yet

    arrived = new_organization("Роботы Севера", django_capture_on_commit_callbacks)
    new_organization("Кондитерская Север", django_capture_on_commit_callbacks)  # not a match
    assert digests.enqueue_due(a_day_later(search)) == 1
    assert run_background_tasks() == 1
    [email] = mail.outbox
    assert email.to == ["owner@quartz.example"]
    assert email.subject == "1 новый результат: Организации: «робот»"
    assert "Роботы Севера" in email.body and arrived.get_absolute_url() in email.body
    assert "Робототехника Плюс" not in email.body  # it was there when the search was saved
    assert "Кондитерская" not in email.body
    unsubscribe = re.search(r"https?://[^/\s]+(/ru/alerts/unsubscribe/\S+)", email.body).group(1)
    assert email.extra_headers["List-Unsubscribe"].endswith(unsubscribe + ">")
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    search.refresh_from_db()
    assert digests.enqueue_due(a_day_later(search)) == 1
    run_background_tasks()
    assert len(mail.outbox) == 1  # nothing new: no email


def test_a_weekly_search_waits_a_week(client, people, django_capture_on_commit_callbacks):
    client.force_login(people["owner"])
    save(client, "q=робот")
    search = SavedSearch.objects.get()
    client.post(f"/ru/cabinet/alerts/{search.pk}/", {"frequency": Frequency.WEEKLY})
    new_organization("Роботы Севера", django_capture_on_commit_callbacks)
    assert digests.enqueue_due(a_day_later(search)) == 0
    assert digests.enqueue_due(search.checked_at + datetime.timedelta(days=7)) == 1
    run_background_tasks()
    assert len(mail.outbox) == 1


def test_unsubscribing_needs_no_sign_in_and_a_mail_client_can_post_it(
    client, people, django_capture_on_commit_callbacks
):
    client.force_login(people["owner"])
    save(client, "q=робот")
    search = SavedSearch.objects.get()
    path = digests.unsubscribe_url(search).removeprefix("http://testserver")
    path = re.sub(r"^https?://[^/]+", "", path)

    visitor = Client(enforce_csrf_checks=True)
    page = soup(visitor.get(path))
    assert "Организации: «робот»" in page.select_one("main").get_text()
    assert SavedSearch.objects.exists()  # opening the link (a mail scanner does) stops nothing
    assert visitor.post(path, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert not SavedSearch.objects.exists()
    again = visitor.post(path)
    assert again.status_code == 200
    assert "уже отключён" in soup(again).select_one("main").get_text()
    # The link opened again later says so too: the page with the button was not kept for anyone.
    assert "уже отключён" in soup(visitor.get(path)).select_one("main").get_text()

    assert visitor.get(path[:-3] + "xyz/").status_code == 400


def test_only_its_owner_changes_or_deletes_a_search(client, people):
    client.force_login(people["owner"])
    save(client, "q=робот")
    search = SavedSearch.objects.get()
    other = Client()
    other.force_login(people["stranger"])
    assert other.post(f"/ru/cabinet/alerts/{search.pk}/", {"frequency": "weekly"}).status_code == 404
    assert other.post(f"/ru/cabinet/alerts/{search.pk}/delete/").status_code == 404
    assert "робот" not in soup(other.get("/ru/cabinet/alerts/")).select_one("main").get_text()
    search.refresh_from_db()
    assert search.frequency == Frequency.DAILY

    assert client.post(f"/ru/cabinet/alerts/{search.pk}/", {"frequency": "hourly"}).status_code == 400
    client.post(f"/ru/cabinet/alerts/{search.pk}/delete/")
    assert not SavedSearch.objects.exists()


def test_a_search_saved_in_english_mails_in_english(client, people, django_capture_on_commit_callbacks):
    client.force_login(people["owner"])
    client.post("/en/cabinet/alerts/save/", {"scope": "organizations", "query": "q=robot"})
    search = SavedSearch.objects.get()
    assert (search.language, search.title) == ("en", "Organizations: «robot»")
    with django_capture_on_commit_callbacks(execute=True):
        make_entry(
            Organization,
            {"name": "Northern Robots"},
            name="Роботы Севера",
            legal_form="llc",
            size="small",
            region=Region.objects.get(slug="moscow"),
        )
    digests.enqueue_due(timezone.now() + datetime.timedelta(days=1))
    run_background_tasks()
    [email] = mail.outbox
    assert email.subject == "1 new result: Organizations: «robot»"
    assert "Northern Robots" in email.body and "/en/catalog/organizations/" in email.body
