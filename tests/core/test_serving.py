"""Pages served with their view restrictions read from the cache and routed in fewer queries keep Wagtail's
rules: a restricted page asks for a sign-in or a password and is left out of listings, and an address finds
the page, its sub-route or nothing, as before."""

import pytest
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from core.page_cache import HEADER
from home.models import StandardPage
from tests.factories import make_measure, measure_index
from tests.html import card_titles, soup

pytestmark = pytest.mark.django_db

PATHS = ["", "about/", "about/team/", "about/nobody/", "no/", "support-measures/", "support-measures/finder/"]


@pytest.fixture
def index(homes):
    return measure_index(homes["ru"])


def test_a_page_for_signed_in_people_sends_visitors_to_sign_in_and_leaves_listings(client, index):
    hidden = make_measure(index, "Грант для своих")
    shown = make_measure(index, "Грант для всех")
    assert set(card_titles(client.get(index.url))) == {"Грант для своих", "Грант для всех"}

    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(hidden.url)
    assert response.status_code == 302 and response["Location"].endswith(f"login/?next={hidden.url}")
    assert card_titles(client.get(index.url)) == ["Грант для всех"]
    assert client.get(shown.url).status_code == 200


def test_a_password_protected_section_asks_for_the_password_and_is_never_kept(client, index):
    measure = make_measure(index, "Грант по паролю")
    PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.PASSWORD, password="секрет"
    )
    for _ in range(2):
        response = client.get(measure.url)
        assert response.status_code == 200 and response[HEADER] == "miss"
        assert 'name="password"' in response.content.decode()
        assert "Грант по паролю" not in response.content.decode()

    PageViewRestriction.objects.all().delete()
    assert "Грант по паролю" in client.get(measure.url).content.decode()


def test_addresses_below_an_index_find_the_child_its_sub_route_or_nothing(client, index):
    measure = make_measure(index, "Грант на пилот")
    response = client.get(measure.url)
    crumbs = [(link.get_text(strip=True), link["href"]) for link in soup(response).select(".breadcrumbs a")]
    assert crumbs == [("Главная", "/ru/"), (index.title, index.url), ("Грант на пилот", measure.url)]
    assert client.get(f"{index.url}finder/").status_code == 200
    assert client.get(f"{index.url}no-such-measure/").status_code == 404
    assert client.get(f"{measure.url}deeper/").status_code == 404


@pytest.mark.parametrize("english_home_live", [True, False], ids=["english home", "no live english home"])
def test_an_address_finds_the_page_wagtails_own_routing_finds(client, rf, homes, index, english_home_live):
    about = homes["ru"].add_child(instance=StandardPage(title="О платформе", slug="about", body=[]))
    about.add_child(instance=StandardPage(title="Команда", slug="team", body=[]))
    english = StandardPage(title="About", slug="about", body=[], locale=homes["en"].locale)
    homes["en"].add_child(instance=english)
    if not english_home_live:
        homes["en"].unpublish()  # Wagtail then routes from the root page, the Russian home
    for language in ("ru", "en"):
        for path in PATHS:
            with translation.override(language):
                route = Page.route_for_request(rf.get(f"/{language}/{path}"), path)
            response = client.get(f"/{language}/{path}")
            if route is None:
                assert response.status_code == 404, f"/{language}/{path}"
            else:
                assert response.status_code == 200, f"/{language}/{path}"
                assert response.context["page"].pk == route.page.pk, f"/{language}/{path}"
