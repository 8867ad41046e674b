"""/sitemap.xml is an index; each section is paginated at its sitemap's `limit` addresses per file."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from catalog.registry import SPECS
from catalog.sitemaps import CatalogSitemap
from core import sitemap_xml
from home.sitemaps import PageSitemap

SECTIONS = {
    "pages": PageSitemap,
    **{segment: CatalogSitemap(spec.model) for segment, spec in SPECS.items()},
}

urlpatterns = [
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SECTIONS, "sitemap_url_name": "sitemap_section"},
        name="sitemap_index",
    ),
    path("sitemap-<section>.xml", sitemap_xml.section, {"sitemaps": SECTIONS}, name="sitemap_section"),
]
