"""Actions allowed per key (a visitor's address, a person, a pair of organizations) in a fixed window,
counted in the cache (Redis in production, local memory by default)."""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    # The connection's address, or the one header the proxy is configured to set (CLIENT_IP_HEADER): never a
    # header the visitor writes, such as X-Forwarded-For as received, or they could pick a fresh address.
    return request.META.get(settings.CLIENT_IP_META_KEY) or request.META.get("REMOTE_ADDR", "")


@dataclass(frozen=True)
class FixedWindow:
    name: str
    limit: int
    seconds: int

    def _key(self, key: str) -> str:
        return f"rate:{self.name}:{key}:{int(time.time() // self.seconds)}"

    def is_limited(self, key: str) -> bool:
        return (cache.get(self._key(key)) or 0) >= self.limit

    def count(self, key: str) -> None:
        cache_key = self._key(key)
        cache.add(cache_key, 0, timeout=self.seconds)
        try:
            cache.incr(cache_key)
        except ValueError:
            # The key expired between add and incr: this action starts the new window.
            cache.set(cache_key, 1, timeout=self.seconds)
