"""The engine a catalog query goes to: Elasticsearch when configured and answering, else the database.

Both engines implement `search(spec, query, language) -> Result` (and Elasticsearch `search_many`, one
request for several catalogs) and pass the same conformance suite
(tests/search/test_search_conformance.py), so a visitor gets the same answers from either.
"""

from django.conf import settings

from catalog.registry import CatalogSpec
from core.request_log import note
from core.server_timing import timed
from search import breaker
from search.engines import database
from search.query import Query, Result


def elasticsearch_enabled() -> bool:
    return bool(settings.CATALOG_SEARCH["ELASTICSEARCH_URL"])


def search(spec: CatalogSpec, query: Query, language: str) -> Result:
    return search_many([spec], query, language)[0]


def search_many(specs: list[CatalogSpec], query: Query, language: str) -> list[Result]:
    """The query in each of `specs`' catalogs, from one engine."""
    with timed("search"):
        return _search_many(specs, query, language)


def _search_many(specs: list[CatalogSpec], query: Query, language: str) -> list[Result]:
    if elasticsearch_enabled() and breaker.available():
        from search.engines import elasticsearch

        try:
            results = elasticsearch.search_many(specs, query, language)
        except elasticsearch.Unavailable as error:
            breaker.failed("a catalog search; the database engine answers instead", error)
        else:
            breaker.answered()
            note("catalog_search_engine", "elasticsearch")
            return results
    note("catalog_search_engine", "database")
    return [database.search(spec, query, language) for spec in specs]
