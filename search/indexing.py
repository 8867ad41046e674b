"""Keeps every engine's documents current: the database engine's always, Elasticsearch's when it is on.

An editor's save never fails because Elasticsearch is away: the failure is logged, the database documents
are current, and `rebuild_search_index` brings Elasticsearch back in step.
"""

import logging
from collections.abc import Callable

from catalog.registry import SPECS, CatalogSpec
from search import documents
from search.engines import elasticsearch_enabled

logger = logging.getLogger(__name__)


def update(spec: CatalogSpec, pks: list[int]) -> None:
    if not pks:
        return
    documents.rebuild(spec, pks)
    if elasticsearch_enabled():
        from search import elastic

        try:
            elastic.update(spec, pks)
        except (elastic.Unavailable, *elastic.FAILURES) as error:
            logger.warning("Elasticsearch missed an update of %s %s: %s", spec.segment, pks, error)


def rebuild_all(write: Callable[[str], None] | None = None) -> dict[str, int]:
    """Every catalog's documents for every engine; returns the entries per catalog."""
    counts = documents.rebuild_all(write=write)
    if elasticsearch_enabled():
        from search import elastic

        for segment, spec in SPECS.items():
            if write:
                write(f"Elasticsearch: {segment}")
            elastic.rebuild(spec, write=write)
    return counts
