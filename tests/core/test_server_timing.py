"""Every response says how long the server took, and a catalog listing how much of it was the search."""

import re

import pytest

pytestmark = pytest.mark.django_db
TIMING = re.compile(r"(\w+);dur=([\d.]+)")


def timings(response) -> dict[str, float]:
    return {name: float(duration) for name, duration in TIMING.findall(response["Server-Timing"])}


def test_a_listing_reports_the_whole_response_and_the_search_within_it(client, homes, taxonomies):
    measured = timings(client.get("/ru/catalog/organizations/", {"q": "лаборатория"}))
    assert set(measured) == {"app", "search"}
    assert 0 < measured["search"] <= measured["app"]


def test_a_page_without_a_catalog_search_reports_the_whole_response_only(client, homes):
    assert set(timings(client.get("/ru/"))) == {"app"}
