"""With ELASTICSEARCH_URL set, Wagtail's page search runs on the real Elasticsearch server, with the
catalogs' stems and matching rule (search.wagtail_elasticsearch): the site search finds there what the
database's page index finds (tests/search/test_site_search_words.py)."""

import uuid
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import HomePage
from search import site_search
from tests.search.site_search_pages import found

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


@pytest.fixture
def elasticsearch_backend(elasticsearch_url, settings):
    # These tests are about what Elasticsearch finds, not how soon: with the test workers busy beside it, it
    # took longer than a visitor's 1 s once, and the database answered a test that had switched it off.
    settings.CATALOG_SEARCH = {**settings.CATALOG_SEARCH, "TIMEOUT": 10}
    prefix = f"imoscow-test-{uuid.uuid4().hex[:8]}-wagtail-"
    page_search = {**settings.ELASTICSEARCH_PAGE_SEARCH, "INDEX_PREFIX": prefix}
    settings.WAGTAILSEARCH_BACKENDS = {"default": page_search}
    backend = get_search_backend()
    assert type(backend).__module__ == "search.wagtail_elasticsearch"
    yield backend
    backend.es.indices.delete(index=f"{prefix}*", expand_wildcards="all", allow_no_indices=True)


def test_published_pages_are_found_through_elasticsearch(elasticsearch_backend, homes):
    # A rebuild creates the indexes with Wagtail's mappings; later saves update them live.
    call_command("update_index", stdout=StringIO())
    newer = homes["ru"].add_child(instance=HomePage(title="Аэрокосмический кластер", slug="aerokosmos"))
    newer.save_revision().publish()
    elasticsearch_backend.refresh_indexes()

    found = list(HomePage.objects.live().search("innovation"))
    assert found == [homes["en"]]
    assert list(HomePage.objects.live().search("инновации")) == [homes["ru"]]
    assert list(HomePage.objects.live().search("аэрокосмический")) == [newer]
    assert list(HomePage.objects.live().search("биотехнологии")) == []


@pytest.fixture
def indexed_measures(elasticsearch_backend, measures, monkeypatch):
    call_command("update_index", stdout=StringIO())
    elasticsearch_backend.refresh_indexes()
    # The page index of the database must not be what answers.
    monkeypatch.setattr(site_search.page_index, "ranked", None)
    return measures


@pytest.mark.parametrize("form", ["гранты", "гранта", "грантов", "Грантам"])
def test_every_form_of_a_word_finds_what_the_word_finds(client, indexed_measures, form):
    assert found(client, form) == found(client, "грант")
    assert found(client, "грант") == {
        "results-measures": ["Грант на развитие стартапа", "Грантовая поддержка экспорта"],
        "results-pages": ["Гранты города"],
    }


@pytest.mark.parametrize("form", ["grants", "Granting"])
def test_english_word_forms_on_the_english_site(client, indexed_measures, form):
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
def test_everyday_queries_find_the_measure(client, indexed_measures, text, measure):
    assert measure in found(client, text)["results-measures"]


def test_a_query_of_three_words_needs_two_of_them(client, indexed_measures):
    assert "Грант на развитие стартапа" in found(client, "грант стартапам биотехнологии")["results-measures"]
    assert found(client, "грант биотехнологии") == {"results-none": []}


def test_pages_published_before_the_index_existed_are_found_after_rebuild_search_index(
    client, elasticsearch_backend, measures, monkeypatch
):
    """seed_demo publishes its pages before any rebuild: Elasticsearch then makes the index up with its
    dynamic mapping, where the site search's stems find nothing. The rebuild gives it Wagtail's mapping."""
    monkeypatch.setattr(site_search.page_index, "ranked", None)
    elasticsearch_backend.get_index_for_model(Page).refresh()
    assert found(client, "гранты") == {"results-none": []}

    call_command("rebuild_search_index", stdout=StringIO())
    elasticsearch_backend.refresh_indexes()
    assert found(client, "гранты")["results-measures"] == [
        "Грант на развитие стартапа",
        "Грантовая поддержка экспорта",
    ]
