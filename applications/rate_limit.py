"""Applications accepted per IP address in a fixed window, counted in the cache (Redis or local memory)."""

import time

from django.conf import settings
from django.core.cache import cache


def _key(request) -> str:
    # The connection's address, or the one header the proxy is configured to set (CLIENT_IP_HEADER): never a
    # header the visitor writes, such as X-Forwarded-For as received, or they could pick a fresh address.
    address = request.META.get(settings.CLIENT_IP_META_KEY) or request.META.get("REMOTE_ADDR", "")
    window = int(time.time() // settings.APPLICATION_RATE_WINDOW)
    return f"applications:rate:{address}:{window}"


def is_limited(request) -> bool:
    return (cache.get(_key(request)) or 0) >= settings.APPLICATION_RATE_LIMIT


def count(request) -> None:
    key = _key(request)
    cache.add(key, 0, timeout=settings.APPLICATION_RATE_WINDOW)
    try:
        cache.incr(key)
    except ValueError:
        # The key expired between add and incr: this submission starts the new window.
        cache.set(key, 1, timeout=settings.APPLICATION_RATE_WINDOW)
