"""The site search as people type: word forms, queries with more words than a page has, support measures
first with their status, and «Возможно, вы имели в виду …» for a typo, on the database engine (run on SQLite
and on PostgreSQL); tests/search/test_page_search_elasticsearch.py asks the same of Elasticsearch."""

from urllib.parse import parse_qs, urlsplit

import pytest

from catalog.models import Premises
from home.models import StandardPage
from search import corrections
from search.matching import required
from search.models import PageDocument
from taxonomy.models import District
from tests.factories import make_entry, measure_index
from tests.html import soup
from tests.search.site_search_pages import found

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("form", ["гранты", "гранта", "грантов", "Грантам"])
def test_every_form_of_a_word_finds_what_the_word_finds(client, measures, form):
    assert found(client, form) == found(client, "грант")
    assert found(client, "грант")["results-measures"]


@pytest.mark.parametrize("form", ["grants", "Granting"])
def test_english_word_forms_on_the_english_site(client, measures, form):
    assert found(client, form, "en") == found(client, "grant", "en")
    assert found(client, "grant", "en") == {"results-measures": ["Startup grant"]}


@pytest.mark.parametrize(
    "text, measure",
    [
        ("грант на стартап", "Грант на развитие стартапа"),
        ("гранты для стартапов", "Грант на развитие стартапа"),
        ("льготный займ", "Льготный заём для производителей"),
        ("grant", "Грант на развитие стартапа"),  # a synonym in the other language
        ("заём для стартапов", "Льготный заём для производителей"),  # the audience, not in its text
    ],
)
def test_everyday_queries_find_the_measure(client, measures, text, measure):
    assert measure in found(client, text)["results-measures"]


def test_a_query_of_three_words_needs_two_of_them(client, measures):
    # «биотехнологии» is on no page: two of three words are enough (search.matching.required).
    assert "Грант на развитие стартапа" in found(client, "грант стартапам биотехнологии")["results-measures"]
    assert found(client, "грант биотехнологии") == {"results-none": []}


def test_measures_come_first_open_before_upcoming_then_other_pages(client, measures):
    groups = found(client, "грант")
    assert list(groups) == ["results-measures", "results-pages"]
    assert groups["results-measures"] == ["Грант на развитие стартапа", "Грантовая поддержка экспорта"]
    assert groups["results-pages"] == ["Гранты города"]


def test_each_measure_shows_its_status(client, measures):
    html = soup(client.get("/ru/search/", {"q": "заём"}))
    result = html.select_one("#results-measures").find_parent("section").li
    status = result.select_one(".status")
    assert "status--closed" in status["class"]
    assert status.get_text(strip=True) == "Приём заявок завершён"


def test_the_page_index_follows_publishing_and_deletion(client, measures):
    page = measures["page"]
    page.title, page.intro = "Субсидии города", "Какие субсидии даёт город."
    page.save_revision().publish()
    assert found(client, "субсидии")["results-pages"] == ["Субсидии города"]
    assert "results-pages" not in found(client, "гранты")
    page.delete()
    assert not PageDocument.objects.filter(page_id=page.pk).exists()


# Corrections


@pytest.fixture
def laboratory(measures, django_capture_on_commit_callbacks):
    district = District.objects.get(slug="arbat")
    with django_capture_on_commit_callbacks(execute=True):
        entry = make_entry(
            Premises,
            english={"title": "Cryogenic laboratory", "owner": "Arbat Technopark", "address": "1 Arbat St"},
            title="Криогенная лаборатория",
            owner="Технопарк «Арбат»",
            address="ул. Арбат, д. 1",
            description="Лаборатория низких температур.",
            okrug=district.okrug,
            district=district,
            kind="laboratory",
            area=80,
            rent=1500,
        )
    corrections.rebuild()
    return entry


def correction_link(html):
    return html.select_one(".correction a")


@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_typo_is_corrected_by_a_link_that_runs_the_corrected_search(client, laboratory, language):
    response = client.get(f"/{language}/search/", {"q": "лабаратория"})
    link = correction_link(soup(response))
    assert link.get_text(strip=True) == "лаборатория"
    assert link["lang"] == "ru"
    assert link.find_parent("section")["aria-labelledby"] == "results-none"
    address = urlsplit(link["href"])
    assert address.path == f"/{language}/search/"
    assert parse_qs(address.query) == {"q": ["лаборатория"]}
    assert "results-premises" in found(client, "лаборатория", language)


def test_the_correction_keeps_the_words_it_knows_and_the_rest_of_the_text(client, laboratory):
    assert corrections.corrected("Криогенная лабаратория!") == "Криогенная лаборатория!"
    assert corrections.corrected("cryogenic laboratry") == "cryogenic laboratory"


def test_a_query_that_finds_enough_or_has_no_near_word_is_not_corrected(client, laboratory):
    assert not correction_link(soup(client.get("/ru/search/", {"q": "лаборатория"})))
    assert corrections.corrected("zzxqv") is None


def test_the_nothing_found_page_offers_the_measure_finder_and_the_catalogs(client, laboratory, homes):
    html = soup(client.get("/ru/search/", {"q": "лабаратория"}))
    links = [link["href"] for link in html.select("#results-none ~ p a, #results-none ~ ul a")]
    assert f"{measure_index(homes['ru']).url}finder/" in links
    assert "/ru/catalog/premises/" in links


def test_an_empty_catalog_listing_offers_the_correction_with_its_filters(client, laboratory):
    response = client.get("/ru/catalog/premises/", {"q": "лабаратория", "kind": "laboratory"})
    link = correction_link(soup(response))
    assert link.get_text(strip=True) == "лаборатория"
    assert parse_qs(urlsplit(link["href"]).query) == {"q": ["лаборатория"], "kind": ["laboratory"]}
    assert "Криогенная лаборатория" in soup(client.get(link["href"])).get_text()


def test_new_words_join_the_vocabulary_when_a_page_is_published(client, laboratory, homes):
    assert corrections.corrected("ферментатор") is None
    page = homes["ru"].add_child(instance=StandardPage(title="Ферментаторы", slug="fermentery"))
    page.save_revision().publish()
    assert corrections.corrected("фирментаторы") == "ферментаторы"


def test_similarity_is_pg_trgm_similarity():
    # SELECT similarity('лабаратория', 'лаборатория') on PostgreSQL: 0.6
    assert corrections.similarity("лабаратория", "лаборатория") == pytest.approx(0.6)
    assert corrections.similarity("грант", "грант") == 1


def test_one_or_two_words_are_all_required_more_words_three_in_four():
    assert [required(n) for n in range(1, 9)] == [1, 2, 2, 3, 3, 4, 5, 6]
