"""The support measure listing: filters and sorts checked against the pages themselves, and bad addresses."""

import datetime
import re
from urllib.parse import urlencode

import pytest
from django.utils import timezone

from home.models import SupportMeasureIndexPage, SupportMeasurePage
from home.models.measures import MeasureKind, status_on
from taxonomy.models import Audience
from tests.html import card_titles, checked_values, soup, title

pytestmark = pytest.mark.django_db


def index_url(language: str) -> str:
    return SupportMeasureIndexPage.objects.get(locale__language_code=language).url


def all_results(client, language: str, query: str) -> list[str]:
    """Card titles over every page of results, following the listing's own "next page" links."""
    titles, number = [], 1
    while True:
        response = client.get(f"{index_url(language)}?{query}&page={number}")
        assert response.status_code == 200
        titles += card_titles(response)
        if not soup(response).select_one('a[rel="next"]'):
            return titles
        number += 1


def expected(language: str, today: datetime.date, sort: str = "deadline", **chosen) -> list[str]:
    """What a careful reader would list: each filter matches any of its values, all filters must match."""
    measures = SupportMeasurePage.objects.filter(locale__language_code=language).live()
    matching = []
    for measure in measures:
        audiences = {item.slug for item in measure.audiences.all()}
        industries = {item.slug for item in measure.industries.all()}
        if chosen.get("kind") and measure.kind not in chosen["kind"]:
            continue
        if chosen.get("audience") and not audiences & set(chosen["audience"]):
            continue
        if chosen.get("industry") and industries and not industries & set(chosen["industry"]):
            continue
        if chosen.get("status") and status_on(measure.opens, measure.deadline, today) not in chosen["status"]:
            continue
        matching.append(measure)
    if sort == "newest":
        matching.sort(key=lambda m: (m.first_published_at, m.pk), reverse=True)
    else:
        matching.sort(key=lambda m: (m.deadline is None, m.deadline or datetime.date.min, m.pk))
    return [measure.title for measure in matching]


CASES = [
    {},
    {"kind": ["grant", "subsidy"]},
    {"audience": ["startup"]},
    {"industry": ["biotechnology", "robotics"]},
    {"status": ["open"]},
    {"status": ["upcoming", "closed"]},
    {"kind": ["grant", "loan", "consultation"], "audience": ["small_business"], "status": ["open"]},
    {"industry": ["information-technology"], "status": ["open", "upcoming"], "sort": "newest"},
]


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("chosen", CASES, ids=lambda chosen: urlencode(chosen, doseq=True) or "no-filters")
def test_filters_and_sort_list_exactly_the_matching_measures(client, demo_site, language, chosen):
    today = timezone.localdate()
    want = expected(language, today, **chosen)
    assert all_results(client, language, urlencode(chosen, doseq=True)) == want
    assert want or chosen, "the demo sample has measures"


def test_demo_sample_exercises_every_filter(demo_site):
    today = timezone.localdate()
    for chosen in CASES[1:]:
        assert expected("ru", today, **chosen), (
            f"no demo measure matches {chosen}: the test would prove little"
        )


def test_title_and_heading_count_the_results_and_the_form_keeps_the_choice(client, demo_site):
    want = expected("ru", timezone.localdate(), kind=["grant"])
    response = client.get(f"{index_url('ru')}?kind=grant")
    count = re.compile(rf"\b{len(want)}\b")
    assert count.search(title(response))
    assert count.search(soup(response).select_one("#results-title").get_text())
    assert checked_values(response, "kind") == {"grant"}


def test_language_switch_keeps_the_filters(client, demo_site):
    response = client.get(f"{index_url('ru')}?kind=grant&status=open")
    english = soup(response).select_one('link[rel="alternate"][hreflang="en"]')["href"]
    assert english.endswith(f"{index_url('en')}?kind=grant&status=open")


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5"])
def test_a_page_number_out_of_range_is_not_found(client, demo_site, page):
    assert client.get(f"{index_url('ru')}?page={page}").status_code == 404


def test_an_empty_page_number_is_the_first_page(client, demo_site):
    assert card_titles(client.get(f"{index_url('ru')}?page=")) == card_titles(client.get(index_url("ru")))


def test_a_bad_filter_value_is_explained_and_the_good_ones_still_apply(client, demo_site):
    response = client.get(f"{index_url('ru')}?kind=nonsense&status=open")
    assert response.status_code == 200
    summary = soup(response).select_one(".error-summary")
    assert "nonsense" in summary.get_text()
    assert summary.select_one("a")["href"] == "#id_kind"
    assert card_titles(response) == expected("ru", timezone.localdate(), status=["open"])[:20]
    assert checked_values(response, "status") == {"open"}


@pytest.mark.parametrize(
    "query, same_as",
    [
        ("kind=grant&kind=grant", "kind=grant"),
        ("kind=&industry=&audience=&status=&sort=", ""),
        ("status=open&status=&status=open", "status=open"),
    ],
)
def test_repeated_and_empty_parameters_mean_what_they_say(client, demo_site, query, same_as):
    response = client.get(f"{index_url('ru')}?{query}")
    assert response.status_code == 200
    assert not soup(response).select_one(".error-summary")
    assert card_titles(response) == card_titles(client.get(f"{index_url('ru')}?{same_as}"))


def test_an_unknown_sort_is_explained_and_the_default_order_used(client, demo_site):
    response = client.get(f"{index_url('ru')}?sort=cheapest")
    assert response.status_code == 200
    assert soup(response).select_one(".error-summary a")["href"] == "#id_sort"
    assert card_titles(response) == expected("ru", timezone.localdate())[:20]


def test_no_results_says_so_and_offers_to_clear_the_filters(client, demo_site):
    today = timezone.localdate()
    kind, audience = next(
        (kind, audience)
        for kind in MeasureKind.values
        for audience in Audience.objects.values_list("slug", flat=True)
        if not expected("ru", today, kind=[kind], audience=[audience], status=["upcoming"])
    )
    response = client.get(f"{index_url('ru')}?kind={kind}&audience={audience}&status=upcoming")
    page = soup(response)
    assert card_titles(response) == []
    assert "Попробуйте убрать" in page.select_one(".results").get_text()
    assert page.find("a", string="Сбросить все фильтры")["href"] == index_url("ru")


def test_language_switch_on_the_finder_stays_on_the_finder(client, demo_site):
    response = client.get(f"{index_url('ru')}finder/?organisation=university&needs=money")
    english = soup(response).select_one('link[rel="alternate"][hreflang="en"]')["href"]
    assert english.endswith(f"{index_url('en')}finder/?organisation=university&needs=money")
