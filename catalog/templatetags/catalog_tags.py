"""What editorial pages show of the catalogs. Pages sit below the catalogs (a catalog links to cluster pages),
so their templates ask the catalogs through these tags instead of the page models importing them."""

from django import template
from django.db.models import Count, Value
from django.urls import reverse

from catalog.entry import LocalizedEntry, published
from catalog.facts import shown
from catalog.registry import SPECS
from catalog.relations import cluster_members as members_of
from home.home_sections import KeyFigure, Section

register = template.Library()


@register.simple_tag
def catalog_figures() -> list[KeyFigure]:
    """Each catalog's key figure for the home page: how many entries its declaration counts, all counted in
    one query."""
    counts = [
        published(spec.model)
        .filter(**spec.home.counted)
        .annotate(segment=Value(segment))
        .values("segment")
        .annotate(count=Count("pk"))
        .values_list("segment", "count")
        .order_by()
        for segment, spec in SPECS.items()
    ]
    counted = dict(counts[0].union(*counts[1:], all=True).order_by())
    return [KeyFigure(counted[segment], spec.home.figure) for segment, spec in SPECS.items()]


@register.simple_tag
def catalog_sections() -> list[Section]:
    """Each catalog as an entry point of the home page."""
    return [
        Section(str(spec.home.title), reverse(f"catalog:{segment}-list"), str(spec.home.description))
        for segment, spec in SPECS.items()
    ]


@register.simple_tag
def cluster_members(page) -> dict:
    """A cluster page's member organizations and projects, whichever language version is shown."""
    return members_of(page)


@register.simple_tag
def card_facts(item: LocalizedEntry) -> list[tuple[str, object]]:
    """What a listing card tells about an entry: its catalog's card facts."""
    return shown(SPECS[item.facts.segment].card, item, {})
