"""The site-wide search (/<lang>/search/): pages and each catalog in groups, counted against Wagtail's page
search and the catalog engine themselves; its suggestions endpoint; bad input answered without a 500."""

import logging
import re
import socket
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import translation
from wagtail.models import Locale, Page

from catalog.models import Organization, Premises
from catalog.registry import SPECS
from home.models import StandardPage, SupportMeasurePage
from search import engines, page_index
from search.matching import analyse
from search.query import Query
from taxonomy.models import District, Region
from tests.factories import make_entry
from tests.html import soup, title

pytestmark = pytest.mark.django_db

RESULTS = "/{language}/search/"
SUGGEST = "/{language}/search/suggest/"


def publish(parent, title: str, **fields) -> StandardPage:
    page = parent.add_child(instance=StandardPage(title=title, slug=f"page-{Page.objects.count()}", **fields))
    page.save_revision().publish()
    return page


@pytest.fixture
def site(demo_site, django_capture_on_commit_callbacks):
    """The small demo, plus a laboratory with a Russian and an English name and a page in each language."""
    district = District.objects.get(slug="arbat")
    with django_capture_on_commit_callbacks(execute=True):
        laboratory = make_entry(
            Premises,
            english={"title": "Cryogenic laboratory", "owner": "Arbat Technopark", "address": "1 Arbat St"},
            title="Криогенная лаборатория",
            owner="Технопарк «Арбат»",
            address="ул. Арбат, д. 1",
            description="Лаборатория низких температур для испытаний материалов.",
            okrug=district.okrug,
            district=district,
            kind="laboratory",
            area=80,
            rent=1500,
        )
    ru_page = publish(
        demo_site["ru"],
        "Криогенные исследования",
        intro="Как арендовать лабораторию в технопарке.",
        search_description="Аренда криогенной лаборатории.",
    )
    en_page = publish(demo_site["en"], "Cryogenic research", intro="How to rent a laboratory.")
    return {"laboratory": laboratory, "ru": ru_page, "en": en_page}


def groups(response) -> dict[str, list[str]]:
    """Each result group's heading id and the addresses of its results, in the order shown."""
    return {
        section.h2["id"]: [link["href"] for link in section.select(".search-result__title a")]
        for section in soup(response).select("main section")
    }


def expected_totals(text: str, language: str) -> dict[str, int]:
    """What the page index and the catalog engine find, per group, as the page should show them."""
    with translation.override(language):
        pages = Page.objects.live().public().filter(locale=Locale.get_active(), depth__gt=1)
        analysis = analyse(text)
        totals = {
            "results-measures": len(page_index.ranked(pages.type(SupportMeasurePage), analysis)),
            "results-pages": len(page_index.ranked(pages.not_type(SupportMeasurePage), analysis)),
        }
        for segment, spec in SPECS.items():
            totals[f"results-{segment}"] = engines.search(spec, Query(text=text), language).total
    return {group: total for group, total in totals.items() if total}


def shown_totals(response) -> dict[str, int]:
    return {
        section.h2["id"]: int(re.search(r"\((\d+)\)$", section.h2.get_text(strip=True)).group(1))
        for section in soup(response).select("main section")
    }


@pytest.mark.parametrize(
    "language, text, name",
    [("ru", "криогенные", "Криогенная лаборатория"), ("en", "cryogenic", "Cryogenic laboratory")],
)
def test_each_catalog_then_pages_in_groups_counted_as_their_engines_count(client, site, language, text, name):
    response = client.get(RESULTS.format(language=language), {"q": text})
    assert response.status_code == 200
    found = groups(response)
    assert list(found)[-1] == "results-pages"
    assert found["results-pages"] == [site[language].url]
    assert shown_totals(response) == expected_totals(text, language)
    premises = soup(response).select_one("#results-premises").find_parent("section")
    assert name in [link.get_text(strip=True) for link in premises.select(".search-result__title a")]
    assert site["laboratory"].get_absolute_url().replace("/ru/", f"/{language}/") in found["results-premises"]


def test_each_language_finds_its_own_pages_only(client, site):
    def found(language: str, text: str) -> set[str]:
        html = soup(client.get(RESULTS.format(language=language), {"q": text}))
        return {link["href"] for link in html.select("main section .search-result__title a")}

    assert site["en"].url not in found("ru", "cryogenic")
    assert site["ru"].url not in found("en", "криогенные")


def test_a_page_shows_its_address_and_search_description(client, site):
    html = soup(client.get("/ru/search/", {"q": "криогенные"}))
    result = html.select_one("#results-pages").find_parent("section").li
    assert result.select_one(".search-result__url").get_text() == site["ru"].url
    assert "Аренда криогенной лаборатории." in result.get_text()


@pytest.mark.parametrize("text", ["лаборатории", "Лабораторию", "laboratories"])
def test_catalog_text_is_stemmed_in_either_language(client, site, text):
    found = groups(client.get("/ru/search/", {"q": text}))
    assert site["laboratory"].get_absolute_url() in found["results-premises"]


def test_at_most_five_entries_per_catalog_and_a_link_to_its_listing_with_the_same_words(client, site):
    response = client.get("/ru/search/", {"q": "лаборатория"})
    for group, total in shown_totals(response).items():
        if group in {"results-measures", "results-pages"}:
            continue
        section = soup(response).select_one(f"#{group}").find_parent("section")
        assert 0 < len(section.select(".search-result__title a")) <= min(total, 5)
        link = section.select("a")[-1]
        address = urlsplit(link["href"])
        assert address.path == f"/ru/catalog/{group.removeprefix('results-')}/"
        assert parse_qs(address.query) == {"q": ["лаборатория"]}
        assert str(total) in link.get_text()
        listing = soup(client.get(link["href"]))
        heading = listing.select_one("#results-title").get_text()
        assert str(total) in heading.replace("\xa0", "").replace(",", "")  # grouped: 1 900, 1,900


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_title_states_the_query_and_the_number_of_results(client, site, language):
    response = client.get(RESULTS.format(language=language), {"q": "лаборатория"})
    total = sum(expected_totals("лаборатория", language).values())
    assert total > 5
    assert "лаборатория" in title(response)
    assert re.search(rf"\b{total}\b", title(response))


def test_one_h1_and_every_group_a_list_under_an_h2_with_an_id(client, site):
    html = soup(client.get("/ru/search/", {"q": "криогенные"}))
    assert len(html.select("h1")) == 1
    for section in html.select("main section"):
        assert section["aria-labelledby"] == section.h2["id"]
        assert section.select("ul > li h3 a")


@pytest.mark.parametrize("query", [{}, {"q": ""}, {"q": "   "}])
def test_without_words_only_the_form_is_shown(client, site, query):
    response = client.get("/ru/search/", query)
    assert response.status_code == 200
    html = soup(response)
    assert html.select_one("main form input#id_q[name=q]")
    assert html.select("main section") == []


@pytest.mark.parametrize("language", ["ru", "en"])
def test_nothing_found_suggests_checking_the_spelling_and_browsing_the_catalogs(client, site, language):
    response = client.get(RESULTS.format(language=language), {"q": "zzxqv"})
    assert response.status_code == 200
    assert list(groups(response)) == ["results-none"]
    assert re.search(r"\b0\b", title(response))
    links = [link["href"] for link in soup(response).select("#results-none ~ ul a")]
    assert links == [f"/{language}/catalog/{segment}/" for segment in SPECS]


@pytest.mark.parametrize(
    "text", ['"', "(", "*:*", "\\", "лабoratory", "🚀 лаборатория", "🚀", "and or not", "лаборатория)"]
)
def test_query_syntax_mixed_scripts_and_emoji_answer_normally(client, site, text):
    response = client.get("/ru/search/", {"q": text})
    assert response.status_code == 200
    assert not soup(response).select_one(".error-summary")
    assert soup(response).select_one("#id_q")["value"] == text


@pytest.mark.parametrize("text", ['"', "*:*", "🚀", "и"])
def test_a_query_without_a_word_to_look_for_lists_no_catalog(client, site, text):
    assert set(groups(client.get("/ru/search/", {"q": text}))) <= {
        "results-measures",
        "results-pages",
        "results-none",
    }


@pytest.mark.parametrize("text", ["лаборатория " * 20, "x" * 201, "a\x00b"])
def test_a_bad_query_is_explained_in_the_error_summary_and_kept(client, site, text):
    response = client.get("/ru/search/", {"q": text})
    assert response.status_code == 200
    html = soup(response)
    assert html.select_one(".error-summary a")["href"] == "#id_q"
    assert html.select_one("#id_q")["aria-invalid"] == "true"
    assert html.select("main section") == []


def test_a_long_query_is_kept_in_the_field(client, site):
    text = "лаборатория " * 20
    assert soup(client.get("/ru/search/", {"q": text})).select_one("#id_q")["value"] == text


def test_every_page_has_the_search_form_in_its_header(client, site):
    for path in ("/ru/", "/en/", "/ru/catalog/organizations/", site["en"].url, "/ru/no-such-page/"):
        html = soup(client.get(path))
        form = html.select_one('header form[role="search"]')
        language = path[1:3]
        assert form["action"] == f"/{language}/search/" and form["method"] == "get", path
        field = form.select_one('input[type="search"][name="q"]')
        assert html.select_one(f'label[for="{field["id"]}"]').get_text(strip=True), path
        assert form["data-suggest-url"] == f"/{language}/search/suggest/"


# Suggestions


def suggest(client, language: str, text: str):
    response = client.get(SUGGEST.format(language=language), {"q": text})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


@pytest.fixture
def organizations(demo_site):
    """Names that start with the word, have it later, have it inside another word; one untranslated."""
    region = Region.objects.get(slug="moscow")
    fields = {"legal_form": "llc", "size": "small", "region": region}
    return {
        "start": make_entry(
            Organization, {"name": "Quartzline LLC"}, name="Кварцлайн", inn="7707083893", **fields
        ),
        "word": make_entry(
            Organization,
            {"name": "Prime Quartz Labs LLC"},
            name="ООО «Кварцевые лаборатории»",
            inn="7736207543",
            **fields,
        ),
        "inside": make_entry(
            Organization, {"name": "Antiquartz LLC"}, name="Антикварц", inn="7702070139", **fields
        ),
        "untranslated": make_entry(Organization, name="Кварцтех", inn="7710140679", **fields),
    }


def test_suggestions_are_names_that_start_with_the_text_before_names_with_a_word_that_does(
    client, organizations
):
    answer = suggest(client, "ru", "кварц")
    assert answer["query"] == "кварц"
    labels = [item["label"] for item in answer["suggestions"]]
    assert labels == ["Кварцлайн", "Кварцтех", "ООО «Кварцевые лаборатории»"]
    assert {item["kind"] for item in answer["suggestions"]} == {"organizations"}
    assert answer["suggestions"][0]["url"] == organizations["start"].get_absolute_url()


@pytest.mark.parametrize("text", ["КВАРЦ", "Кварц", "кВаРц"])
def test_suggestions_ignore_letter_case_in_any_script(client, organizations, text):
    assert "Кварцлайн" in [item["label"] for item in suggest(client, "ru", text)["suggestions"]]


def test_suggestions_are_in_the_readers_language_and_link_to_its_pages(client, organizations):
    answer = suggest(client, "en", "quartz")
    assert [item["label"] for item in answer["suggestions"]] == ["Quartzline LLC", "Prime Quartz Labs LLC"]
    with translation.override("en"):
        assert answer["suggestions"][0]["url"] == organizations["start"].get_absolute_url()
    assert answer["suggestions"][0]["url"].startswith("/en/catalog/organizations/")
    assert suggest(client, "ru", "quartz")["suggestions"] == []


def test_an_untranslated_entry_is_suggested_by_the_name_every_reader_sees(client, organizations):
    labels = [item["label"] for item in suggest(client, "en", "кварц")["suggestions"]]
    assert labels == ["Кварцтех"]


def test_page_titles_are_suggested_in_the_readers_language(client, site):
    ru = suggest(client, "ru", "криогенные")["suggestions"]
    assert {"label": "Криогенные исследования", "url": site["ru"].url, "kind": "page"} in ru
    assert all(item["label"] != "Cryogenic research" for item in ru)
    en = suggest(client, "en", "cryo")["suggestions"]
    assert en[0] == {"label": "Cryogenic research", "url": site["en"].url, "kind": "page"}
    assert {
        "label": "Cryogenic laboratory",
        "url": site["laboratory"].get_absolute_url().replace("/ru/", "/en/"),
        "kind": "premises",
    } in en


def test_at_most_ten_suggestions(client, demo_site):
    assert Organization.objects.filter(locale__language_code="ru", name__startswith="ООО").count() > 10
    assert len(suggest(client, "ru", "ооо")["suggestions"]) == 10


@pytest.mark.parametrize("text", ["", "к", " к "])
def test_less_than_two_letters_suggest_nothing(client, organizations, text):
    assert suggest(client, "ru", text) == {
        "query": text.strip(),
        "suggestions": [],
        "announcement": "Нет подсказок",
    }


@pytest.mark.parametrize("text", ['"', "(", "*:*", "\\", "%", "_", "к%", "🚀🚀", "кварц лайн"])
def test_suggestions_take_any_text_literally(client, organizations, text):
    assert suggest(client, "ru", text)["suggestions"] == []


@pytest.mark.parametrize("text", ["к" * 201, "кв\x00арц"])
def test_a_long_or_broken_text_is_a_bad_request_explained_in_json(client, demo_site, text):
    response = client.get("/ru/search/suggest/", {"q": text})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == {"error"} and response.json()["error"]


@pytest.mark.parametrize(
    "language, text, stem",
    [("ru", "роботы", "робот"), ("ru", "Лаборатории", "лаборатор"), ("en", "Systems", "system")],
)
def test_a_word_form_suggests_what_its_stem_does(client, demo_site, language, text, stem):
    answer = suggest(client, language, text)["suggestions"]
    assert answer and answer == suggest(client, language, stem)["suggestions"]


def test_the_number_of_suggestions_is_announced_in_the_readers_language(client, organizations):
    assert suggest(client, "ru", "кварц")["announcement"] == "3 подсказки"
    assert suggest(client, "en", "quartz")["announcement"] == "2 suggestions"


def test_suggestions_may_be_cached_for_a_minute(client, organizations):
    response = client.get("/ru/search/suggest/", {"q": "кварц"})
    assert "max-age=60" in response["Cache-Control"]


def test_pages_are_found_in_the_database_index_when_elasticsearch_is_away(client, site, settings, caplog):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    away = {"BACKEND": "search.wagtail_elasticsearch", "URLS": [closed], "TIMEOUT": 1}
    settings.WAGTAILSEARCH_BACKENDS = {"default": away}
    with caplog.at_level(logging.WARNING):
        response = client.get(RESULTS.format(language="ru"), {"q": "криогенные"})
    assert response.status_code == 200
    assert groups(response)["results-pages"] == [site["ru"].url]
    assert "database page index answers instead" in caplog.text
