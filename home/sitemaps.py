from django.conf import settings
from django.db.models import Q
from django.db.models.functions import Coalesce
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PageSitemap(Sitemap):
    """Every live public page of the site in every language (Wagtail's own sitemap sees one locale only)."""

    limit = settings.SITEMAP_MAX_URLS

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_any_tree).live().public().order_by("path").defer_streamfields().specific()
        )

    def get_latest_lastmod(self):
        """The latest of the pages' dates (`lastmod`), or none when a page has none, from one column: Wagtail
        reads every page whole, in its own type, for the sitemap index."""
        dates = list(
            self.items().values_list(Coalesce("last_published_at", "latest_revision_created_at"), flat=True)
        )
        return None if None in dates else max(dates, default=None)
