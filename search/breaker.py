"""One circuit breaker for every call to Elasticsearch in a request or an editor's save: the catalog engine,
the site search's page groups, the catalogs' live updates and Wagtail's page indexing. After a failure
(unreachable, refused, or silent past the short timeout), calls skip Elasticsearch for RETRY_AFTER seconds:
searches are answered by the database, and updates are left for `rebuild_search_index` / `update_index`.
The state is per process, as each web worker finds out for itself."""

import logging
import time

logger = logging.getLogger(__name__)

# After a failure, nobody is made to wait for the timeout again for this long (seconds).
RETRY_AFTER = 30.0
_failed_at: float | None = None


def available() -> bool:
    return _failed_at is None or time.monotonic() - _failed_at > RETRY_AFTER


def failed(what: str, error: Exception) -> None:
    global _failed_at
    _failed_at = time.monotonic()
    logger.warning("Elasticsearch did not answer %s (%s): skipped for %d s", what, error, RETRY_AFTER)


def answered() -> None:
    global _failed_at
    _failed_at = None
