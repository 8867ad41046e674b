"""The catalog listings on the real Elasticsearch: answers, live updates, rebuilds while the site serves, and
the database answering (with a warning) when Elasticsearch is away or slow."""

import datetime
import logging
import socket
import threading
import uuid
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from elasticsearch import Elasticsearch

from catalog.importing import import_catalog
from catalog.models import Manufacturer, Order, Organization
from catalog.registry import SPECS
from search import breaker, elastic
from search.benchmark_indexing import write_organizations
from search.engines import elasticsearch as elasticsearch_engine
from search.models import SearchBitmap, SearchDocument
from search.query import Query
from taxonomy.models import Capability, OrganizationRole, Region
from tests.factories import make_entry
from tests.html import card_titles, soup

pytestmark = pytest.mark.django_db

ORGANIZATIONS = "/ru/catalog/organizations/"
SPEC = SPECS["organizations"]


def _settings(url: str, timeout: float = 5) -> dict:
    prefix = f"imoscow-test-{uuid.uuid4().hex[:8]}"
    return {"ELASTICSEARCH_URL": url, "INDEX_PREFIX": prefix, "TIMEOUT": timeout, "INDEXING_TIMEOUT": 60}


@pytest.fixture
def on_elasticsearch(elasticsearch_url):
    with override_settings(CATALOG_SEARCH=_settings(elasticsearch_url)):
        yield
        elastic.delete_indexes()


def organization(name: str, description: str = "", roles=("participant",), inn: str = "7700000001"):
    return make_entry(
        Organization,
        english={"name": f"{name} (en)", "description": ""},
        relations={"roles": OrganizationRole.objects.filter(slug__in=roles)},
        name=name,
        description=description,
        inn=inn,
        legal_form="llc",
        region=Region.objects.get(slug="moscow"),
        size="small",
        founded=2015,
    )


@pytest.fixture
def two_organizations(homes, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return [
            organization("Лаборатория композитов", "Углеродные волокна", inn="7700000001"),
            organization("Фабрика дронов", "Беспилотники для города", inn="7700000002"),
        ]


def search(text: str = "", **facets):
    return elasticsearch_engine.search(SPEC, Query(text, {k: tuple(v) for k, v in facets.items()}), "ru")


def test_the_listing_answers_from_elasticsearch(client, on_elasticsearch, two_organizations):
    elastic.rebuild(SPEC)
    # The database engine finds nothing now: the entry listed comes from Elasticsearch.
    SearchDocument.objects.all().delete()
    SearchBitmap.objects.all().delete()
    response = client.get(ORGANIZATIONS, {"q": "лаборатории"})
    assert card_titles(response) == ["Лаборатория композитов"]


def test_drafts_stay_out_of_the_index_until_published(
    on_elasticsearch, two_organizations, django_capture_on_commit_callbacks
):
    """A change waiting for the moderators, and an entry not yet published, are not what visitors find."""
    laboratory, factory = two_organizations
    elastic.rebuild(SPEC)
    with django_capture_on_commit_callbacks(execute=True):
        laboratory.description = "Техническая керамика"
        laboratory.save_revision(clean=False)  # the test INNs skip the check digits
        newcomer = organization("Керамические мембраны", inn="7700000003")
        newcomer.live = False
        newcomer.save()
    elastic.refresh()
    assert search("керамика").ids == search("мембраны").ids == []
    assert search("волокна").ids == [laboratory.pk]

    with django_capture_on_commit_callbacks(execute=True):
        laboratory.latest_revision.publish()
        newcomer.save_revision(clean=False).publish()
    elastic.refresh()
    assert search("керамика").ids == [laboratory.pk]
    assert search("мембраны").ids == [newcomer.pk]

    with django_capture_on_commit_callbacks(execute=True):
        factory.unpublish()
    elastic.refresh()
    assert search("беспилотники").ids == []


def test_saves_deletions_and_relations_reach_the_index_after_commit(
    on_elasticsearch, two_organizations, django_capture_on_commit_callbacks
):
    laboratory, factory = two_organizations
    elastic.rebuild(SPEC)
    with django_capture_on_commit_callbacks(execute=True):
        laboratory.description = "Техническая керамика"
        laboratory.save()
        factory.roles.add(OrganizationRole.objects.get(slug="investor"))
        factory.save()
    elastic.refresh()
    assert search("керамика").ids == [laboratory.pk]
    assert search("волокна").ids == []
    assert search(roles=["investor"]).ids == [factory.pk]

    with django_capture_on_commit_callbacks(execute=True):
        factory.delete()
    elastic.refresh()
    assert search("дроны").ids == []
    assert search().total == 1


def test_an_order_given_another_target_date_is_found_by_its_new_year(
    on_elasticsearch, two_organizations, django_capture_on_commit_callbacks
):
    """The year range reads the target date's year from the indexed document, which a save keeps current."""
    spec = SPECS["orders"]
    with django_capture_on_commit_callbacks(execute=True):
        order = make_entry(
            Order,
            relations={"capabilities": Capability.objects.filter(slug="welding")},
            name="Рамы зарядных станций",
            organization=two_organizations[0],
            batch_size=50,
            target_date=datetime.date(2027, 6, 1),
            region=Region.objects.get(slug="moscow"),
        )
    elastic.rebuild(spec)

    def in_year(year: int) -> list[int]:
        return elasticsearch_engine.search(spec, Query(ranges={"target_year": (year, year)}), "ru").ids

    assert (in_year(2027), in_year(2028)) == ([order.pk], [])
    with django_capture_on_commit_callbacks(execute=True):
        order.target_date = datetime.date(2028, 2, 1)
        order.save()
    elastic.refresh()
    assert (in_year(2027), in_year(2028)) == ([], [order.pk])


def test_an_uncommitted_change_does_not_reach_the_index(on_elasticsearch, two_organizations):
    laboratory = two_organizations[0]
    elastic.rebuild(SPEC)
    laboratory.description = "Техническая керамика"
    laboratory.save()  # the test's transaction never commits
    elastic.refresh()
    assert search("керамика").ids == []


def test_a_rebuild_keeps_answering_and_loses_no_change_made_meanwhile(
    on_elasticsearch, two_organizations, monkeypatch
):
    laboratory, factory = two_organizations
    elastic.rebuild(SPEC)
    original = elastic.entry_documents
    seen_during_rebuild = []

    def documents_changing_meanwhile(spec, pks=None):
        stale = list(original(spec, pks))  # read before the changes below, as a long rebuild would
        if pks is None and spec is SPEC:
            laboratory.description = "Техническая керамика"
            laboratory.save()
            elastic.update(SPEC, [laboratory.pk])
            pk = factory.pk
            factory.delete()
            elastic.update(SPEC, [pk])
            elastic.refresh()
            seen_during_rebuild.append(search("керамика").ids)
        yield from stale

    monkeypatch.setattr(elastic, "entry_documents", documents_changing_meanwhile)
    elastic.rebuild(SPEC)
    monkeypatch.undo()

    assert seen_during_rebuild == [[laboratory.pk]]  # the live index answered during the rebuild
    assert search("керамика").ids == [laboratory.pk]
    assert search("волокна").ids == []
    assert search().ids == [laboratory.pk]
    indexes = elastic.client().indices.get_alias(index=f"{elastic.alias_name(SPEC, 'ru')}-*")
    assert len(indexes) == 1  # the old index is gone


def test_pages_past_the_result_window_say_so_instead_of_failing(
    client, on_elasticsearch, two_organizations, monkeypatch
):
    elastic.rebuild(SPEC)
    monkeypatch.setattr("search.query.RESULT_WINDOW", 1)
    result = elasticsearch_engine.search(SPEC, Query(page=2, per_page=1), "ru")
    assert result.ids == [] and result.total == 2
    response = client.get(ORGANIZATIONS)
    assert response.status_code == 200
    assert "только первые" in soup(response).select_one(".results").get_text()


@pytest.mark.parametrize(
    "query",
    [
        {"founded_min": "abc"},
        {"page": "-1"},
        {"page": "999999"},
        {"roles": "no-such-role"},
        {"q": "л" * 10_000},
        {"q": '"'},
        {"q": "("},
        {"q": "*:*"},
        {"q": "\\"},
        {"q": "лаб AND lab) OR {"},
        {"q": "Лаборатория 🚀🧪"},
    ],
    ids=str,
)
def test_bad_input_gets_a_page_or_a_clear_400_on_elasticsearch(
    client, on_elasticsearch, two_organizations, query
):
    elastic.rebuild(SPEC)
    response = client.get(ORGANIZATIONS, query)
    assert response.status_code in (200, 400)
    assert soup(response).h1.get_text() == "Организации"
    assert breaker._failed_at is None  # Elasticsearch answered every one of them


def test_unreachable_elasticsearch_means_database_answers_and_a_warning(
    client, homes, two_organizations, caplog
):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    with (
        override_settings(CATALOG_SEARCH=_settings(f"http://127.0.0.1:{port}")),
        caplog.at_level(logging.WARNING),
    ):
        response = client.get(ORGANIZATIONS, {"q": "дроны"})
    assert response.status_code == 200
    assert card_titles(response) == ["Фабрика дронов"]
    assert "database engine answers instead" in caplog.text


def test_slow_elasticsearch_times_out_and_is_not_waited_for_again_at_once(
    client, homes, two_organizations, caplog, monkeypatch
):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    accepted = []
    thread = threading.Thread(target=lambda: accepted.append(silent.accept()), daemon=True)
    thread.start()
    real, calls = elasticsearch_engine.search_many, []

    def counted(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(elasticsearch_engine, "search_many", counted)
    url = f"http://127.0.0.1:{silent.getsockname()[1]}"
    try:
        with override_settings(CATALOG_SEARCH=_settings(url, timeout=0.5)), caplog.at_level(logging.WARNING):
            first = client.get(ORGANIZATIONS, {"q": "лаборатория"})
            second = client.get(ORGANIZATIONS, {"q": "дроны"})
    finally:
        silent.close()
    assert card_titles(first) == ["Лаборатория композитов"]
    assert card_titles(second) == ["Фабрика дронов"]
    assert "database engine answers instead" in caplog.text
    assert len(calls) == 1  # the second visitor did not wait for the timeout again


def test_a_catalog_without_an_index_is_answered_by_the_database(
    client, on_elasticsearch, two_organizations, caplog
):
    with caplog.at_level(logging.WARNING):
        response = client.get(ORGANIZATIONS, {"q": "лаборатория"})
    assert card_titles(response) == ["Лаборатория композитов"]
    assert "database engine answers instead" in caplog.text


def test_the_rebuild_command_shows_progress_and_can_run_again(on_elasticsearch, two_organizations):
    for _ in range(2):
        output = StringIO()
        call_command("rebuild_search_index", stdout=output)
    assert "Elasticsearch: organizations" in output.getvalue()
    assert "organizations: 2/2" in output.getvalue()
    assert search("лаборатории").ids == [two_organizations[0].pk]
    for language in ("ru", "en"):
        indexes = elastic.client().indices.get_alias(index=f"{elastic.alias_name(SPEC, language)}-*")
        assert [set(index["aliases"]) for index in indexes.values()] == [{elastic.alias_name(SPEC, language)}]


def test_an_import_reaches_the_index_in_one_bulk_request(
    on_elasticsearch, homes, taxonomies, tmp_path, django_capture_on_commit_callbacks, monkeypatch
):
    elastic.rebuild(SPEC)
    requests = []
    bulk = Elasticsearch.bulk

    def counted(self, *args, **kwargs):
        requests.append(kwargs)
        return bulk(self, *args, **kwargs)

    monkeypatch.setattr(Elasticsearch, "bulk", counted)
    with django_capture_on_commit_callbacks(execute=True):
        import_catalog("organizations", write_organizations(tmp_path, 30))
    elastic.refresh()

    assert len(requests) == 1
    assert search("роботов").total == 30
    assert search("robots").total == 30


def test_a_change_to_a_row_a_document_reads_reaches_the_index(
    on_elasticsearch, two_organizations, django_capture_on_commit_callbacks
):
    """A manufacturer sorts by its organization's name: renaming the organization reorders manufacturers."""
    spec = SPECS["manufacturers"]
    laboratory, factory = two_organizations
    fields = {"batch_min": 1, "batch_max": 100, "lead_time_days": 30, "description": "Фрезеровка"}
    with django_capture_on_commit_callbacks(execute=True):
        made = [make_entry(Manufacturer, organization=owner, **fields).pk for owner in (laboratory, factory)]
    elastic.rebuild(spec)

    def by_name():
        return elasticsearch_engine.search(spec, Query(sort="name"), "ru").ids

    assert by_name() == made  # Лаборатория…, Фабрика…
    with django_capture_on_commit_callbacks(execute=True):
        laboratory.name = "Цех композитов"
        laboratory.save()
    elastic.refresh()
    assert by_name() == made[::-1]
