from django.conf import settings
from django.contrib.sitemaps import Sitemap

from catalog.entry import published


class CatalogSitemap(Sitemap):
    """Every entry of one catalog, at its address in each language (with hreflang alternates)."""

    i18n = True
    alternates = True
    x_default = True
    # Each item yields one URL per language, and a sitemap file holds at most SITEMAP_MAX_URLS.
    limit = settings.SITEMAP_MAX_URLS // len(settings.LANGUAGES)

    def __init__(self, model):
        self.model = model

    def items(self):
        return (
            published(self.model)
            .select_related("locale")
            .only("pk", "slug", "updated", "locale__language_code")
            .order_by("pk")
        )

    def lastmod(self, item):
        return item.updated
