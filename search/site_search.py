"""The site-wide search: support measures, then each catalog through the catalog engine
(`search.engines.search`, the same answers its listing gives for the same words), then the other pages.

Pages are found with the catalogs' Snowball stems and matching rule on every engine: through Wagtail's
Elasticsearch backend with the catalogs' analyzer (search.wagtail_elasticsearch) when it is the page search
backend, else, and whenever Elasticsearch fails, in the database's page index (search.page_index).
"""

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from catalog.entry import LocalizedEntry, localize
from catalog.registry import SPECS
from core.request_log import note
from core.text import WORD, query_stems
from home.models import MeasureStatus, SupportMeasureIndexPage, SupportMeasurePage
from search import breaker, elastic, engines, page_index
from search.matching import analyse
from search.query import Query

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


def _elasticsearch_groups(groups: list, text: str) -> list[tuple[int, list[int]]] | None:
    """(total, first ids) per queryset of `groups` from Elasticsearch; None when it fails."""
    # Only the words go to Elasticsearch: punctuation means nothing here, as in the catalogs.
    words = " ".join(WORD.findall(text))
    if not breaker.available():
        return None
    try:
        found = [_page_backend().ranked_ids(pages, words, MAX_PAGES) for pages in groups]
    except elastic.FAILURES as error:
        breaker.failed("the site search's pages; the database page index answers instead", error)
        return None
    breaker.answered()
    return found


def _database_groups(pages, text: str) -> list[tuple[int, list[int]]]:
    """(total, first ids) of the support measures and of the other pages, from one query."""
    measure_type = ContentType.objects.get_for_model(SupportMeasurePage).pk
    found = page_index.ranked(pages, analyse(text))
    measures = [pk for pk, content_type in found if content_type == measure_type]
    others = [pk for pk, content_type in found if content_type != measure_type]
    return [(len(measures), measures[:MAX_PAGES]), (len(others), others[:MAX_PAGES])]


def _group(total: int, found: list[int], specific: dict, request) -> PageGroup | None:
    if not total:
        return None
    hits = [
        PageHit(page, page.get_url(request), _description(page)) for pk in found if (page := specific.get(pk))
    ]
    return PageGroup(total, hits)


def _live_pages():
    return Page.objects.live().public().filter(locale=Locale.get_active(), depth__gt=1)


def search_pages(text: str, request) -> tuple[PageGroup | None, PageGroup | None]:
    """The support measures found (open ones first, then upcoming, then closed, each by relevance) and the
    other pages found: news, clusters and the rest."""
    if not analyse(text).words:
        return None, None
    pages = _live_pages()
    groups = None
    if _elasticsearch_pages():
        groups = _elasticsearch_groups(
            [pages.type(SupportMeasurePage), pages.not_type(SupportMeasurePage)], text
        )
    note("page_search_engine", "elasticsearch" if groups else "database")
    (measures_total, measures), (others_total, others) = groups or _database_groups(pages, text)
    # Read through `pages`, so that a page unpublished since it was indexed is not shown.
    specific = pages.filter(pk__in=[*measures, *others]).specific().in_bulk()
    measure_group = _group(measures_total, measures, specific, request)
    if measure_group:
        measure_group.hits.sort(key=lambda hit: STATUS_ORDER.index(hit.page.status))
    return measure_group, _group(others_total, others, specific, request)


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
