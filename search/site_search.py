"""The site-wide search: pages in the reader's language through Wagtail's search, then each catalog through
the catalog engine (`search.engines.search`), the same answers its listing gives for the same words."""

import logging
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale, Page

from catalog.entry import LocalizedEntry, localize
from catalog.registry import SPECS
from core.text import WORD, query_stems
from search import elastic, engines
from search.query import Query

logger = logging.getLogger(__name__)
MAX_PAGES = 10
ENTRIES_PER_CATALOG = 5
# The first of these a page has, as the text under its title.
PAGE_DESCRIPTIONS = ("search_description", "intro", "summary", "lead")


@dataclass(frozen=True)
class PageHit:
    page: Page
    url: str
    description: str


@dataclass(frozen=True)
class PageGroup:
    total: int
    hits: list[PageHit]


@dataclass(frozen=True)
class CatalogGroup:
    segment: str
    title: str
    total: int
    entries: list[LocalizedEntry]
    listing_url: str  # the catalog's own listing for the same words, with its filters


def _description(page: Page) -> str:
    return next((text for name in PAGE_DESCRIPTIONS if (text := getattr(page, name, ""))), "")


def _page_results(pages, words: str, backend: str) -> tuple[int, list[Page]]:
    # Every word must match, as in the catalogs: another word narrows the results instead of widening them.
    results = pages.search(words, operator="and", backend=backend)
    total = results.count()
    return total, list(results[:MAX_PAGES]) if total else []


def search_pages(text: str, request) -> PageGroup | None:
    # Only the words go to Wagtail: punctuation means nothing here, as in the catalogs, and a quote or a
    # bracket would be query syntax to SQLite's full-text search.
    words = " ".join(WORD.findall(text))
    if not words:
        return None
    pages = Page.objects.live().public().filter(locale=Locale.get_active(), depth__gt=1)
    try:
        total, found = _page_results(pages, words, "default")
    except elastic.FAILURES as error:
        if "database" not in settings.WAGTAILSEARCH_BACKENDS:
            raise
        logger.warning("Elasticsearch did not answer (%s); the database page index answers instead", error)
        total, found = _page_results(pages, words, "database")
    if not total:
        return None
    specific = Page.objects.filter(pk__in=[page.pk for page in found]).specific().in_bulk()
    hits = []
    for page in found:
        page = specific.get(page.pk, page)
        hits.append(PageHit(page, page.get_url(request), _description(page)))
    return PageGroup(total, hits)


def search_catalogs(text: str, language: str) -> list[CatalogGroup]:
    # A query with no word to look for (punctuation, stop words) would match every entry of every catalog:
    # a filter that filters nothing suits a listing, not a search.
    if not query_stems(text):
        return []
    groups = []
    for segment, spec in SPECS.items():
        result = engines.search(spec, Query(text=text, per_page=ENTRIES_PER_CATALOG, counts=False), language)
        if not result.total:
            continue
        objects = spec.model.objects.select_related("locale").in_bulk(result.ids)
        groups.append(
            CatalogGroup(
                segment=segment,
                title=spec.title,
                total=result.total,
                entries=localize([objects[pk] for pk in result.ids if pk in objects], language),
                listing_url=f"{reverse(f'catalog:{segment}-list')}?{urlencode({'q': text})}",
            )
        )
    return groups


def catalog_listings() -> list[tuple[str, str]]:
    """(title, address) of every catalog's listing, for a visitor whose words found nothing."""
    return [(spec.title, reverse(f"catalog:{segment}-list")) for segment, spec in SPECS.items()]
