"""The catalogs in the Wagtail admin: snippet listings with filters, search and CSV/XLSX export, one per
declared catalog (catalog.registry), under one Catalogs menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from catalog.registry import SPECS, CatalogSpec
from core.admin_choosers import SnippetChooserInEditorsLanguage
from core.admin_columns import LocalizedColumnsMixin


class CatalogIndexView(LocalizedColumnsMixin, IndexView):
    pass


class CatalogViewSet(SnippetViewSet):
    index_view_class = CatalogIndexView
    # The admin searches with the database (icontains): no search index is needed for 35,000 rows.
    search_backend_name = None
    list_per_page = 50
    copy_view_enabled = False
    chooser_viewset_class = SnippetChooserInEditorsLanguage


def _viewset(spec: CatalogSpec) -> type[CatalogViewSet]:
    admin = spec.admin
    return type(
        f"{spec.model.__name__}ViewSet",
        (CatalogViewSet,),
        {
            "model": spec.model,
            "icon": admin.icon,
            "list_display": list(admin.list_display),
            "list_filter": list(admin.list_filter),
            "search_fields": list(admin.search_fields),
            "list_export": list(admin.list_export),
            "export_filename": spec.segment,
        },
    )


class CatalogGroup(SnippetViewSetGroup):
    menu_label = _("Catalogs")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = tuple(_viewset(spec) for spec in SPECS.values())


register_snippet(CatalogGroup)
