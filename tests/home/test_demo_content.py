"""Invariants of the demo content that seed_demo loads: counts, vocabularies, dates, languages."""

import ast
import dataclasses
import datetime
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from home.demo import content

TODAY = datetime.date(2026, 11, 25)
OTHER_DAY = datetime.date(2025, 2, 28)
DAYS = [TODAY, OTHER_DAY]

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
PHONE = re.compile(r"^\+7 \d{3} \d{3}-\d{2}-\d{2}$")
EMAIL = re.compile(r"^[a-z0-9.-]+@[a-z0-9.-]+\.example$")


def _status(measure, today):
    if measure.opens and today < measure.opens:
        return "upcoming"
    if measure.deadline and today > measure.deadline:
        return "closed"
    return "open"


def _texts(value):
    """Every Text inside a piece of content, however deeply nested."""
    if isinstance(value, content.Text):
        yield value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _texts(getattr(value, field.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


def _everything(today):
    return [
        content.MEASURES_INDEX,
        content.CLUSTERS_INDEX,
        content.NEWS_INDEX,
        *content.STANDARD_PAGES,
        *content.measures(today),
        content.announced_measure(today).measure,
        *content.clusters(),
        *content.news(today),
    ]


def _segments(page):
    """The translatable strings of one page, as seed_demo hands them to the translation."""
    if isinstance(page, content.MeasureData):
        return [
            page.title,
            page.summary,
            *page.eligibility,
            *page.documents,
            *page.how_to_apply,
            page.operator,
            page.legal_basis,
        ]
    if isinstance(page, content.ClusterData):
        return [page.title, page.summary, *page.description, *page.goals, page.coordinator]
    if isinstance(page, content.NewsData):
        return [page.title, page.lead, *(section.text for section in page.body)]
    if isinstance(page, content.StandardPageData):
        return [page.title, page.intro, *(section.text for section in page.body)]
    return [page.title, page.intro]


def test_counts():
    assert len(content.measures(TODAY)) == 200
    assert len(content.clusters()) == 12
    assert len(content.news(TODAY)) == 60
    assert len(content.STANDARD_PAGES) == 4


def test_listing_and_standard_page_slugs():
    assert content.MEASURES_INDEX.slug == "support-measures"
    assert content.CLUSTERS_INDEX.slug == "clusters"
    assert content.NEWS_INDEX.slug == "news"
    assert [page.slug for page in content.STANDARD_PAGES] == ["about", "contacts", "privacy", "accessibility"]


@pytest.mark.parametrize("pages", ["measures", "clusters", "news"])
def test_slugs_and_titles_are_well_formed_and_unique(pages):
    items = content.clusters() if pages == "clusters" else getattr(content, pages)(TODAY)
    slugs = [item.slug for item in items]
    assert len(set(slugs)) == len(slugs)
    assert all(SLUG.match(slug) and len(slug) <= 80 for slug in slugs), slugs
    for language in ("ru", "en"):
        titles = [getattr(item.title, language) for item in items]
        assert len(set(titles)) == len(titles), Counter(titles).most_common(3)
        assert all(0 < len(title) <= 200 for title in titles)


def test_slugs_do_not_depend_on_today():
    assert [m.slug for m in content.measures(TODAY)] == [m.slug for m in content.measures(OTHER_DAY)]
    assert sorted(n.slug for n in content.news(TODAY)) == sorted(n.slug for n in content.news(OTHER_DAY))


def test_same_day_gives_identical_content():
    assert content.measures(TODAY) == content.measures(TODAY)
    assert content.news(TODAY) == content.news(TODAY)
    assert content.clusters() == content.clusters()


def test_another_day_shifts_the_dates_and_keeps_the_text():
    shift = TODAY - OTHER_DAY
    for now, before in zip(content.measures(TODAY), content.measures(OTHER_DAY), strict=True):
        assert now.title == before.title and now.eligibility == before.eligibility
        assert (now.opens is None) == (before.opens is None)
        assert now.deadline is None or now.deadline - before.deadline == shift


def test_measures_use_the_vocabularies():
    for measure in content.measures(TODAY):
        assert measure.kind in content.KINDS
        assert 1 <= len(measure.audiences) <= 4
        assert len(set(measure.audiences)) == len(measure.audiences)
        assert set(measure.audiences) <= set(content.AUDIENCES)
        assert len(measure.industries) <= 3
        assert len(set(measure.industries)) == len(measure.industries)
        assert set(measure.industries) <= set(content.INDUSTRIES)
        assert measure.currency in {"RUB", "USD", "EUR"}
        assert 2 <= len(measure.eligibility) <= 5
        assert 2 <= len(measure.documents) <= 6
        assert 1 <= len(measure.how_to_apply) <= 3
        assert measure.operator.ru and measure.operator.en
        assert EMAIL.match(measure.contact_email), measure.contact_email
        assert PHONE.match(measure.contact_phone), measure.contact_phone


def test_every_kind_audience_and_industry_is_well_represented():
    measures = content.measures(TODAY)
    kinds = Counter(m.kind for m in measures)
    audiences = Counter(a for m in measures for a in m.audiences)
    industries = Counter(i for m in measures for i in m.industries)
    assert all(kinds[kind] >= 8 for kind in content.KINDS), kinds
    assert all(audiences[audience] >= 10 for audience in content.AUDIENCES), audiences
    assert all(industries[industry] >= 3 for industry in content.INDUSTRIES), industries
    open_to_all = sum(1 for m in measures if not m.industries)
    assert 50 <= open_to_all <= 100


def test_measures_are_many_programmes_from_many_operators():
    """A catalogue of real support, not one programme in many copies: titles name the programme first."""
    measures = content.measures(TODAY)
    programmes = Counter(measure.title.ru.split(":")[0] for measure in measures)
    assert len(programmes) >= 45 and max(programmes.values()) <= 8, programmes.most_common(3)
    assert len({measure.operator for measure in measures}) >= 15
    assert len({(measure.amount_min, measure.amount_max) for measure in measures}) >= 40
    assert len({measure.audiences for measure in measures}) >= 20


@pytest.mark.parametrize("today", DAYS)
def test_status_mix_and_window_edges(today):
    measures = content.measures(today)
    statuses = Counter(_status(m, today) for m in measures)
    assert 75 <= statuses["open"] <= 105, statuses
    assert 35 <= statuses["upcoming"] <= 65, statuses
    assert 45 <= statuses["closed"] <= 75, statuses
    yesterday, tomorrow = today - datetime.timedelta(days=1), today + datetime.timedelta(days=1)
    assert any(m.deadline == today for m in measures)
    assert any(m.opens == today for m in measures)
    assert any(m.deadline == yesterday for m in measures)
    assert any(m.opens == tomorrow for m in measures)
    all_year = [m for m in measures if m.deadline is None]
    assert len(all_year) >= 5
    assert all(_status(m, today) == "open" for m in all_year)


@pytest.mark.parametrize("today", DAYS)
def test_opening_dates_precede_deadlines(today):
    for measure in content.measures(today):
        if measure.opens and measure.deadline:
            assert measure.opens <= measure.deadline, measure.slug


def test_amounts_are_sensible():
    measures = content.measures(TODAY)
    for measure in measures:
        for amount in (measure.amount_min, measure.amount_max):
            assert amount is None or (isinstance(amount, int) and amount > 0)
        if measure.amount_min is not None and measure.amount_max is not None:
            assert measure.amount_min <= measure.amount_max, measure.slug
        if measure.kind == "consultation":
            assert measure.amount_min is None and measure.amount_max is None
        if measure.kind == "grant":
            assert measure.amount_max <= 100_000_000
    foreign = [m for m in measures if m.currency != "RUB"]
    assert 1 <= len(foreign) <= 10
    assert all(m.kind == "export_support" for m in foreign)


@pytest.mark.parametrize("today", DAYS)
def test_news_dates_topics_and_bodies(today):
    items = content.news(today)
    dates = [item.date for item in items]
    assert all(today - datetime.timedelta(days=200) <= date <= today for date in dates)
    assert len(set(dates)) < len(dates), "some news items should share a day"
    assert max(dates) - min(dates) >= datetime.timedelta(days=150), "dates should spread over the period"
    for item in items:
        assert 1 <= len(item.topics) <= 3 and len(set(item.topics)) == len(item.topics)
        assert set(item.topics) <= set(content.NEWS_TOPICS)
        assert 2 <= len(item.body) <= 5
        assert {section.kind for section in item.body} <= {"heading", "paragraph"}
        assert sum(section.kind == "heading" for section in item.body) <= 1
    topics = Counter(topic for item in items for topic in item.topics)
    assert all(topics[topic] >= 3 for topic in content.NEWS_TOPICS), topics


def test_clusters_cover_distinct_industries():
    clusters = content.clusters()
    industries = [cluster.industry for cluster in clusters]
    assert len(set(industries)) == 12
    assert set(industries) <= set(content.INDUSTRIES)
    for cluster in clusters:
        assert 2 <= len(cluster.description) <= 3
        assert 3 <= len(cluster.goals) <= 5
        assert EMAIL.match(cluster.contact_email)
        assert PHONE.match(cluster.contact_phone)


def test_standard_pages_have_headed_bodies_and_their_required_subjects():
    for page in content.STANDARD_PAGES:
        assert 3 <= len(page.body) <= 8, page.slug
        assert any(section.kind == "heading" for section in page.body), page.slug
        assert {section.kind for section in page.body} <= {"heading", "paragraph"}
    pages = {page.slug: " ".join(section.text.ru for section in page.body) for page in content.STANDARD_PAGES}
    assert "152-ФЗ" in pages["privacy"]
    assert "WCAG 2.2" in pages["accessibility"] and "ГОСТ Р 52872-2019" in pages["accessibility"]
    assert "+7 495" in pages["contacts"] and "@" in pages["contacts"]


@pytest.mark.parametrize("today", DAYS)
def test_russian_is_cyrillic_and_english_is_not(today):
    texts = [text for page in _everything(today) for text in _texts(page)]
    assert len(texts) > 2000
    for text in texts:
        assert bool(text.ru) == bool(text.en), text
        if not text.ru:
            continue
        assert CYRILLIC.search(text.ru), text.ru
        assert not CYRILLIC.search(text.en), text.en
        assert "«" not in text.en and "»" not in text.en and "№" not in text.en, text.en
        assert text.ru != text.en
        for value in (text.ru, text.en):
            assert value == value.strip() and "  " not in value and "<" not in value and ">" not in value


def test_each_page_translates_every_russian_string_one_way():
    """seed_demo maps Russian to English per page, so a repeated Russian string would lose a translation."""
    for page in _everything(TODAY):
        segments = [text for text in _segments(page) if text.ru]
        russian = [text.ru for text in segments]
        assert len(set(russian)) == len(russian), (page.slug, Counter(russian).most_common(1))


def test_content_module_imports_only_the_standard_library():
    tree = ast.parse(Path(content.__file__).read_text(encoding="utf-8"))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            modules.add(node.module.split(".")[0])
    assert modules and modules <= sys.stdlib_module_names, modules


# Features the site does not have (issue 17): demo texts describing them mislead visitors, who look for
# an events section, a calendar of selection rounds with subscriptions and reminders, newsletters, a mobile
# app, a chat or an account on this platform. Applicants follow an application by the emailed status link. An
# operator's own account on its own website ("личный кабинет на сайте фонда") is real and may be mentioned.
PROMISES_OF_MISSING_FEATURES = [
    r"раздел\w* «Мероприятия»",
    r"events section",
    r"календар\w* отбор",
    r"selection calendar",
    r"напомина\w* о (дедлайн|срок)",
    r"deadline reminder",
    r"подписк|подписаться|subscri",
    r"рассылк|newsletter",
    r"личн\w+ кабинет(?!\w* на сайте)",
    r"(?<!on the fund's website)personal account(?! on the (fund's )?website)",
    r"resident account|member account|own account",
    r"при регистрации|when registering|регистрац\w* на платформе",
    r"мобильн\w+ приложени|mobile app",
    r"\bчат\b|чат-бот|\bchat",
]


@pytest.mark.parametrize("pattern", PROMISES_OF_MISSING_FEATURES)
def test_texts_promise_only_what_the_site_does(pattern):
    found = [
        value
        for page in _everything(TODAY)
        for text in _texts(page)
        for value in (text.ru, text.en)
        if value and re.search(pattern, value, re.IGNORECASE)
    ]
    assert found == []


def test_texts_name_what_the_site_does():
    """The pages about the platform describe its real services: online applications with a status link."""
    pages = {page.slug: " ".join(section.text.en for section in page.body) for page in content.STANDARD_PAGES}
    assert "online applications" in pages["about"] and "no user accounts" in pages["about"]
    assert "application for a support measure" in pages["privacy"]
    assert "no user accounts" in pages["privacy"]
    assert "only emails sent concern your application" in pages["privacy"]
