"""The catalogs in the Wagtail admin: snippet listings with filters, search and CSV/XLSX export."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from catalog.models import Manufacturer, Organization, Premises, Project


class CatalogViewSet(SnippetViewSet):
    # The admin searches with the database (icontains): no search index is needed for 35,000 rows.
    search_backend_name = None
    list_per_page = 50
    copy_view_enabled = False


class PremisesViewSet(CatalogViewSet):
    model = Premises
    icon = "home"
    list_display = ["title", "owner", "kind", "area", "rent", "okrug", "is_available", "locale"]
    list_filter = ["kind", "okrug", "is_available", "features"]
    search_fields = ["title", "owner", "address"]
    list_export = ["title", "owner", "address", "okrug", "district", "kind", "area", "rent", "available_from"]
    export_filename = "premises"


class ProjectViewSet(CatalogViewSet):
    model = Project
    icon = "pick"
    list_display = ["name", "organization", "industry", "stage", "year", "locale"]
    list_filter = ["stage", "industry", "year"]
    search_fields = ["name"]
    list_export = [
        "name",
        "organization",
        "industry",
        "stage",
        "cluster",
        "investment_sought",
        "year",
        "website",
    ]
    export_filename = "projects"


class OrganizationViewSet(CatalogViewSet):
    model = Organization
    icon = "group"
    list_display = ["name", "inn", "legal_form", "region", "size", "locale"]
    list_filter = ["roles", "legal_form", "size", "region"]
    search_fields = ["name", "inn", "ogrn"]
    list_export = ["name", "inn", "ogrn", "legal_form", "region", "size", "founded", "website"]
    export_filename = "organizations"


class ManufacturerViewSet(CatalogViewSet):
    model = Manufacturer
    icon = "cogs"
    list_display = ["organization", "batch_min", "batch_max", "lead_time_days", "locale"]
    list_filter = ["capabilities", "certifications"]
    search_fields = ["organization__name"]
    list_export = ["organization", "batch_min", "batch_max", "lead_time_days"]
    export_filename = "manufacturers"


class CatalogGroup(SnippetViewSetGroup):
    menu_label = _("Catalogs")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (PremisesViewSet, ProjectViewSet, OrganizationViewSet, ManufacturerViewSet)


register_snippet(CatalogGroup)
