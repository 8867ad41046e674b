"""The relevance set (search/data/relevance.toml) is sound: enough realistic cases, every group and both
languages, and every right answer it names exists in the full demo that `manage.py seed_demo` builds.

The figures (success@5, mean reciprocal rank) are the script's business, `python -m search.relevance`: this
checks the set, not the engines. The catalogs are checked against the demo generators at full scale, which
make exactly the rows seed_demo writes (tests/catalog/test_catalog_demo.py), without the database.
"""

import fnmatch
from collections import Counter
from functools import cache

import pytest
from django.utils import timezone

from catalog import demo
from catalog.registry import SPECS
from home.demo import content
from search.relevance import LANGUAGES, PAGES, Case, load_cases
from taxonomy.loading import read_rows

ASKERS = {"founder", "investor", "corporation", "citizen"}
CASES = load_cases()


def _case_id(case: Case) -> str:
    return f"{case.language}-{case.asked_in}-{case.query}"


def test_the_set_has_at_least_60_cases_asked_by_every_kind_of_visitor():
    assert len(CASES) >= 60
    assert {case.asker for case in CASES} == ASKERS


def test_every_catalog_and_the_pages_are_asked_in_both_languages():
    asked = Counter((case.asked_in, case.language) for case in CASES)
    for group in (PAGES, *SPECS):
        for language in LANGUAGES:
            assert asked[group, language] >= 2, (group, language)


def test_no_query_is_asked_twice_in_the_same_place():
    asked = Counter((case.language, case.asked_in, case.query.casefold()) for case in CASES)
    assert [key for key, count in asked.items() if count > 1] == []


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_each_case_names_its_right_answers_in_the_terms_of_its_group(case):
    assert case.language in LANGUAGES
    assert case.asker in ASKERS
    assert case.query.strip()
    if case.asked_in == PAGES:
        assert case.pages and not (case.entries or case.facets or case.contains)
    else:
        assert case.asked_in in SPECS
        assert not case.pages and (case.entries or case.facets or case.contains)


# --- Pages -------------------------------------------------------------------------------------------------


@cache
def demo_page_slugs() -> frozenset[str]:
    today = timezone.localdate()
    pages = [
        *content.measures(today),
        *content.clusters(),
        *content.news(today),
        *content.STANDARD_PAGES,
        content.MEASURES_INDEX,
        content.CLUSTERS_INDEX,
        content.NEWS_INDEX,
    ]
    return frozenset(page.slug for page in pages)


@pytest.mark.parametrize("case", [case for case in CASES if case.asked_in == PAGES], ids=_case_id)
def test_every_expected_page_is_in_the_demo(case):
    slugs = demo_page_slugs()
    assert [pattern for pattern in case.pages if not fnmatch.filter(slugs, pattern)] == []


# --- Catalogs ----------------------------------------------------------------------------------------------

CATALOG_CASES = [case for case in CASES if case.asked_in != PAGES]
GENERATORS = {
    "organizations": demo.organization,
    "premises": demo.premises,
    "projects": demo.project,
    "manufacturers": demo.manufacturer,
    "orders": demo.order,
}


@cache
def full_demo() -> dict[str, list[demo.Entry]]:
    plan = demo.Plan(today=timezone.localdate())
    return {
        segment: [generate(index, plan) for index in range(getattr(plan, segment))]
        for segment, generate in GENERATORS.items()
    }


@cache
def region_slugs() -> dict[str, str]:
    return {row["code"]: row["slug"] for row in read_rows("regions.csv")}


def facet_values(segment: str, entry: demo.Entry, facet: str) -> set[str]:
    """The facet's values (as the catalog declares them: choices, taxonomy slugs) of a generated entry."""
    if facet in entry.many:
        return set(entry.many[facet])
    if facet == "region":
        return {region_slugs()[entry.refs["region"]]}
    if facet == "okrug":
        return {entry.refs["okrug"].lower()}  # an okrug's slug is its code in lower case (taxonomy.loading)
    value = entry.facts[facet] if facet in entry.facts else entry.refs[facet]
    return {str(value)}


@cache
def demo_names(segment: str) -> frozenset[str]:
    """Every name of the catalog's entries in both languages (a manufacturer's is its organization's)."""
    organizations = full_demo()["organizations"]
    named_after_organization = segment == "manufacturers"
    field = SPECS["organizations" if named_after_organization else segment].model.name_field
    named = set()
    for entry in full_demo()[segment]:
        named_by = organizations[entry.refs["organization"]] if named_after_organization else entry
        named.update((named_by.ru[field], named_by.en[field]))
    return frozenset(named)


def answers(case: Case, segment: str, entry: demo.Entry) -> bool:
    """Whether a generated entry is a right answer by the case's facets and phrases (search.relevance)."""
    if not (case.facets or case.contains):
        return False
    for facet, values in case.facets.items():
        if not facet_values(segment, entry, facet) & set(values):
            return False
    text = " ".join([*entry.ru.values(), *entry.en.values()]).casefold()
    return not case.contains or any(phrase.casefold() in text for phrase in case.contains)


@pytest.mark.django_db
@pytest.mark.usefixtures("taxonomies")
@pytest.mark.parametrize("case", CATALOG_CASES, ids=_case_id)
def test_expected_facet_values_are_values_of_the_catalog(case):
    spec = SPECS[case.asked_in]
    declared = {facet.name for facet in spec.facets}
    for name, values in case.facets.items():
        assert name in declared
        choices = {value for value, _ in spec.facet(name).choices(spec.model)}
        assert set(values) <= choices, name


@pytest.mark.parametrize("case", CATALOG_CASES, ids=_case_id)
def test_every_expected_entry_is_in_the_full_demo(case):
    assert [name for name in case.entries if name not in demo_names(case.asked_in)] == []
    if case.facets or case.contains:
        assert any(answers(case, case.asked_in, entry) for entry in full_demo()[case.asked_in])
