"""With LOG_FORMAT=json every log record is a JSON line, and each request gives one on `imoscow.requests`:
what was asked, the answer's status and time, and which search engine answered and why Elasticsearch was
skipped, for an operator reading the logs of a slow or failing search."""

import json
import logging

import pytest
from django.conf import settings
from django.test import override_settings

from core.json_logs import JsonFormatter
from tests.django_process import run

pytestmark = pytest.mark.django_db
LISTING = "/ru/catalog/organizations/"
REQUEST_AND_WARNING = """
import django, logging
django.setup()
from django.test import Client
Client(HTTP_HOST="127.0.0.1").get("/healthz")
logging.getLogger("django.request").warning("Not Found: %s", "/nowhere/")
"""


def request_lines(caplog) -> list[dict]:
    """The requests' records as LOG_FORMAT=json writes them."""
    return [
        json.loads(JsonFormatter().format(record))
        for record in caplog.records
        if record.name == "imoscow.requests"
    ]


@pytest.fixture
def requests_logged(caplog):
    caplog.set_level(logging.INFO, logger="imoscow.requests")
    return caplog


def test_with_the_json_format_a_request_and_a_warning_are_one_json_line_each():
    completed = run(["-c", REQUEST_AND_WARNING], LOG_FORMAT="json")
    assert completed.returncode == 0, completed.stderr
    lines = [json.loads(line) for line in completed.stderr.splitlines() if line.startswith("{")]
    requests = [line for line in lines if line["logger"] == "imoscow.requests"]
    assert len(requests) == 1
    assert requests[0]["method"] == "GET"
    assert requests[0]["path"] == "/healthz"
    assert requests[0]["status"] == 200
    assert requests[0]["duration_ms"] >= 0
    warnings = [line for line in lines if line["logger"] == "django.request"]
    assert [(line["level"], line["message"]) for line in warnings] == [("WARNING", "Not Found: /nowhere/")]
    assert "Not Found" not in "".join(
        line for line in completed.stderr.splitlines() if not line.startswith("{")
    )


def test_with_the_text_format_requests_are_not_logged():
    completed = run(["-c", REQUEST_AND_WARNING])
    assert completed.returncode == 0, completed.stderr
    assert "/healthz" not in completed.stderr
    assert "Not Found: /nowhere/" in completed.stderr


def test_a_catalog_search_line_names_the_engine_and_its_time(client, homes, taxonomies, requests_logged):
    client.get(LISTING, {"q": "лаборатория"})
    [line] = request_lines(requests_logged)
    assert line["path"] == LISTING
    assert line["status"] == 200
    assert line["catalog_search_engine"] == "database"
    assert 0 < line["timings"]["search"] <= line["duration_ms"]
    assert "search_fallback" not in line


def test_the_site_search_line_names_the_engines_of_the_catalogs_and_of_the_pages(
    client, homes, taxonomies, requests_logged
):
    client.get("/ru/search/", {"q": "лаборатория"})
    [line] = request_lines(requests_logged)
    assert line["catalog_search_engine"] == "database"
    assert line["page_search_engine"] == "database"


def test_a_line_says_why_elasticsearch_was_left_out(client, homes, taxonomies, closed_port, requests_logged):
    unreachable = {**settings.CATALOG_SEARCH, "ELASTICSEARCH_URL": f"http://127.0.0.1:{closed_port}"}
    with override_settings(CATALOG_SEARCH=unreachable):
        client.get(LISTING, {"q": "лаборатория"})  # waits for Elasticsearch, which fails
        client.get(LISTING, {"q": "лаборатория"})  # does not try again for a while
    failed, skipped = request_lines(requests_logged)
    for line in (failed, skipped):
        assert line["status"] == 200
        assert line["catalog_search_engine"] == "database"
    assert "Elasticsearch did not answer a catalog search" in failed["search_fallback"]
    assert skipped["search_fallback"].startswith("Elasticsearch skipped")


def test_a_page_without_a_search_has_no_engine(client, homes, requests_logged):
    client.get("/ru/")
    [line] = request_lines(requests_logged)
    assert line["status"] == 200
    assert line["timings"] == {}
    assert not {"catalog_search_engine", "page_search_engine", "search_fallback"} & set(line)
