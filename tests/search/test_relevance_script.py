"""python -m search.relevance: a case is asked through the site's own search and judged by its right answers;
success@5 and the mean reciprocal rank are computed from the rank of the first right answer."""

import pytest

from catalog.models import Organization
from search.relevance import Case, Outcome, mean_reciprocal_rank, page_matches, run_case, success_at_5

pytestmark = pytest.mark.django_db


def case(**fields) -> Case:
    return Case(**{"query": "", "language": "ru", "asker": "founder", **fields})


def outcome(rank: int | None) -> Outcome:
    return Outcome(case(asked_in="pages", pages=("contacts",)), rank, ())


def test_success_at_5_counts_a_right_answer_among_the_first_five():
    outcomes = [outcome(1), outcome(5), outcome(6), outcome(None)]
    assert success_at_5(outcomes) == 0.5


def test_mean_reciprocal_rank_takes_the_first_right_answer_and_nothing_for_none():
    outcomes = [outcome(1), outcome(2), outcome(4), outcome(None)]
    assert mean_reciprocal_rank(outcomes) == pytest.approx((1 + 1 / 2 + 1 / 4 + 0) / 4)


def test_page_patterns_match_whole_slugs():
    expected = case(asked_in="pages", pages=("start-programme-*", "contacts"))
    assert page_matches(expected, "start-programme-start-1")
    assert page_matches(expected, "contacts")
    assert not page_matches(expected, "selection-results-start-programme")
    assert not page_matches(expected, "contacts-old")


def test_the_pages_group_of_the_site_search_is_asked(demo_site):
    grants = run_case(case(query="грант", asked_in="pages", pages=("*grant*",)))
    # Open measures come first whatever their kind (site search order), so a grant is among the first, not
    # necessarily the first.
    assert grants.rank is not None and grants.rank <= 5
    elsewhere = run_case(case(query="грант", asked_in="pages", pages=("contacts",)))
    assert elsewhere.rank is None and elsewhere.first == grants.first


def test_a_catalog_listing_is_asked_and_judged_by_facets_and_phrases(demo_site):
    offices = run_case(case(query="офис", asked_in="premises", facets={"kind": ("office",)}))
    assert offices.rank == 1
    assert all(title.startswith("Офис") for title in offices.first)
    assert run_case(case(query="офис", asked_in="premises", facets={"kind": ("warehouse",)})).rank is None
    assert run_case(case(query="офис", asked_in="premises", contains=("no such phrase",))).rank is None


def test_a_catalog_entry_is_recognised_by_its_name_in_either_language(demo_site):
    named = Organization.objects.filter(locale__language_code="ru").order_by("pk").first()
    english = Organization.objects.get(translation_key=named.translation_key, locale__language_code="en").name
    for name in (named.name, english):
        found = run_case(case(query=named.name, asked_in="organizations", entries=(name,)))
        assert found.rank is not None
    assert run_case(case(query=named.name, asked_in="organizations", entries=("No such name",))).rank is None
