"""The catalogs' public addresses, one listing and one detail page per declared catalog.

They live here, above both: a listing is a faceted search, a detail page is the catalog's own.
"""

from django.urls import path

from catalog import views as entry_views
from catalog.registry import SPECS
from search import catalog_listing

app_name = "catalog"

urlpatterns = []
for segment, spec in SPECS.items():
    urlpatterns += [
        path(f"{segment}/", catalog_listing.listing, {"spec": spec}, name=f"{segment}-list"),
        path(f"{segment}/<int:pk>-<slug:slug>/", entry_views.entry_detail, {"spec": spec}, name=segment),
    ]
