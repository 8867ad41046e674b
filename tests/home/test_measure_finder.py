"""The measure finder against hand-made cases: who may apply, for what, and why each measure is listed."""

import datetime

import pytest
from django.utils import timezone, translation

from home.measure_finder import find_measures
from home.models import SupportMeasurePage
from tests.factories import make_measure, measure_index
from tests.html import card_titles, soup

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 25)
FINDER = "/ru/support-measures/finder/"
DAY = datetime.timedelta(days=1)


@pytest.fixture
def measures(homes, taxonomies):
    index = measure_index(homes["ru"])
    make = make_measure
    return {
        "biotech startup grant": make(
            index,
            "Грант стартапам в биотехнологиях",
            "grant",
            ("startup",),
            ("biotechnology",),
            opens=TODAY - 10 * DAY,
            deadline=TODAY + 30 * DAY,
        ),
        "any-industry subsidy": make(
            index,
            "Субсидия малому бизнесу",
            "subsidy",
            ("small_business",),
            deadline=TODAY + 5 * DAY,
        ),
        "upcoming biotech grant": make(
            index,
            "Будущий грант в биотехнологиях",
            "grant",
            ("startup",),
            ("biotechnology",),
            opens=TODAY + 3 * DAY,
            deadline=TODAY + 60 * DAY,
        ),
        "IT grant": make(index, "Грант для ИТ", "grant", ("startup",), ("information-technology",)),
        "closed grant": make(index, "Закрытый грант", "grant", ("startup",), deadline=TODAY - DAY),
        "premises": make(index, "Льготная аренда", "premises", ("startup", "small_business")),
        "large company loan": make(index, "Заём крупным компаниям", "loan", ("large_business",)),
        "sole proprietor loan": make(
            index, "Микрозаём предпринимателям", "loan", ("individual_entrepreneur",), deadline=TODAY
        ),
        "university consultation": make(index, "Консультации для вузов", "consultation", ("university",)),
    }


def titles(matches):
    return [match.measure.title for match in matches]


def find(answers):
    with translation.override("en"):
        return find_measures(answers, SupportMeasurePage.objects.live(), TODAY)


def test_a_biotech_startup_needing_money_gets_its_own_grant_first(measures):
    matches = find(
        {"organisation": "company", "size": "startup", "industry": "biotechnology", "needs": ["money"]}
    )
    assert titles(matches) == [
        "Грант стартапам в биотехнологиях",  # its audience, its industry, open now
        "Субсидия малому бизнесу",  # startups are small businesses; any industry; open; soonest deadline
        "Будущий грант в биотехнологиях",  # its audience and industry, but not open yet
    ]
    assert matches[0].reasons[:3] == ["For: Startups", "Industry: Biotechnology", matches[0].reasons[2]]
    assert "Open to every industry" in matches[1].reasons
    assert matches[2].reasons[-1].startswith("Applications open on")


def test_without_an_industry_every_industry_qualifies(measures):
    matches = find({"organisation": "company", "size": "startup", "industry": "", "needs": ["money"]})
    assert set(titles(matches)) == {
        "Грант стартапам в биотехнологиях",
        "Субсидия малому бизнесу",
        "Будущий грант в биотехнологиях",
        "Грант для ИТ",
    }


def test_a_sole_proprietor_is_also_a_small_business(measures):
    matches = find({"organisation": "sole_proprietor", "industry": "", "needs": ["money", "premises"]})
    assert titles(matches) == ["Микрозаём предпринимателям", "Субсидия малому бизнесу", "Льготная аренда"]
    assert matches[0].reasons[-1].startswith("Applications accepted until")


def test_needs_narrow_the_kinds(measures):
    assert titles(find({"organisation": "university", "industry": "", "needs": ["consulting"]})) == [
        "Консультации для вузов"
    ]
    assert find({"organisation": "university", "industry": "", "needs": ["money"]}) == []
    assert titles(find({"organisation": "company", "size": "large", "needs": ["money"]})) == [
        "Заём крупным компаниям"
    ]


def test_the_finder_page_answers_in_russian_with_reasons(client, measures, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: TODAY)
    response = client.get(FINDER, {"organisation": "sole_proprietor", "needs": "money"})
    assert response.status_code == 200
    assert card_titles(response) == ["Микрозаём предпринимателям", "Субсидия малому бизнесу"]
    reasons = [item.get_text(strip=True) for item in soup(response).select(".reasons li")]
    assert "Для кого: Индивидуальные предприниматели" in reasons
    assert timezone.localdate() == TODAY


def test_the_empty_finder_asks_the_questions_without_errors(client, measures):
    response = client.get(FINDER)
    assert response.status_code == 200
    assert not soup(response).select_one(".error-summary")
    assert soup(response).select_one("fieldset legend").get_text(strip=True) == "Кто подаёт заявку?"


@pytest.mark.parametrize(
    "query, field",
    [
        ("organisation=company&needs=money", "id_size"),
        ("organisation=alien&needs=money", "id_organisation"),
        ("organisation=university", "id_needs"),
        ("organisation=university&needs=money&industry=astrology", "id_industry"),
    ],
)
def test_incomplete_or_bad_answers_are_explained_and_kept(client, measures, query, field):
    response = client.get(f"{FINDER}?{query}")
    assert response.status_code == 200
    links = [link["href"] for link in soup(response).select(".error-summary a")]
    assert links == [f"#{field}"]
    assert not card_titles(response)
    if "organisation=university" in query:
        assert soup(response).select_one('input[name="organisation"][value="university"]').has_attr("checked")
