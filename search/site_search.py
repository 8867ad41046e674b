"""The site-wide search: support measures, then each catalog through the catalog engine
(`search.engines.search`, the same answers its listing gives for the same words), then the other pages.

Pages are found with the catalogs' Snowball stems and matching rule on every engine: through Wagtail's
Elasticsearch backend with the catalogs' analyzer (search.wagtail_elasticsearch) when it is the page search
backend, else, and whenever Elasticsearch fails, in the database's page index (search.page_index).
"""

import logging
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from catalog.entry import LocalizedEntry, localize
from catalog.registry import SPECS
from core.text import WORD, query_stems
from home.models import MeasureStatus, SupportMeasureIndexPage, SupportMeasurePage
from search import elastic, engines, page_index
from search.matching import analyse
from search.query import Query

logger = logging.getLogger(__name__)
MAX_PAGES = 10
ENTRIES_PER_CATALOG = 5
# The first of these a page has, as the text under its title.
PAGE_DESCRIPTIONS = ("search_description", "intro", "summary", "lead")
# Among the measures found, those a visitor can still apply to come first.
STATUS_ORDER = [MeasureStatus.OPEN, MeasureStatus.UPCOMING, MeasureStatus.CLOSED]


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


def _elasticsearch_pages() -> bool:
    return settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "search.wagtail_elasticsearch"


@lru_cache(maxsize=4)
def _backend(configuration: str):
    return get_search_backend()


def _page_backend():
    """Wagtail's page search backend, made once per configuration: a new one per search would open a new
    connection to Elasticsearch every time."""
    return _backend(repr(settings.WAGTAILSEARCH_BACKENDS["default"]))


def _wagtail_results(pages, text: str) -> tuple[int, list[int]]:
    # Only the words go to Elasticsearch: punctuation means nothing here, as in the catalogs.
    return _page_backend().ranked_ids(pages, " ".join(WORD.findall(text)), MAX_PAGES)


def _page_results(pages, text: str) -> tuple[int, list[int]]:
    analysis = analyse(text)
    if not analysis.words:
        return 0, []
    if _elasticsearch_pages():
        try:
            return _wagtail_results(pages, text)
        except elastic.FAILURES as error:
            logger.warning(
                "Elasticsearch did not answer (%s); the database page index answers instead", error
            )
    return page_index.search(pages, analysis, MAX_PAGES)


def _group(pages, text: str, request) -> PageGroup | None:
    total, found = _page_results(pages, text)
    if not total:
        return None
    # Read through `pages`, so that a page unpublished since it was indexed is not shown.
    specific = pages.filter(pk__in=found).specific().in_bulk()
    hits = [
        PageHit(page, page.get_url(request), _description(page)) for pk in found if (page := specific.get(pk))
    ]
    return PageGroup(total, hits)


def _live_pages():
    return Page.objects.live().public().filter(locale=Locale.get_active(), depth__gt=1)


def search_measures(text: str, request) -> PageGroup | None:
    """The support measures found, open ones first, then upcoming, then closed, each by relevance."""
    group = _group(_live_pages().type(SupportMeasurePage), text, request)
    if group:
        group.hits.sort(key=lambda hit: STATUS_ORDER.index(hit.page.status))
    return group


def search_pages(text: str, request) -> PageGroup | None:
    """The pages found other than support measures: news, clusters and the rest."""
    return _group(_live_pages().not_type(SupportMeasurePage), text, request)


def measure_finder_url() -> str | None:
    """The measure finder in the reader's language, for a visitor whose words found nothing."""
    index = SupportMeasureIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    return f"{index.url}{index.reverse_subpage('finder')}" if index else None


def search_catalogs(text: str, language: str) -> list[CatalogGroup]:
    # A query with no word to look for (punctuation, stop words) would match every entry of every catalog:
    # a filter that filters nothing suits a listing, not a search.
    if not query_stems(text):
        return []
    specs = list(SPECS.values())
    query = Query(text=text, per_page=ENTRIES_PER_CATALOG, counts=False)
    groups = []
    for spec, result in zip(specs, engines.search_many(specs, query, language), strict=True):
        if not result.total:
            continue
        objects = spec.model.objects.select_related("locale").in_bulk(result.ids)
        groups.append(
            CatalogGroup(
                segment=spec.segment,
                title=spec.title,
                total=result.total,
                entries=localize([objects[pk] for pk in result.ids if pk in objects], language),
                listing_url=f"{reverse(f'catalog:{spec.segment}-list')}?{urlencode({'q': text})}",
            )
        )
    return groups


def catalog_listings() -> list[tuple[str, str]]:
    """(title, address) of every catalog's listing, for a visitor whose words found nothing."""
    return [(spec.title, reverse(f"catalog:{segment}-list")) for segment, spec in SPECS.items()]
