"""Actions allowed per key (a visitor's address, a person, a pair of organizations) in a fixed window,
counted in the cache (Redis in production, local memory by default)."""

import time
from dataclasses import dataclass

from django.core.cache import cache


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
