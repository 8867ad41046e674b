"""With ELASTICSEARCH_URL set, Wagtail's page search runs on the real Elasticsearch server."""

import uuid
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from home.models import HomePage

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


@pytest.fixture
def elasticsearch_backend(elasticsearch_url, settings):
    prefix = f"imoscow-test-{uuid.uuid4().hex[:8]}-wagtail-"
    page_search = {**settings.ELASTICSEARCH_PAGE_SEARCH, "INDEX_PREFIX": prefix}
    settings.WAGTAILSEARCH_BACKENDS = {"default": page_search}
    backend = get_search_backend()
    assert type(backend).__module__.endswith(".elasticsearch8")
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
