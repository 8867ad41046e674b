"""Every editorial page type, in Russian and English, as a visitor reads it; the news listing and feeds."""

import re
import xml.etree.ElementTree as ET

import pytest

from home.models import (
    ClusterIndexPage,
    ClusterPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    SupportMeasureIndexPage,
    SupportMeasurePage,
)
from taxonomy.models import NewsTopic
from tests.factories import make_measure
from tests.html import card_titles, soup

pytestmark = pytest.mark.django_db

PAGE_MODELS = [
    HomePage,
    SupportMeasureIndexPage,
    SupportMeasurePage,
    ClusterIndexPage,
    ClusterPage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
]
CYRILLIC = re.compile("[\u0400-\u04ff]")
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_page_type_renders_in_its_language(client, demo_site, model, language):
    page = model.objects.filter(locale__language_code=language).live().first()
    response = client.get(page.url)
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == page.title
    assert page.title in html.title.get_text()
    main = html.select_one("main").get_text(" ", strip=True)
    if language == "en":
        assert not CYRILLIC.findall(main), f"Russian text on the English {model.__name__}: {main[:300]}"
    else:
        assert CYRILLIC.search(main)


def test_english_measure_shows_the_russian_measures_facts(client, demo_site):
    russian = SupportMeasurePage.objects.filter(locale__language_code="ru", amount_max__isnull=False).first()
    english = russian.get_translation(demo_site["en"].locale).specific
    assert (english.kind, english.amount_max, english.opens, english.deadline) == (
        russian.kind,
        russian.amount_max,
        russian.opens,
        russian.deadline,
    )
    text = soup(client.get(english.url)).select_one(".facts").get_text(" ", strip=True)
    assert f"{russian.amount_max:,}" in text
    assert english.get_kind_display() in text
    for audience in russian.audiences.all():
        assert audience.name_en in text


def test_home_page_figures_are_counted_from_the_measures(client, demo_site):
    home = demo_site["ru"]

    def figures():
        html = soup(client.get(home.url))
        shown = {
            item.dt.get_text(strip=True): item.dd.get_text(strip=True)
            for item in html.select(".figures__item")
        }
        # Grouped as Russian writes numbers: 29 473, with a non-breaking space.
        assert all(re.fullmatch(r"\d{1,3}(\u00a0\d{3})*", value) for value in shown.values()), shown
        return {label: int(value.replace("\u00a0", "")) for label, value in shown.items()}

    before = figures()
    live = SupportMeasurePage.objects.descendant_of(home).live().count()
    assert before["Меры поддержки"] == live
    make_measure(SupportMeasureIndexPage.objects.child_of(home).get(), "Новая мера")
    assert figures()["Меры поддержки"] == live + 1


def test_news_listing_filters_by_topic_newest_first(client, demo_site):
    index = NewsIndexPage.objects.get(locale__language_code="ru")
    topic = NewsTopic.objects.filter(newspage__locale__language_code="ru").first()
    expected = [
        page.title
        for page in NewsPage.objects.child_of(index).live().filter(topics=topic).order_by("-date", "-pk")
    ]
    response = client.get(f"{index.url}?tag={topic.slug}")
    assert card_titles(response) == expected[:12]
    assert soup(response).h1.get_text(strip=True) == f"{index.title}: {topic.name_ru}"


@pytest.mark.parametrize(
    "query, status", [("tag=nonsense", 200), ("page=abc", 404), ("page=999", 404), ("tag=", 200)]
)
def test_news_listing_answers_bad_addresses_without_failing(client, demo_site, query, status):
    index = NewsIndexPage.objects.get(locale__language_code="ru")
    assert client.get(f"{index.url}?{query}").status_code == status


@pytest.mark.parametrize("language", ["ru", "en"])
def test_news_feed_lists_the_newest_items_in_its_language(client, demo_site, language):
    index = NewsIndexPage.objects.get(locale__language_code=language)
    response = client.get(f"{index.url}feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    entries = feed.findall(f"{ATOM}entry")
    newest = list(NewsPage.objects.child_of(index).live().order_by("-date", "-pk")[:20])
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [page.title for page in newest]
    assert entries[0].find(f"{ATOM}link").get("href") == newest[0].get_full_url()
    assert (
        soup(client.get(index.url)).select_one('link[type="application/atom+xml"]')["href"]
        == f"{index.url}feed/"
    )
