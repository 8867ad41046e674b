"""A facet's values as the listing lays them out: a short facet as declared, a long one with its pinned,
chosen and most frequent values first and the rest, by name, behind «Show all»."""

import pytest

from catalog.registry import SPECS, Facet
from search.facet_groups import SHOWN, facet_group
from search.query import FacetValue

REGIONS = Facet("region", "region__slug", pinned=("moscow",))


def values(*counts: int, selected: tuple[str, ...] = ()) -> list[FacetValue]:
    """Values named v0, v1, … in declared order, labelled in reverse alphabetical order."""
    return [
        FacetValue(f"v{index}", f"{chr(ord('я') - index)}", count, f"v{index}" in selected)
        for index, count in enumerate(counts)
    ]


def shown_and_more(facet, listed):
    group = facet_group(None, facet, listed)
    return [value.value for value in group.shown], [value.value for value in group.more]


def test_a_short_facet_keeps_the_declared_order_with_nothing_hidden():
    assert shown_and_more(Facet("size", "size"), values(1, 50, 3)) == (["v0", "v1", "v2"], [])


def test_a_long_facet_shows_the_most_frequent_values_and_the_rest_by_name():
    listed = values(*range(1, SHOWN + 4))  # v12 is the most frequent, v0 the rarest
    shown, more = shown_and_more(Facet("district", "district__slug"), listed)
    assert shown == [f"v{index}" for index in range(SHOWN + 2, 2, -1)]
    # Labels run from я down, so by name the rest is in reverse declared order.
    assert more == ["v2", "v1", "v0"]


def test_chosen_values_are_always_shown_even_the_rarest():
    listed = values(*range(1, SHOWN + 4), selected=("v0", "v1"))
    shown, more = shown_and_more(Facet("district", "district__slug"), listed)
    assert {"v0", "v1"} <= set(shown)
    assert len(shown) == SHOWN and "v0" not in more and "v1" not in more


def test_pinned_values_come_first_whatever_their_count():
    listed = [FacetValue("moscow", "Москва", 1, False), *values(*range(2, SHOWN + 5))]
    shown, more = shown_and_more(REGIONS, listed)
    assert shown[0] == "moscow" and len(shown) == SHOWN and "moscow" not in more
    assert shown_and_more(REGIONS, listed[:4])[0][0] == "moscow"


def test_letter_yo_sorts_with_ye_as_in_russian():
    listed = [FacetValue(f"v{index}", "я", 100, False) for index in range(SHOWN)] + [
        FacetValue("yo", "Ёлкино", 1, False),
        FacetValue("ye", "Жуково", 1, False),
        FacetValue("ya", "Ясенево", 1, False),
    ]
    assert shown_and_more(Facet("district", "district__slug"), listed)[1] == ["yo", "ye", "ya"]


@pytest.mark.django_db
def test_moscow_is_pinned_first_among_organization_regions():
    from taxonomy.models import Region

    pinned = SPECS["organizations"].facet("region").pinned
    assert [Region.objects.get(slug=slug).name_ru for slug in pinned] == ["Москва"]
