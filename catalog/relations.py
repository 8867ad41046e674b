"""Links between catalog entries and pages, read from the catalog side where they are declared."""

from django.db.models import Count, Window

from catalog.entry import SOURCE_LANGUAGE, localize, published
from catalog.manufacturers import Manufacturer
from catalog.orders import Order
from catalog.organizations import Organization
from catalog.projects import Project

MEMBERS_SHOWN = 12
SHOWN = {"locale__language_code": SOURCE_LANGUAGE, "live": True}  # as catalog.entry.published


def _localized_page(page):
    return page.localized if page else None


def organization_relations(entry: Organization) -> dict:
    return {
        "projects": localize(entry.projects.filter(**SHOWN).select_related("locale").order_by("name")),
        "manufacturer": next(iter(localize(entry.manufacturer_profiles.filter(**SHOWN))), None),
        # The latest target date first: the orders still open come before the ones done.
        "orders": localize(
            entry.orders.filter(**SHOWN).select_related("locale").order_by("-target_date", "pk")
        ),
        "clusters": [cluster.localized for cluster in entry.clusters.all()],
    }


def project_relations(entry: Project) -> dict:
    return {
        "organization": localize([entry.organization])[0] if entry.organization else None,
        "cluster": _localized_page(entry.cluster),
    }


def manufacturer_relations(entry: Manufacturer) -> dict:
    return {"organization": localize([entry.organization])[0]}


def order_relations(entry: Order) -> dict:
    """The buyer, and the manufacturers that offer every capability the order requires and make batches of
    its size (the buyer itself left out)."""
    manufacturers = published(Manufacturer).filter(
        batch_min__lte=entry.batch_size, batch_max__gte=entry.batch_size
    )
    for capability in entry.capabilities.all():
        manufacturers = manufacturers.filter(capabilities=capability)
    first, total = _first_and_total(
        manufacturers.exclude(organization=entry.organization_id).select_related("locale"),
        "organization__name",
        "pk",
    )
    return {
        "organization": localize([entry.organization])[0],
        "manufacturers": localize(first),
        "manufacturers_total": total,
    }


def _first_and_total(entries, *order) -> tuple[list, int]:
    """The first MEMBERS_SHOWN entries and how many there are, in one query."""
    first = list(entries.annotate(total=Window(Count("pk"))).order_by(*order)[:MEMBERS_SHOWN])
    return first, first[0].total if first else 0


def cluster_members(cluster_page) -> dict:
    """A cluster page's member organizations and projects, whichever language version is shown."""
    members, members_total = _first_and_total(
        published(Organization)
        .select_related("locale")
        .filter(clusters__translation_key=cluster_page.translation_key),
        "name",
    )
    projects, projects_total = _first_and_total(
        published(Project)
        .select_related("locale")
        .filter(cluster__translation_key=cluster_page.translation_key),
        "-year",
        "name",
    )
    return {
        "members": localize(members),
        "members_total": members_total,
        "projects": localize(projects),
        "projects_total": projects_total,
    }
