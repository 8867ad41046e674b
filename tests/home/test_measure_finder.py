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
    matches = find({"organisation": ["startup"], "industry": "biotechnology", "needs": ["money"]})
    assert titles(matches) == [
        "Грант стартапам в биотехнологиях",  # its industry, open now
        "Будущий грант в биотехнологиях",  # its industry, but not open yet
        "Субсидия малому бизнесу",  # every industry (and startups are small businesses)
    ]
    assert matches[0].reasons[:3] == ["For: Startups", "Industry: Biotechnology", matches[0].reasons[2]]
    assert matches[1].reasons[-1].startswith("Applications open on")
    assert "Open to every industry" in matches[2].reasons


def test_without_an_industry_every_industry_qualifies(measures):
    matches = find({"organisation": ["startup"], "industry": "", "needs": ["money"]})
    assert set(titles(matches)) == {
        "Грант стартапам в биотехнологиях",
        "Субсидия малому бизнесу",
        "Будущий грант в биотехнологиях",
        "Грант для ИТ",
    }


def test_a_sole_proprietor_is_also_a_small_business(measures):
    matches = find(
        {"organisation": ["individual_entrepreneur"], "industry": "", "needs": ["money", "premises"]}
    )
    assert titles(matches) == ["Микрозаём предпринимателям", "Субсидия малому бизнесу", "Льготная аренда"]
    assert matches[0].reasons[-1].startswith("Applications accepted until")


def test_needs_narrow_the_kinds(measures):
    assert titles(find({"organisation": ["university"], "industry": "", "needs": ["consulting"]})) == [
        "Консультации для вузов"
    ]
    assert find({"organisation": ["university"], "industry": "", "needs": ["money"]}) == []
    assert titles(find({"organisation": ["large_business"], "needs": ["money"]})) == [
        "Заём крупным компаниям"
    ]


def test_several_kinds_of_applicant_at_once_get_the_measures_of_each(measures):
    answers = {"industry": "", "needs": ["money", "consulting"]}
    startup = set(titles(find({**answers, "organisation": ["startup"]})))
    university = set(titles(find({**answers, "organisation": ["university"]})))
    both = titles(find({**answers, "organisation": ["startup", "university"]}))
    assert "Консультации для вузов" in university and "Консультации для вузов" not in startup
    assert sorted(both) == sorted(startup | university)


def test_a_measure_named_for_the_applicant_comes_before_one_it_qualifies_for_only_as_a_small_business(
    measures,
):
    answers = {"industry": "", "needs": ["money"]}
    both = titles(find({**answers, "organisation": ["startup", "small_business"]}))
    assert both[0] == "Субсидия малому бизнесу"  # named now, open, the soonest deadline
    startup_only = titles(find({**answers, "organisation": ["startup"]}))
    assert startup_only.index("Грант стартапам в биотехнологиях") < startup_only.index(
        "Субсидия малому бизнесу"
    )


def test_a_measure_for_the_applicants_own_industry_ranks_above_one_for_every_industry(measures, homes):
    index = measure_index(homes["ru"])
    make_measure(
        index,
        "Робототехника: субсидия малому бизнесу",
        "subsidy",
        ("small_business",),
        ("robotics",),
        deadline=TODAY + 90 * DAY,
    )
    answers = {"organisation": ["startup"], "industry": "robotics", "needs": ["money"]}
    found = titles(find(answers))
    # Its industry wins over being named for startups, an earlier deadline and being open to every industry.
    assert found[0] == "Робототехника: субсидия малому бизнесу"
    assert found.index("Робототехника: субсидия малому бизнесу") < found.index("Субсидия малому бизнесу")
    assert "Грант для ИТ" not in found


def test_the_finder_page_answers_in_russian_with_reasons(client, measures, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: TODAY)
    response = client.get(FINDER, {"organisation": "individual_entrepreneur", "needs": "money"})
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
        ("needs=money", "id_organisation"),
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


def test_the_ten_best_matches_come_first_and_the_rest_one_step_away_without_javascript(
    client, measures, homes, monkeypatch
):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: TODAY)
    index = measure_index(homes["ru"])
    for number in range(12):
        make_measure(
            index, f"Грант № {number + 1}", "grant", ("startup",), deadline=TODAY + (number + 40) * DAY
        )
    answers = {"organisation": ["startup"], "industry": "", "needs": ["money"]}
    ranked = titles(find(answers))
    assert len(ranked) > 10
    page = soup(client.get(FINDER, {"organisation": "startup", "needs": "money"}))
    first = [link.get_text(strip=True) for link in page.select("section > ol.cards .card__title a")]
    rest = page.select_one("details.more-matches")
    assert first == ranked[:10]
    assert [link.get_text(strip=True) for link in rest.select(".card__title a")] == ranked[10:]
    assert rest.select_one("ol")["start"] == "11"
    assert str(len(ranked) - 10) in rest.select_one("summary").get_text()
    assert not rest.has_attr("open")
