"""A silent Elasticsearch (a socket that accepts and never answers) costs one short timeout, then nothing for
a while: the site search's pages, the catalogs' live updates and Wagtail's page indexing all go through the
catalogs' breaker. What they miss is answered by the database, or left for the rebuild commands."""

import socket
import threading

import pytest
from django.test import override_settings
from wagtail.models import Page

from catalog.models import Organization
from home.models import StandardPage
from search import breaker, elastic
from search.wagtail_elasticsearch import SearchBackend
from taxonomy.models import OrganizationRole, Region
from tests.factories import make_entry
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def silent_elasticsearch():
    """The address of a server that accepts every connection and never answers; counts the connections."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    connections = []

    def accept():
        while True:
            try:
                connections.append(server.accept()[0])
            except OSError:  # closed at the end of the test
                return

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", connections
    server.close()
    for connection in connections:
        connection.close()


def silent_settings(url: str, catalogs: bool = True) -> dict:
    """Pages (Wagtail's backend) and, with `catalogs`, the catalogs on the silent server."""
    return {
        "WAGTAILSEARCH_BACKENDS": {
            "default": {"BACKEND": "search.wagtail_elasticsearch", "URLS": [url], "TIMEOUT": 30}
        },
        "CATALOG_SEARCH": {
            "ELASTICSEARCH_URL": url,
            "INDEX_PREFIX": "silent",
            "TIMEOUT": 0.5,
            "INDEXING_TIMEOUT": 60,
        },
    }


def calls_of(monkeypatch, owner, name: str) -> list:
    real, calls = getattr(owner, name), []

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_the_site_search_waits_for_a_silent_elasticsearch_once(
    client, homes, silent_elasticsearch, monkeypatch
):
    url, connections = silent_elasticsearch
    parent = homes["ru"]
    parent.add_child(
        instance=StandardPage(title="Криогенные лаборатории", slug="cryo")
    ).save_revision().publish()
    asked = calls_of(monkeypatch, SearchBackend, "ranked_ids")
    with override_settings(**silent_settings(url, catalogs=False)):
        first = client.get("/ru/search/", {"q": "криогенные"})
        second = client.get("/ru/search/", {"q": "криогенные"})
    for response in (first, second):
        assert response.status_code == 200
        assert "Криогенные лаборатории" in soup(response).main.get_text()
    assert len(asked) == len(connections) == 1  # the second visitor's pages came from the database at once


def test_an_editors_saves_wait_for_a_silent_elasticsearch_once(
    homes, taxonomies, silent_elasticsearch, monkeypatch, django_capture_on_commit_callbacks
):
    url, _connections = silent_elasticsearch
    updates = calls_of(monkeypatch, elastic, "update")
    with override_settings(**silent_settings(url)):
        for name, inn in (("Криогеника", "7707083893"), ("Сверхпроводники", "7736207543")):
            with django_capture_on_commit_callbacks(execute=True):
                make_entry(
                    Organization,
                    relations={"roles": OrganizationRole.objects.filter(slug="participant")},
                    name=name,
                    inn=inn,
                    legal_form="llc",
                    region=Region.objects.get(slug="moscow"),
                    size="small",
                )
    assert len(updates) == 1
    assert not breaker.available()
    # The database engine's documents are current all the same.
    assert Organization.objects.filter(name="Сверхпроводники").exists()


def test_wagtail_page_indexing_waits_for_a_silent_elasticsearch_once(
    homes, silent_elasticsearch, monkeypatch
):
    url, connections = silent_elasticsearch
    live_updates = calls_of(monkeypatch, SearchBackend, "_live_update")
    with override_settings(**silent_settings(url)):
        for title in ("Грант на пилотные испытания", "Льготный заём"):
            page = homes["ru"].add_child(
                instance=StandardPage(title=title, slug=f"page-{Page.objects.count()}")
            )
            page.save_revision().publish()
    assert len(live_updates) >= 2  # both publications tried to index their page
    assert len(connections) == 1  # only the first one went to Elasticsearch and waited
