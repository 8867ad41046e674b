"""Anonymous visitors' pages come from the cache, are never shared with anyone signed in, follow every change
editors make at once, and cost few queries when they are made; a CDN in front is told what to purge."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from core.models import FooterSettings
from core.page_cache import HEADER
from core.visual_settings import COOKIE, VisualSettings
from home.models import (
    AccessibilityStatementPage,
    StandardPage,
)
from taxonomy.models import Audience
from tests.factories import make_entry, make_measure, measure_index
from tests.html import soup

pytestmark = pytest.mark.django_db

LARGE_FONT = VisualSettings(True, font="large").cookie_value()


def _child(home, title: str, slug: str, **fields) -> StandardPage:
    page = home.add_child(instance=StandardPage(title=title, slug=slug, body=[], **fields))
    page.save_revision().publish()
    return page


def _h1(response) -> str:
    return soup(response).h1.get_text(strip=True)


@pytest.fixture
def homes(homes):
    """The home pages, their site's footer settings made: a site's first visit makes them, which starts a new
    cache generation, and a test's first two visits would not see the same one."""
    FooterSettings.for_site(homes["ru"].get_site())
    return homes


@pytest.fixture
def about(homes) -> StandardPage:
    return _child(homes["ru"], "О платформе", "about")


def test_an_anonymous_second_view_comes_from_the_cache_without_a_query(client, about):
    first = client.get(about.url)
    assert first[HEADER] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(about.url)
        head = client.head(about.url)
    assert second[HEADER] == "hit" and head[HEADER] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert second["Content-Language"] == "ru"


def test_the_query_string_is_part_of_the_address(client, about):
    client.get(about.url)
    assert client.get(about.url, {"page": "2"})[HEADER] == "miss"
    assert client.get(about.url, {"page": "2"})[HEADER] == "hit"


def test_signed_in_people_never_read_a_kept_page_nor_leave_theirs(client, about, django_user_model):
    client.get(about.url)
    person = django_user_model.objects.create_user("zinaida@example.org", "zinaida@example.org", "pw")
    client.force_login(person)
    theirs = client.get(about.url)
    assert HEADER not in theirs
    assert "Личный кабинет" in theirs.content.decode()

    client.logout()
    anonymous = client.get(about.url)
    assert anonymous[HEADER] == "hit"
    assert "Личный кабинет" not in anonymous.content.decode()
    assert "Войти" in anonymous.content.decode()


def test_an_editors_page_with_the_userbar_is_never_kept(admin_client, about):
    editors = admin_client.get(about.url)
    assert HEADER not in editors
    assert "wagtail-userbar" in editors.content.decode()

    anonymous = Client().get(about.url)
    assert anonymous[HEADER] == "miss"  # the editor's page was not kept
    assert "wagtail-userbar" not in anonymous.content.decode()
    assert "wagtail-userbar" in admin_client.get(about.url).content.decode()


def test_the_version_for_the_visually_impaired_is_kept_apart(client, about):
    usual = client.get(about.url)
    client.cookies[COOKIE] = LARGE_FONT
    visual = client.get(about.url)
    assert visual[HEADER] == "miss"
    assert soup(visual).html["data-font"] == "large"
    assert client.get(about.url)[HEADER] == "hit"

    del client.cookies[COOKIE]
    again = client.get(about.url)
    assert again[HEADER] == "hit" and again.content == usual.content
    assert not soup(again).html.get("data-font")


def test_each_language_is_kept_apart(client, homes):
    assert soup(client.get("/ru/")).html["lang"] == "ru"
    english = client.get("/en/")
    assert english[HEADER] == "miss" and soup(english).html["lang"] == "en"
    assert soup(client.get("/en/")).html["lang"] == "en"


def test_a_visitor_with_another_cookie_goes_past_the_cache(client, about):
    client.get(about.url)
    client.cookies["messages"] = "anything"
    assert HEADER not in client.get(about.url)


def test_publishing_unpublishing_and_deleting_a_page_show_at_once(client, homes, about):
    client.get(about.url)
    about.title = "О проекте"
    about.save_revision().publish()
    assert _h1(client.get(about.url)) == "О проекте"

    contacts = _child(homes["ru"], "Контакты", "contacts")
    client.get(contacts.url)
    contacts.unpublish()
    assert client.get(contacts.url).status_code == 404

    client.get(about.url)
    about.delete()
    assert client.get(about.url).status_code == 404


def test_a_moved_page_leaves_its_old_address_at_once(client, homes, about):
    old_address = about.url
    client.get(old_address)
    section = _child(homes["ru"], "Платформа", "platform")
    about.move(section, pos="last-child")
    assert client.get(old_address).status_code != 200
    assert client.get("/ru/platform/about/").status_code == 200


def test_a_listing_follows_its_pages(client, homes):
    index = measure_index(homes["ru"])
    assert "Грант на пилот" not in client.get(index.url).content.decode()
    make_measure(index, "Грант на пилот")
    assert "Грант на пилот" in client.get(index.url).content.decode()


def test_a_renamed_taxonomy_value_shows_at_once(client, homes):
    measure = make_measure(measure_index(homes["ru"]), "Грант на пилот", audiences=("startup",))
    client.get(measure.url)
    startup = Audience.objects.get(slug="startup")
    startup.name_ru = "Молодые компании"
    startup.save()
    assert "Молодые компании" in client.get(measure.url).content.decode()


def test_a_saved_catalog_entry_shows_in_its_listing_at_once(
    client, homes, taxonomies, django_capture_on_commit_callbacks
):
    from catalog.models import Premises
    from taxonomy.models import District

    district = District.objects.get(slug="arbat")
    with django_capture_on_commit_callbacks(execute=True):
        premises = make_entry(
            Premises,
            title="Лаборатория на Арбате",
            owner="Технопарк «Арбат»",
            address="ул. Арбат, д. 1",
            okrug=district.okrug,
            district=district,
            kind="laboratory",
            area=120,
            rent=1800,
        )
    listing = "/ru/catalog/premises/"
    assert "Лаборатория на Арбате" in client.get(listing).content.decode()
    assert client.get(listing)[HEADER] == "hit"

    premises.title = "Чистая комната на Арбате"
    with django_capture_on_commit_callbacks(execute=True):
        premises.save()
    fresh = client.get(listing)
    assert fresh[HEADER] == "miss"
    assert "Чистая комната на Арбате" in fresh.content.decode()


def test_forms_with_a_csrf_token_and_posts_are_never_kept(client, homes):
    statement = homes["ru"].add_child(
        instance=AccessibilityStatementPage(title="Доступность", slug="accessibility", body=[])
    )
    statement.save_revision().publish()
    first = client.get(statement.url)
    assert 'name="csrfmiddlewaretoken"' in first.content.decode()
    assert client.get(statement.url)[HEADER] == "miss"

    posted = client.post(statement.url, {"message": ""})
    assert HEADER not in posted
    assert client.get(statement.url)[HEADER] == "miss"


@pytest.mark.parametrize("path", ["/ru/accounts/login/", "/en/cabinet/", "/ru/applications/", "/healthz"])
def test_private_addresses_are_never_kept(client, homes, path):
    client.get(path)
    assert HEADER not in client.get(path)


def test_a_page_missing_is_never_kept(client, homes):
    assert client.get("/ru/no-such-page/").status_code == 404
    assert client.get("/ru/no-such-page/")[HEADER] == "miss"


class _PurgeReceiver(BaseHTTPRequestHandler):
    """What Varnish or a CDN's purge endpoint would be told."""

    def do_PURGE(self):  # the HTTP verb, as http.server names its handlers
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_receiver(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PurgeReceiver)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server.purged
    server.shutdown()
    server.server_close()


def test_publishing_unpublishing_and_deleting_purge_the_page_from_the_cdn(
    homes, purge_receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = _child(homes["ru"], "О платформе", "about")
    assert purge_receiver == [("testserver", "/ru/about/")]

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
        page.save_revision().publish()
        page.delete()
    assert purge_receiver == [("testserver", "/ru/about/")] * 4
