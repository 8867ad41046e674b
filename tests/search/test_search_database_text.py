"""The database engine's text match (PostgreSQL's tsvector, SQLite's FTS5) follows every rewrite and deletion
of a document, keeps the stems' letters as they are, and ranks by relevance."""

import pytest

from catalog.models import Organization
from catalog.registry import SPECS
from search.engines import database
from search.query import Query

pytestmark = pytest.mark.django_db
SPEC = SPECS["organizations"]


def found(text: str, sort: str = "") -> tuple[list[int], int]:
    result = database.search(SPEC, Query(text=text, sort=sort))
    return result.ids, result.total


def organizations(count: int) -> list[Organization]:
    return list(Organization.objects.filter(locale__language_code="ru").order_by("pk")[:count])


@pytest.mark.parametrize("sort", ["relevance", "name"])
def test_the_text_match_follows_a_rewrite_and_a_deletion(demo_site, django_capture_on_commit_callbacks, sort):
    (organization,) = organizations(1)
    pk = organization.pk
    with django_capture_on_commit_callbacks(execute=True):
        organization.description = "Гиперзвуковые аэростаты"
        organization.save()
    assert found("аэростат", sort) == ([pk], 1)

    with django_capture_on_commit_callbacks(execute=True):
        organization.description = "Стратосферные дирижабли"
        organization.save()
    assert found("аэростат", sort) == ([], 0)
    assert found("дирижабль", sort) == ([pk], 1)

    with django_capture_on_commit_callbacks(execute=True):
        organization.delete()
    assert found("дирижабль", sort) == ([], 0)


def test_a_word_is_matched_with_its_own_letters(demo_site, django_capture_on_commit_callbacks):
    with_short_i, with_i, with_yo = organizations(3)
    with django_capture_on_commit_callbacks(execute=True):
        for organization, description in (
            (with_short_i, "Йодобромные источники"),
            (with_i, "Иодобромные источники"),
            (with_yo, "Ёмкостные накопители"),
        ):
            organization.description = description
            organization.save()
    assert found("йодобромный") == ([with_short_i.pk], 1)
    assert found("иодобромный") == ([with_i.pk], 1)
    # ё and е are one letter to the stems, in the documents and in the query alike.
    assert found("емкостный") == found("ёмкостный") == ([with_yo.pk], 1)


def test_relevance_puts_the_entry_about_the_word_before_one_that_mentions_it(
    demo_site, django_capture_on_commit_callbacks
):
    mentions, about = organizations(2)
    with django_capture_on_commit_callbacks(execute=True):
        mentions.description = "Аэростаты " + " ".join(f"направление{number}" for number in range(60))
        mentions.save()
        about.description = "Аэростаты"
        about.save()
    assert found("аэростаты") == ([about.pk, mentions.pk], 2)
    assert found("аэростаты", sort="name")[1] == 2


def test_a_word_in_the_name_ranks_above_the_word_elsewhere_on_every_page(
    demo_site, django_capture_on_commit_callbacks
):
    """The page that holds the last entry named with the word and the first that has it elsewhere only."""
    entries = organizations(6)
    named, elsewhere = entries[:3], entries[3:]
    with django_capture_on_commit_callbacks(execute=True):
        for number, organization in enumerate(named):
            organization.name = f"Аэростаты {number}"
            organization.description = "Производство"
            organization.save()
        for organization in elsewhere:
            # The word many times: it would outrank a single mention in a name by frequency alone.
            organization.description = " ".join(["Аэростаты"] * 20)
            organization.save()
    ranked = [pk for page in (1, 2, 3) for pk in page_ids("аэростаты", page, per_page=2)]
    assert set(ranked[:3]) == {organization.pk for organization in named}
    assert set(ranked[3:]) == {organization.pk for organization in elsewhere}
    assert len(ranked) == 6


def page_ids(text: str, page: int, per_page: int) -> list[int]:
    return database.search(SPEC, Query(text=text, page=page, per_page=per_page)).ids


def test_an_entry_is_found_by_the_new_name_of_its_facet_value(demo_site, django_capture_on_commit_callbacks):
    """A query word that names a facet value finds the entries that have it; an editor's renaming reindexes
    them."""
    (organization,) = organizations(1)
    region = organization.region
    in_region = set(
        Organization.objects.filter(locale__language_code="ru", region=region).values_list("pk", flat=True)
    )
    assert found("Гиперборея") == ([], 0)
    with django_capture_on_commit_callbacks(execute=True):
        region.name_ru = "Гиперборея"
        region.save()
    ids, total = found("Гиперборея")
    assert total == len(in_region)
    assert set(ids) <= in_region
