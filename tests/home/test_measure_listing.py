"""The support measure listing: filters and sorts checked against the pages themselves, and bad addresses."""

import datetime
import re
from urllib.parse import urlencode

import pytest
from django.utils import timezone, translation
from django.utils.html import strip_tags

from core.text import stems
from home.measure_listing import MeasureFilterForm
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


STATUS_RANK = {"open": 0, "upcoming": 1, "closed": 2}


def open_first(measure, today: datetime.date):
    """Open measures by the soonest deadline (none last), then the soonest to open, then the latest closed."""
    status = status_on(measure.opens, measure.deadline, today)
    if status == "upcoming":
        day = measure.opens
    elif status == "closed":
        day = datetime.date.max - (measure.deadline - datetime.date.min)
    else:
        day = measure.deadline or datetime.date.max
    return (STATUS_RANK[status], day, measure.pk)


def words_of(measure) -> set[str]:
    texts = [measure.title, measure.summary, measure.operator, strip_tags(measure.eligibility)]
    texts += [measure.get_kind_display(), *(item.name for item in measure.audiences.all())]
    texts += [item.name for item in measure.industries.all()]
    return set(stems(" ".join(texts)))


def expected(language: str, today: datetime.date, sort: str = "open", **chosen) -> list[str]:
    """What a careful reader would list: every word's forms (core.text) somewhere in the measure, a rouble
    maximum of at least the amount (a minimum alone has no limit), any value of each filter, all filters."""
    measures = SupportMeasurePage.objects.filter(locale__language_code=language).live()
    matching = []
    for measure in measures:
        audiences = {item.slug for item in measure.audiences.all()}
        industries = {item.slug for item in measure.industries.all()}
        with translation.override(language):
            if chosen.get("q") and not set(stems(chosen["q"])) <= words_of(measure):
                continue
        if "amount" in chosen:
            ceiling = measure.amount_max if measure.amount_max is not None else measure.amount_min and 10**18
            if measure.currency != "RUB" or not ceiling or ceiling < chosen["amount"]:
                continue
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
    elif sort == "deadline":
        matching.sort(key=lambda m: (m.deadline is None, m.deadline or datetime.date.min, m.pk))
    else:
        matching.sort(key=lambda m: open_first(m, today))
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
    {"status": ["open", "closed"], "sort": "deadline"},
    {"q": "гранты для стартапов"},
    {"q": "grants for startups"},
    {"q": "preferential loan", "status": ["upcoming"]},
    {"amount": 3_000_000},
    {"amount": 10_000_000, "kind": ["grant", "loan"]},
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
    everything = expected("ru", today)
    for chosen in CASES[1:]:
        found = expected("ru", today, **chosen) or expected("en", today, **chosen)
        assert found, f"no demo measure matches {chosen}: the test would prove little"
        assert len(found) < len(everything) or "sort" in chosen, f"{chosen} filters nothing out"


def statuses_shown(client, language: str, query: str = "") -> list[str]:
    statuses, number = [], 1
    while True:
        page = soup(client.get(f"{index_url(language)}?{query}&page={number}"))
        statuses += [badge["class"][1].removeprefix("status--") for badge in page.select(".card .status")]
        if not page.select_one('a[rel="next"]'):
            return statuses
        number += 1


@pytest.mark.parametrize("language", ["ru", "en"])
def test_by_default_open_measures_come_first_then_upcoming_and_closed_last(client, demo_site, language):
    statuses = statuses_shown(client, language)
    assert set(statuses) == {"open", "upcoming", "closed"}, "the demo has measures in every status"
    assert statuses == sorted(statuses, key=STATUS_RANK.get)
    first_page = card_titles(client.get(index_url(language)))
    assert first_page == expected(language, timezone.localdate())[:20]


COUNT = re.compile(r"\((\d[\d\s,]*)\)$")


def options_shown(response) -> dict[str, dict[str, int]]:
    """Per checkbox group, each option's value and the count after its label."""
    page, shown = soup(response), {}
    for box in page.select('.filters input[type="checkbox"]'):
        label = page.select_one(f'label[for="{box["id"]}"]').get_text(" ", strip=True)
        count = COUNT.search(label).group(1)
        shown.setdefault(box["name"], {})[box["value"]] = int(re.sub(r"\D", "", count))
    return shown


COUNTED = [
    {},
    {"kind": ["grant", "subsidy"], "status": ["open"]},
    {"q": "грант", "audience": ["startup"], "industry": ["robotics"]},
    {"amount": 1_000_000, "status": ["open", "upcoming"]},
]


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("chosen", COUNTED, ids=lambda chosen: urlencode(chosen, doseq=True) or "no-filters")
def test_each_option_counts_what_choosing_it_alone_in_its_group_would_list(
    client, demo_site, language, chosen
):
    """Disjunctive counts: a group's own choice does not narrow its counts; keywords and other groups do."""
    today = timezone.localdate()
    shown = options_shown(client.get(f"{index_url(language)}?{urlencode(chosen, doseq=True)}"))
    form = MeasureFilterForm()
    for group in ("status", "kind", "audience", "industry"):
        want = {}
        for value, _label in form.fields[group].choices:
            count = len(expected(language, today, **{**chosen, group: [value]}))
            if count or value in chosen.get(group, []):
                want[value] = count
        assert shown.get(group, {}) == want, group


def test_a_count_is_the_total_the_page_shows_once_the_option_is_chosen(client, demo_site):
    chosen = {"status": ["open"]}
    kinds = options_shown(client.get(f"{index_url('ru')}?status=open"))["kind"]
    assert len(kinds) > 2
    for kind, count in kinds.items():
        response = client.get(f"{index_url('ru')}?{urlencode({**chosen, 'kind': kind}, doseq=True)}")
        heading = soup(response).select_one("#results-title").get_text()
        assert re.search(rf"\b{count}\b", heading), (kind, heading)


@pytest.mark.parametrize(
    "typed", ["3 000 000", "3\u00a0000\u00a0000 ₽", "3,000,000", "3000000", "3\u202f000\u202f000"]
)
def test_the_amount_is_read_as_people_type_it_and_kept(client, demo_site, typed):
    response = client.get(index_url("ru"), {"amount": typed})
    assert not soup(response).select_one(".error-summary")
    assert card_titles(response) == expected("ru", timezone.localdate(), amount=3_000_000)[:20]
    assert soup(response).select_one("#id_amount")["value"] == typed


@pytest.mark.parametrize(
    "language, label", [("ru", "Нужная сумма, руб."), ("en", "Amount you need, roubles")]
)
def test_an_amount_that_is_not_a_number_is_named_in_the_summary_and_the_rest_still_applies(
    client, demo_site, language, label
):
    response = client.get(index_url(language), {"amount": "три миллиона", "status": "open"})
    assert response.status_code == 200
    link = soup(response).select_one(".error-summary a")
    assert link["href"] == "#id_amount"
    assert link.get_text().startswith(f"{label}: ")
    assert soup(response).select_one("#id_amount")["value"] == "три миллиона"
    assert card_titles(response) == expected(language, timezone.localdate(), status=["open"])[:20]


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
