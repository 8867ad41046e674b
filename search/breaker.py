"""One circuit breaker for every call to Elasticsearch in a request or an editor's save: the catalog engine,
the site search's page groups, the catalogs' live updates and Wagtail's page indexing. After a failure
(unreachable, refused, or silent past the short timeout), calls skip Elasticsearch for RETRY_AFTER seconds:
searches are answered by the database, and updates are left for `rebuild_search_index` / `update_index`.
The state is per process, as each web worker finds out for itself. The request's log record says when
Elasticsearch failed or was skipped (core.request_log)."""

import logging
import time

from core.request_log import note

logger = logging.getLogger(__name__)

# After a failure, nobody is made to wait for the timeout again for this long (seconds).
RETRY_AFTER = 30.0
_failed_at: float | None = None


def available() -> bool:
    if _failed_at is None or time.monotonic() - _failed_at > RETRY_AFTER:
        return True
    note("search_fallback", f"Elasticsearch skipped: it failed {time.monotonic() - _failed_at:.0f} s ago")
    return False


def failed(what: str, error: Exception) -> None:
    global _failed_at
    _failed_at = time.monotonic()
    warning = f"Elasticsearch did not answer {what} ({error}): skipped for {RETRY_AFTER:.0f} s"
    logger.warning(warning)
    note("search_fallback", warning)


def answered() -> None:
    global _failed_at
    _failed_at = None
