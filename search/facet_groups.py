"""How a facet's values are laid out in the listing's filters.

A short facet lists its values as the spec declares them. A long one (more than `SHOWN` values: regions,
districts, technologies) shows its pinned values, the selected ones and those with the most results, and
keeps the rest, by name, behind «Show all»: a flat list of 80 or 140 checkboxes is unusable on a phone.
"""

from dataclasses import dataclass

from django.forms import BoundField

from catalog.registry import Facet
from search.query import FacetValue

SHOWN = 10


@dataclass(frozen=True)
class FacetGroup:
    field: BoundField
    shown: list[FacetValue]
    more: list[FacetValue]  # behind «Show all»; empty for a short facet


def _by_name(value: FacetValue) -> str:
    # Russian order puts ё with е; Python's code point order would put it after я.
    return value.label.casefold().replace("ё", "е")


def facet_group(field: BoundField, facet: Facet, values: list[FacetValue]) -> FacetGroup:
    """The facet's values in the order to show them: pinned ones first, in the order the spec pins them."""
    by_value = {value.value: value for value in values}
    pinned = [by_value[slug] for slug in facet.pinned if slug in by_value]
    others = [value for value in values if value.value not in facet.pinned]
    if len(values) <= SHOWN:
        return FacetGroup(field, pinned + others, [])
    # Selected values are always shown, so a choice is never hidden; the rest of the room goes by count.
    room = SHOWN - len(pinned) - sum(value.selected for value in others)
    shown, more = [], []
    for value in sorted(others, key=lambda value: (-value.count, _by_name(value))):
        if value.selected:
            shown.append(value)
        elif room > 0:
            shown.append(value)
            room -= 1
        else:
            more.append(value)
    return FacetGroup(field, pinned + shown, sorted(more, key=_by_name))
