"""The load test's addresses (loadtest/mix.py) on the small demo: each answers 200 without explaining a wrong
parameter, and the links its visitors follow are there and answer 200 too. A renamed address, parameter or
facet value fails here, not in the middle of a load test."""

import json
import random
from urllib.parse import urlencode

import pytest

from catalog.registry import SPECS
from loadtest import mix

pytestmark = pytest.mark.django_db


def page(client, path: str) -> str:
    response = client.get(path, headers=mix.HEADERS)
    assert response.status_code == 200, path
    text = response.content.decode()
    assert mix.ERROR_SUMMARY not in text, path
    return text


def address(path: str, parameters: dict) -> str:
    return f"{path}?{urlencode(parameters, doseq=True)}"


def test_the_visitors_open_every_catalog():
    assert set(mix.CATALOGS) == set(mix.CATALOG_SHARES) == set(SPECS)
    assert sum(mix.CATALOG_SHARES.values()) == 100


@pytest.mark.parametrize("segment", list(mix.CATALOGS))
def test_every_facet_value_and_sort_of_each_catalog_is_one_the_listing_knows(client, demo_site, segment):
    catalog = mix.CATALOGS[segment]
    path = mix.catalog_path(segment)
    page(client, address(path, {"q": catalog.words[0]}))
    for facet, values in catalog.facets.items():
        page(client, address(path, {facet: values}))
    for sort in catalog.sorts:
        page(client, address(path, {"sort": sort}))


def test_every_measure_filter_sort_and_finder_answer_is_one_the_pages_know(client, demo_site):
    for facet, values in mix.MEASURE_FILTERS.items():
        page(client, address(mix.MEASURES, {facet: values}))
    for sort in mix.MEASURE_SORTS:
        page(client, address(mix.MEASURES, {"sort": sort}))
    for industry in mix.FINDER_INDUSTRIES:
        answers = {"organisation": mix.FINDER_ORGANISATIONS, "needs": mix.FINDER_NEEDS, "industry": industry}
        page(client, address(mix.FINDER, answers))


def test_the_addresses_visitors_make_answer(client, demo_site):
    rng = random.Random(16)
    paths = [mix.HOME, *(mix.site_search(rng) for _ in range(5))]
    for _ in range(10):
        paths += [mix.catalog_listing(rng, mix.catalog_segment(rng)), mix.measure_list(rng), mix.finder(rng)]
    for path in paths:
        page(client, path)
    for word in mix.TYPED:
        for path in mix.typing(word):
            assert "suggestions" in json.loads(page(client, path)), path


@pytest.mark.parametrize("segment", list(mix.CATALOGS))
def test_a_listing_links_to_entries_that_answer(client, demo_site, segment):
    entries = mix.entry_links(page(client, mix.catalog_path(segment)), segment)
    assert entries
    page(client, entries[0])


def test_a_listing_links_to_its_next_page(client, demo_site):
    path = mix.catalog_path("organizations")
    following = mix.next_page(page(client, path), path)
    assert following == f"{path}?page=2"
    assert mix.entry_links(page(client, following), "organizations")


def test_the_measures_link_to_measures_and_an_open_one_to_its_application_form(client, demo_site):
    measures = mix.measure_links(page(client, address(mix.MEASURES, {"status": "open"})))
    assert measures
    form = mix.apply_link(page(client, measures[0]))
    assert form
    page(client, form)
    assert mix.measure_links(page(client, f"{mix.FINDER}?organisation=startup&needs=money"))
