"""Each catalog declared once: everything the site does with a catalog reads this declaration.

A `CatalogSpec` names the catalog's segment (its address, `/ru/catalog/<segment>/`, and its key everywhere:
search documents, Elasticsearch aliases, sitemap sections, suggestions), its model, how the home page presents
it, its relations, what is searched and how it is filtered and sorted, and its admin listing. URLs, sitemaps,
the admin menu, the home page, the suggestions, the search documents, mappings, queries, facets and the
accessibility registry all iterate `SPECS`.

Adding a catalog: its model (a `CatalogEntry`), a `CatalogSpec` in `SPECS`, a migration, its demo generator,
and its model in the moderation workflow (`catalog.moderation.MODELS`, with a migration that runs it).
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from catalog import facts, relations
from catalog.entry import CatalogEntry
from catalog.facts import Fact, related_fetch
from catalog.models import Manufacturer, Order, OrderStatus, Organization, Premises, Project

TAXONOMY_CACHE_SECONDS = 300  # with a per-process cache, the longest another process shows an old label


@dataclass(frozen=True)
class Facet:
    """A filter with a value list and counts. `path` is the ORM path of the value: a choice, or a taxonomy's
    slug (`okrug__slug`), whose taxonomy then gives the labels. `pinned` values come first in the list,
    in this order, whatever their counts (the listing puts the others by count or by name)."""

    name: str
    path: str
    # A yes-or-no field's facet offers its values as declared here (e.g. only "True", worded for visitors).
    values: tuple[tuple[str, str], ...] = ()
    title: str = ""  # instead of the field's name
    pinned: tuple[str, ...] = ()  # values shown first (Moscow among regions)

    def field(self, model) -> models.Field:
        return model._meta.get_field(self.path.split("__")[0])

    def label(self, model) -> str:
        """Lazy: the listing form that shows it is built once, for readers of every language."""
        return self.title or capfirst(self.field(model).verbose_name)

    def choices(self, model) -> list[tuple[str, str]]:
        """(value, label) in the reader's language, in a stable order."""
        if self.values:
            return [(value, str(label)) for value, label in self.values]
        if self.taxonomy(model) is None:
            return [(str(value), str(label)) for value, label in self.field(model).choices]
        english = (get_language() or "ru").startswith("en")
        return [
            (slug, name_en if english else name_ru) for slug, name_ru, name_en in self.taxonomy_rows(model)
        ]

    def taxonomy(self, model) -> type[models.Model] | None:
        return self.field(model).related_model if "__" in self.path else None

    def taxonomy_rows(self, model) -> list[tuple[str, str, str]]:
        """The taxonomy's (slug, Russian name, English name), cached: every listing reads them, editors
        rarely change them (search.signals forgets the cache when they do)."""
        taxonomy = self.taxonomy(model)
        key = taxonomy_cache_key(taxonomy)
        rows = cache.get(key)
        if rows is None:
            rows = list(taxonomy.objects.order_by("id").values_list("slug", "name_ru", "name_en"))
            cache.set(key, rows, TAXONOMY_CACHE_SECONDS)
        return rows


def taxonomy_cache_key(taxonomy: type[models.Model]) -> str:
    return f"search:taxonomy:{taxonomy._meta.label_lower}"


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
class HomeSection:
    """The catalog on the home page: an entry point (title, description) and a key figure (the entries that
    match `counted`, under `figure`)."""

    title: str
    description: str
    figure: str
    counted: dict = field(default_factory=dict)


@dataclass(frozen=True)
class AdminListing:
    """The snippet listing in the admin's Catalogs menu (Wagtail's SnippetViewSet attributes)."""

    icon: str
    list_display: tuple[str, ...]
    list_filter: tuple[str, ...]
    search_fields: tuple[str, ...]
    list_export: tuple[str, ...]


def no_relations(entry: CatalogEntry) -> dict:
    return {}


# One object per catalog, compared and hashed by identity (the listing forms are cached by it).
@dataclass(frozen=True, eq=False)
class CatalogSpec:
    segment: str
    model: type[CatalogEntry]
    home: HomeSection
    admin: AdminListing
    searched_fields: tuple[str, ...]
    facets: tuple[Facet, ...]
    ranges: tuple[Range, ...] = ()
    sorts: tuple[Sort, ...] = ()
    # What a card shows (the facts people choose by) and what the entry's page shows.
    card: tuple[Fact, ...] = ()
    details: tuple[Fact, ...] = ()
    # What a detail page shows besides the entry: {template variable: value}, read from the catalog side.
    relations: Callable[[CatalogEntry], dict] = no_relations

    def __post_init__(self):
        # The model's addresses (CatalogEntry.get_absolute_url) use the segment declared here.
        self.model.segment = self.segment

    @property
    def title(self) -> str:
        """The catalog's name in the reader's language, as its listing, crumbs and search groups show it."""
        return str(self.model._meta.verbose_name_plural).capitalize()

    @property
    def suggested(self) -> bool:
        """Whether autocomplete suggests its entries: one named after another entry (a manufacturer after its
        organization) has no name of its own, and the other entry is suggested itself."""
        return not self.model.named_after

    def cards(self, ids: list[int]) -> dict[int, CatalogEntry]:
        """The entries of `ids` by id, with what their cards read (the locale: each card's address)."""
        joined, prefetched = related_fetch(self.model, self.card)
        entries = self.model.objects.select_related("locale", *joined).prefetch_related(*prefetched)
        return entries.in_bulk(ids)

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

SPECS = {
    spec.segment: spec
    for spec in (
        CatalogSpec(
            "premises",
            Premises,
            home=HomeSection(
                _("Premises"),
                _("Offices, production floors, laboratories and warehouses for rent."),
                figure=_("Premises free now"),
                counted={"is_available": True},
            ),
            admin=AdminListing(
                icon="home",
                list_display=("title", "owner", "kind", "area", "rent", "okrug", "is_available", "locale"),
                list_filter=("kind", "okrug", "is_available", "features"),
                search_fields=("title", "owner", "address"),
                list_export=(
                    "title",
                    "owner",
                    "address",
                    "okrug",
                    "district",
                    "kind",
                    "area",
                    "rent",
                    "available_from",
                ),
            ),
            searched_fields=("title", "owner", "address", "description"),
            facets=(
                Facet("kind", "kind"),
                Facet(
                    "available",
                    "is_available",
                    values=(("True", _("Available now")),),
                    title=_("Availability"),
                ),
                Facet("okrug", "okrug__slug"),
                Facet("district", "district__slug"),
                Facet("features", "features__slug"),
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
            card=(
                Fact(_("Rent"), facts.rent),
                Fact(_("Area"), facts.area),
                Fact(_("Okrug and district"), facts.location, ("okrug", "district")),
                Fact(_("Availability"), facts.availability),
            ),
            details=(
                facts.text(_("Technopark or owner"), "owner"),
                facts.text(_("Address"), "address"),
                facts.field(_("Type"), "kind"),
                Fact(_("Availability"), facts.availability),
                Fact(_("Area"), facts.area),
                Fact(_("Rent"), facts.rent),
                Fact(_("Okrug and district"), facts.location),
                facts.field(_("Floor"), "floor"),
                facts.field(_("Features"), "features"),
                Fact(_("Contact"), facts.contact),
                Fact(_("Coordinates"), facts.coordinates),
            ),
        ),
        CatalogSpec(
            "projects",
            Project,
            home=HomeSection(
                _("Innovative projects"),
                _("What Moscow's innovative companies are building."),
                figure=_("Innovative projects"),
            ),
            admin=AdminListing(
                icon="pick",
                list_display=("name", "organization", "industry", "stage", "year", "locale"),
                list_filter=("stage", "industry", "year"),
                search_fields=("name",),
                list_export=(
                    "name",
                    "organization",
                    "industry",
                    "stage",
                    "cluster",
                    "investment_sought",
                    "year",
                    "website",
                ),
            ),
            searched_fields=("name", "description"),
            facets=(
                Facet("stage", "stage"),
                Facet("industry", "industry__slug"),
                Facet("technologies", "technologies__slug"),
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
            card=(
                facts.field(_("Stage"), "stage"),
                Fact(_("Investment sought"), facts.investment),
                facts.field(_("Industry"), "industry"),
            ),
            details=(
                facts.link(_("Organization"), "organization"),
                facts.field(_("Stage"), "stage"),
                facts.field(_("Industry"), "industry"),
                facts.field(_("Technologies"), "technologies"),
                facts.pages(_("Cluster"), "cluster"),
                Fact(_("Investment sought"), facts.investment),
                facts.field(_("Started"), "year"),
                Fact(_("Website"), facts.website),
            ),
            relations=relations.project_relations,
        ),
        CatalogSpec(
            "organizations",
            Organization,
            home=HomeSection(
                _("Partners and investors"),
                _("Cluster participants, partners, investors and industry."),
                figure=_("Cluster participants"),
                counted={"roles__slug": "participant"},
            ),
            admin=AdminListing(
                icon="group",
                list_display=("name", "inn", "legal_form", "region", "size", "locale"),
                list_filter=("roles", "legal_form", "size", "region"),
                search_fields=("name", "inn", "ogrn"),
                list_export=("name", "inn", "ogrn", "legal_form", "region", "size", "founded", "website"),
            ),
            searched_fields=("name", "description"),
            facets=(
                Facet("roles", "roles__slug"),
                Facet("industries", "industries__slug"),
                Facet("region", "region__slug", pinned=("moscow",)),
                Facet("size", "size"),
                Facet("legal_form", "legal_form"),
            ),
            ranges=(Range("founded", "founded", _("Year founded")),),
            sorts=(NAME_SORT, NEWEST_SORT),
            card=(
                facts.field(_("Roles"), "roles"),
                facts.field(_("Region"), "region"),
                facts.field(_("Industries"), "industries"),
            ),
            details=(
                facts.field(_("Roles"), "roles"),
                facts.field(_("Legal form"), "legal_form"),
                facts.field(_("INN"), "inn"),
                Fact(_("OGRN"), facts.registration_number(sole_proprietor=False)),
                Fact(_("OGRNIP"), facts.registration_number(sole_proprietor=True)),
                facts.field(_("Region"), "region"),
                facts.field(_("Size"), "size"),
                facts.field(_("Founded"), "founded"),
                facts.field(_("Industries"), "industries"),
                facts.pages(_("Clusters"), "clusters"),
                Fact(_("Website"), facts.website),
            ),
            relations=relations.organization_relations,
        ),
        CatalogSpec(
            "manufacturers",
            Manufacturer,
            home=HomeSection(
                _("Contract manufacturers"),
                _("Who can make your product, from what, in what batches."),
                figure=_("Contract manufacturers"),
            ),
            admin=AdminListing(
                icon="cogs",
                list_display=("organization", "batch_min", "batch_max", "lead_time_days", "locale"),
                list_filter=("capabilities", "certifications"),
                search_fields=("organization__name",),
                list_export=("organization", "batch_min", "batch_max", "lead_time_days"),
            ),
            searched_fields=("description",),
            facets=(
                Facet("capabilities", "capabilities__slug"),
                Facet("materials", "materials__slug"),
                Facet("certifications", "certifications__slug"),
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
            card=(
                facts.field(_("Capabilities"), "capabilities"),
                Fact(_("Region"), facts.organization_region, ("organization__region",)),
                Fact(_("Lead time"), facts.lead_time),
            ),
            details=(
                facts.link(_("Organization"), "organization"),
                facts.field(_("Capabilities"), "capabilities"),
                facts.field(_("Materials"), "materials"),
                facts.field(_("Certifications"), "certifications"),
                Fact(_("Batch size"), facts.batch),
                Fact(_("Lead time"), facts.lead_time),
            ),
            relations=relations.manufacturer_relations,
        ),
        CatalogSpec(
            "orders",
            Order,
            home=HomeSection(
                _("Manufacturing orders"),
                _("What companies need made: batches, materials, dates."),
                figure=_("Open manufacturing orders"),
                counted={"status": OrderStatus.OPEN},
            ),
            admin=AdminListing(
                icon="clipboard-list",
                list_display=("name", "organization", "batch_size", "target_date", "status", "locale"),
                list_filter=("status", "capabilities", "region"),
                search_fields=("name", "organization__name"),
                list_export=(
                    "name",
                    "organization",
                    "batch_size",
                    "target_date",
                    "budget",
                    "region",
                    "status",
                ),
            ),
            searched_fields=("name", "description"),
            facets=(
                Facet("capabilities", "capabilities__slug"),
                Facet("materials", "materials__slug"),
                Facet("certifications", "certifications__slug"),
                Facet("status", "status", pinned=(OrderStatus.OPEN.value,)),
            ),
            ranges=(
                Range("batch", "batch_size", _("Batch size, pieces")),
                # The target date's year, not the date: every layer a range passes through (the form's
                # number fields, Elasticsearch's numeric bounds, the chips and the saved searches' wording)
                # reads a bound as a number, and a number of days until the date would change every day
                # while the indexed documents do not. The sort gives the order by the date itself.
                Range("target_year", "target_date__year", _("Target date, year")),
            ),
            sorts=(
                NEWEST_SORT,
                Sort("target_date", _("Target date, soonest first"), ("target_date", "pk")),
                Sort("-batch", _("Batch, largest first"), ("-batch_size", "pk")),
            ),
            card=(
                facts.field(_("Status"), "status"),
                facts.field(_("Capabilities"), "capabilities"),
                Fact(_("Batch size"), facts.batch_size),
                Fact(_("Target date"), facts.target_date),
                facts.field(_("Delivery region"), "region"),
                Fact(_("Budget"), facts.budget),
            ),
            details=(
                facts.link(_("Buyer"), "organization"),
                facts.field(_("Status"), "status"),
                facts.field(_("Capabilities"), "capabilities"),
                facts.field(_("Materials"), "materials"),
                facts.field(_("Certifications"), "certifications"),
                Fact(_("Batch size"), facts.batch_size),
                Fact(_("Target date"), facts.target_date),
                Fact(_("Budget"), facts.budget),
                facts.field(_("Delivery region"), "region"),
            ),
            relations=relations.order_relations,
        ),
    )
}
