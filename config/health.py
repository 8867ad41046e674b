"""Probes for load balancers and orchestrators. /healthz: the process answers (restart it when it does not).
/readyz: it can serve visitors, as the database, the cache and, when the catalogs search it, Elasticsearch
answer (send it no traffic while one does not). Neither is cached, language-prefixed or listed anywhere."""

import logging
import time
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from search import elastic
from search.engines import elasticsearch_enabled

logger = logging.getLogger(__name__)


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _cache() -> None:
    # A key of its own, so that probes of several processes sharing the cache do not read each other's.
    key, value = f"readyz-{uuid.uuid4().hex}", "ok"
    cache.set(key, value, timeout=10)
    stored = cache.get(key)
    cache.delete(key)
    if stored != value:
        raise RuntimeError("the cache did not keep a value")


def _elasticsearch() -> None:
    # The visitors' client: no retry, and their short timeout (SEARCH_TIMEOUT) is all a silent server costs.
    elastic.client().info()


def _checks() -> dict:
    checks = {"database": _database, "cache": _cache}
    if elasticsearch_enabled():
        checks["elasticsearch"] = _elasticsearch
    return checks


def _run(name: str, check) -> dict:
    started = time.perf_counter()
    try:
        check()
        ok = True
    except Exception as error:  # whatever the failure, the probe reports it rather than failing itself
        logger.warning("readyz: %s is not ready (%s)", name, error)
        ok = False
    return {"name": name, "ok": ok, "ms": round((time.perf_counter() - started) * 1000, 1)}


@never_cache
@require_safe
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request):
    # The reasons go to the log, not to the public answer: they can name hosts and ports.
    results = [_run(name, check) for name, check in _checks().items()]
    ready = all(result["ok"] for result in results)
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": results}, status=200 if ready else 503
    )
