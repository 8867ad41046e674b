"""Each catalog's search declared once: text fields, facets, ranges and sorts.

The same declaration builds the filter form, the database query and the facet groups of the listing page
(and, with the Elasticsearch engine, the mapping and documents). Facet values are language-neutral slugs or
choice values, so a visitor's filters mean the same in Russian and English.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from catalog.models import Manufacturer, Organization, Premises, Project

TAXONOMY_CACHE_SECONDS = 300  # with a per-process cache, the longest another process shows an old label


@dataclass(frozen=True)
class Facet:
    """A filter with a value list and counts. `path` is the ORM path of the value (a choice or a slug)."""

    name: str
    path: str
    taxonomy: type[models.Model] | None = None

    def field(self, model) -> models.Field:
        return model._meta.get_field(self.path.split("__")[0])

    def label(self, model) -> str:
        return str(self.field(model).verbose_name).capitalize()

    def choices(self, model) -> list[tuple[str, str]]:
        """(value, label) in the reader's language, in a stable order."""
        if self.taxonomy is None:
            return [(str(value), str(label)) for value, label in self.field(model).choices]
        english = (get_language() or "ru").startswith("en")
        return [(slug, name_en if english else name_ru) for slug, name_ru, name_en in self.taxonomy_rows()]

    def taxonomy_rows(self) -> list[tuple[str, str, str]]:
        """The taxonomy's (slug, Russian name, English name), cached: every listing reads them, editors
        rarely change them (search.signals forgets the cache when they do)."""
        key = self.cache_key()
        rows = cache.get(key)
        if rows is None:
            rows = list(self.taxonomy.objects.order_by("id").values_list("slug", "name_ru", "name_en"))
            cache.set(key, rows, TAXONOMY_CACHE_SECONDS)
        return rows

    def cache_key(self) -> str:
        return f"search:taxonomy:{self.taxonomy._meta.label_lower}"


@dataclass(frozen=True)
class Range:
    """A numeric filter with a lower and an upper bound: `<name>_min` and `<name>_max` in the address."""

    name: str
    path: str
    label: str
    decimal: bool = False


@dataclass(frozen=True)
class Sort:
    name: str
    label: str
    order: tuple[str, ...]  # every order ends with the id, so pages never overlap


@dataclass(frozen=True)
class CatalogSpec:
    model: type[models.Model]
    text_fields: tuple[str, ...]
    facets: tuple[Facet, ...]
    ranges: tuple[Range, ...] = ()
    sorts: tuple[Sort, ...] = field(default=())

    @property
    def segment(self) -> str:
        return self.model.segment

    @property
    def title(self) -> str:
        """The catalog's name in the reader's language, as its listing, crumbs and search groups show it."""
        return str(self.model._meta.verbose_name_plural).capitalize()

    def facet(self, name: str) -> Facet:
        return next(facet for facet in self.facets if facet.name == name)

    @property
    def sort_choices(self) -> list[tuple[str, str]]:
        return [(RELEVANCE.name, RELEVANCE.label)] + [(sort.name, sort.label) for sort in self.sorts]

    def sort(self, name: str, has_text: bool) -> Sort:
        """The sort asked for; relevance ranks a text query only, otherwise the catalog's own order rules."""
        if has_text and name in ("", RELEVANCE.name):
            return RELEVANCE
        return next((sort for sort in self.sorts if sort.name == name), self.sorts[0])


RELEVANCE = Sort("relevance", _("Relevance"), ())  # each engine ranks by its own scoring, then by id
NAME_SORT = Sort("name", _("Name"), ("name", "pk"))
NEWEST_SORT = Sort("newest", _("Newest first"), ("-created", "-pk"))


def _taxonomy(name: str):
    from taxonomy import models as taxonomy_models

    return getattr(taxonomy_models, name)


SPECS = {
    spec.segment: spec
    for spec in (
        CatalogSpec(
            Premises,
            text_fields=("title", "owner", "address", "description"),
            facets=(
                Facet("kind", "kind"),
                Facet("okrug", "okrug__slug", _taxonomy("Okrug")),
                Facet("district", "district__slug", _taxonomy("District")),
                Facet("features", "features__slug", _taxonomy("PremisesFeature")),
            ),
            ranges=(
                Range("area", "area", _("Area, m²"), decimal=True),
                Range("rent", "rent", _("Rent, roubles per m² per month")),
            ),
            sorts=(
                Sort("rent", _("Rent, lowest first"), ("rent", "pk")),
                Sort("-area", _("Area, largest first"), ("-area", "pk")),
                Sort("title", _("Name"), ("title", "pk")),
                NEWEST_SORT,
            ),
        ),
        CatalogSpec(
            Project,
            text_fields=("name", "description"),
            facets=(
                Facet("stage", "stage"),
                Facet("industry", "industry__slug", _taxonomy("Industry")),
                Facet("technologies", "technologies__slug", _taxonomy("Technology")),
            ),
            ranges=(
                Range("investment", "investment_sought", _("Investment sought, roubles")),
                Range("year", "year", _("Year started")),
            ),
            sorts=(
                NAME_SORT,
                Sort("-investment", _("Investment, largest first"), ("-investment_sought", "pk")),
                NEWEST_SORT,
            ),
        ),
        CatalogSpec(
            Organization,
            text_fields=("name", "description"),
            facets=(
                Facet("roles", "roles__slug", _taxonomy("OrganizationRole")),
                Facet("industries", "industries__slug", _taxonomy("Industry")),
                Facet("region", "region__slug", _taxonomy("Region")),
                Facet("size", "size"),
                Facet("legal_form", "legal_form"),
            ),
            ranges=(Range("founded", "founded", _("Year founded")),),
            sorts=(NAME_SORT, NEWEST_SORT),
        ),
        CatalogSpec(
            Manufacturer,
            text_fields=("description",),
            facets=(
                Facet("capabilities", "capabilities__slug", _taxonomy("Capability")),
                Facet("materials", "materials__slug", _taxonomy("Material")),
                Facet("certifications", "certifications__slug", _taxonomy("Certification")),
            ),
            ranges=(
                Range("batch", "batch_max", _("Largest batch, pieces")),
                Range("lead_time", "lead_time_days", _("Lead time, days")),
            ),
            sorts=(
                Sort("lead_time", _("Lead time, shortest first"), ("lead_time_days", "pk")),
                Sort("name", _("Name"), ("organization__name", "pk")),
                NEWEST_SORT,
            ),
        ),
    )
}
