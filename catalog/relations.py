"""Links between catalog entries and pages, read from the catalog side where they are declared."""

from django.db import models
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


def matching_manufacturers(order: Order) -> models.QuerySet:
    """The published manufacturing profiles that can take the order: every capability and certification it
    requires, at least one of its materials when it names any, and batches of its size (the buyer itself
    left out). The order's page lists them, and they are the ones told of it (marketplace.matching)."""
    manufacturers = published(Manufacturer).filter(
        batch_min__lte=order.batch_size, batch_max__gte=order.batch_size
    )
    for capability in order.capabilities.all():
        manufacturers = manufacturers.filter(capabilities=capability)
    for certification in order.certifications.all():
        manufacturers = manufacturers.filter(certifications=certification)
    if materials := list(order.materials.all()):
        manufacturers = manufacturers.filter(
            pk__in=Manufacturer.materials.through.objects.filter(material__in=materials).values(
                "manufacturer"
            )
        )
    return manufacturers.exclude(organization=order.organization_id)


def order_relations(entry: Order) -> dict:
    """The buyer, and the manufacturers that can take the order."""
    first, total = _first_and_total(
        matching_manufacturers(entry).select_related("locale"), "organization__name", "pk"
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
