"""/sitemap.xml is an index; each section is paginated at SITEMAP_MAX_URLS per file."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from catalog.models import Manufacturer, Organization, Premises, Project
from catalog.sitemaps import CatalogSitemap
from home.sitemaps import PageSitemap

SECTIONS = {
    "pages": PageSitemap,
    **{model.segment: CatalogSitemap(model) for model in (Premises, Project, Organization, Manufacturer)},
}

urlpatterns = [
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SECTIONS, "sitemap_url_name": "sitemap_section"},
        name="sitemap_index",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SECTIONS}, name="sitemap_section"),
]
