"""The engine a catalog query goes to: Elasticsearch when configured and answering, else the database.

Both engines implement `search(spec, query, language) -> Result` (and Elasticsearch `search_many`, one
request for several catalogs) and pass the same conformance suite
(tests/search/test_search_conformance.py), so a visitor gets the same answers from either.
"""

import logging
import time

from django.conf import settings

from catalog.registry import CatalogSpec
from core.server_timing import timed
from search.engines import database
from search.query import Query, Result

logger = logging.getLogger(__name__)

# After a failure, visitors are not made to wait for the timeout again for this long (seconds).
RETRY_AFTER = 30.0
_failed_at: float | None = None


def elasticsearch_enabled() -> bool:
    return bool(settings.CATALOG_SEARCH["ELASTICSEARCH_URL"])


def search(spec: CatalogSpec, query: Query, language: str) -> Result:
    return search_many([spec], query, language)[0]


def search_many(specs: list[CatalogSpec], query: Query, language: str) -> list[Result]:
    """The query in each of `specs`' catalogs, from one engine."""
    with timed("search"):
        return _search_many(specs, query, language)


def _search_many(specs: list[CatalogSpec], query: Query, language: str) -> list[Result]:
    global _failed_at
    if elasticsearch_enabled() and (_failed_at is None or time.monotonic() - _failed_at > RETRY_AFTER):
        from search.engines import elasticsearch

        try:
            results = elasticsearch.search_many(specs, query, language)
        except elasticsearch.Unavailable as error:
            _failed_at = time.monotonic()
            logger.warning("Elasticsearch did not answer (%s); the database engine answers instead", error)
        else:
            _failed_at = None
            return results
    return [database.search(spec, query, language) for spec in specs]
