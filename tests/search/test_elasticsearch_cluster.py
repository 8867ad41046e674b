"""Elasticsearch as a cluster: several nodes in ELASTICSEARCH_URL, the shards and replicas of every index from
the environment. A node that is down costs nothing (the request goes to the next node); a silent one still
costs one timeout, not one per node. A real three-node cluster: scripts/fault-test-elasticsearch."""

import socket
import time
import uuid
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from elastic_transport import ConnectionTimeout
from wagtail.models import Page

from catalog.models import Organization
from catalog.registry import SPECS
from search import elastic
from search.engines import elasticsearch as elasticsearch_engine
from search.query import Query
from search.wagtail_elasticsearch import SearchBackend
from taxonomy.models import OrganizationRole, Region
from tests.django_process import evaluate
from tests.factories import make_entry

SPEC = SPECS["organizations"]
SETTINGS = """
from django.conf import settings
result = {
    "pages": settings.WAGTAILSEARCH_BACKENDS["default"],
    "catalogs": settings.CATALOG_SEARCH["ELASTICSEARCH_URL"],
    "index": settings.ELASTICSEARCH_INDEX_SETTINGS,
}
"""


def test_shards_replicas_and_the_nodes_come_from_the_environment():
    summary = evaluate(
        SETTINGS,
        ELASTICSEARCH_URL="http://127.0.0.1:9201, http://127.0.0.1:9202,http://127.0.0.1:9203",
        ELASTICSEARCH_SHARDS="3",
        ELASTICSEARCH_REPLICAS="1",
    )
    nodes = ["http://127.0.0.1:9201", "http://127.0.0.1:9202", "http://127.0.0.1:9203"]
    assert summary["pages"]["URLS"] == nodes
    assert elastic.hosts(summary["catalogs"]) == nodes
    assert summary["index"] == {"number_of_shards": 3, "number_of_replicas": 1}
    assert summary["pages"]["INDEX_SETTINGS"] == {"settings": {"index": summary["index"]}}


def test_one_shard_and_no_replica_by_default():
    summary = evaluate(
        SETTINGS,
        ELASTICSEARCH_URL="http://127.0.0.1:9200",
        ELASTICSEARCH_SHARDS="",
        ELASTICSEARCH_REPLICAS="",
    )
    assert summary["pages"]["URLS"] == ["http://127.0.0.1:9200"]
    assert summary["index"] == {"number_of_shards": 1, "number_of_replicas": 0}


def closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


@pytest.fixture
def silent_nodes():
    """Two servers that accept connections (the kernel does, into the backlog) and never answer."""
    servers = [socket.socket() for _ in range(2)]
    for server in servers:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
    yield ",".join(f"http://127.0.0.1:{server.getsockname()[1]}" for server in servers)
    for server in servers:
        server.close()


def catalog_settings(url: str, timeout: float = 5) -> dict:
    prefix = f"imoscow-test-{uuid.uuid4().hex[:8]}"
    return {"ELASTICSEARCH_URL": url, "INDEX_PREFIX": prefix, "TIMEOUT": timeout, "INDEXING_TIMEOUT": 60}


@pytest.mark.django_db
def test_a_rebuild_and_searches_go_to_the_live_node_with_the_configured_shards_and_replicas(
    homes, elasticsearch_url, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for number, name in enumerate(["Лаборатория композитов", "Лаборатория дронов"], start=1):
            make_entry(
                Organization,
                relations={"roles": OrganizationRole.objects.filter(slug="participant")},
                name=name,
                inn=f"770000000{number}",
                legal_form="llc",
                region=Region.objects.get(slug="moscow"),
                size="small",
                founded=2015,
            )
    with override_settings(
        CATALOG_SEARCH=catalog_settings(f"{closed_port()},{elasticsearch_url}"),
        ELASTICSEARCH_INDEX_SETTINGS={"number_of_shards": 2, "number_of_replicas": 1},
    ):
        try:
            assert elastic.rebuild(SPEC) == 2
            for _ in range(4):  # whichever node the client tries first
                assert elasticsearch_engine.search(SPEC, Query("лаборатория"), "ru").total == 2
            index = elastic.alias_name(SPEC, "ru")
            found = elastic.client().indices.get_settings(index=index)
            (index_settings,) = [answer["settings"]["index"] for answer in found.values()]
            assert (index_settings["number_of_shards"], index_settings["number_of_replicas"]) == ("2", "1")
        finally:
            elastic.delete_indexes()


@pytest.mark.django_db
def test_a_rebuild_that_elasticsearch_refuses_stops_with_a_clear_message(homes):
    output = StringIO()
    with (
        override_settings(CATALOG_SEARCH=catalog_settings(f"{closed_port()},{closed_port()}")),
        pytest.raises(CommandError, match=r"the rebuild stopped: .*keep their previous indexes"),
    ):
        call_command("rebuild_search_index", stdout=output)
    assert "Elasticsearch: " in output.getvalue()  # the catalog it stopped at


def test_a_silent_cluster_costs_one_timeout_not_one_per_node(silent_nodes):
    with override_settings(CATALOG_SEARCH=catalog_settings(silent_nodes, timeout=1)):
        started = time.monotonic()
        with pytest.raises(ConnectionTimeout):
            elastic.client().info()
        assert time.monotonic() - started < 1.8


def test_the_page_search_skips_a_node_that_is_down_and_creates_its_index_with_the_shards_and_replicas(
    elasticsearch_url,
):
    backend = SearchBackend(
        {
            "URLS": [closed_port(), elasticsearch_url],
            "INDEX_PREFIX": f"imoscow-test-{uuid.uuid4().hex[:8]}-wagtail-",
            "INDEX_SETTINGS": {"settings": {"index": {"number_of_shards": 2, "number_of_replicas": 1}}},
        }
    )
    for _ in range(4):
        assert backend.live.info()["version"]["number"]
    index = backend.get_index_for_model(Page)
    index.put()
    try:
        found = backend.es.indices.get_settings(index=index.name)[index.name]["settings"]["index"]
        assert (found["number_of_shards"], found["number_of_replicas"]) == ("2", "1")
    finally:
        index.delete()
