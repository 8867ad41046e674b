from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max
from django.urls import reverse
from django.utils import translation

from catalog.entry import published

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class _Addresses:
    """A catalog's (entry, language) pairs in the order of the files, for Django's paginator: it counts them
    with one query and reads only the rows of the file asked for. An entry is (id, slug, last change)."""

    def __init__(self, rows):
        self.rows = rows

    def __len__(self) -> int:
        return self.rows.count() * len(LANGUAGES)

    def __getitem__(self, pairs: slice) -> list:
        # A file may begin or end between the languages of one entry.
        first, skip = divmod(pairs.start, len(LANGUAGES))
        last = -(-pairs.stop // len(LANGUAGES))
        found = [(row, language) for row in self.rows[first:last] for language in LANGUAGES]
        return found[skip : skip + pairs.stop - pairs.start]


class CatalogSitemap(Sitemap):
    """Every published entry of one catalog at its address in each language, each naming all of them and the
    unprefixed one (x-default) as alternates.

    With 35,000 organizations, reversing every address and reading every entry for each file and for the
    index took seconds: the addresses are the catalog's address in each language followed by `<id>-<slug>/`
    (search.catalog_urls), and the index's date is one query.
    """

    # Addresses per file (an entry has one in each language): half the protocol's 50,000, which keeps a
    # file, with its alternates, near 12 MB.
    limit = settings.SITEMAP_MAX_URLS // len(settings.LANGUAGES)

    def __init__(self, model):
        self.model = model

    @property
    def paginator(self) -> Paginator:
        rows = published(self.model).order_by("pk").values_list("pk", "slug", "updated")
        return Paginator(_Addresses(rows), self.limit)

    def get_latest_lastmod(self):
        return published(self.model).aggregate(latest=Max("updated"))["latest"]

    def _urls(self, page, protocol, domain) -> list[dict]:
        catalog = {}
        for language in LANGUAGES:
            with translation.override(language):
                catalog[language] = f"{protocol}://{domain}{reverse(f'catalog:{self.model.segment}-list')}"
        default = settings.LANGUAGE_CODE
        catalog["x-default"] = catalog[default].replace(f"/{default}/", "/", 1)
        urls = []
        for (pk, slug, updated), language in self.paginator.page(page).object_list:
            entry = f"{pk}-{slug}/"
            urls.append(
                {
                    "location": catalog[language] + entry,
                    "lastmod": updated,
                    "alternates": [
                        {"location": address + entry, "lang_code": code} for code, address in catalog.items()
                    ],
                }
            )
        if urls:
            self.latest_lastmod = max(url["lastmod"] for url in urls)
        return urls
