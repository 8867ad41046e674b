"""Server-Timing: how long the server spent on a response, for browsers' developer tools and the benchmark.

`app` is the whole response; a part of it measured with `timed("name")` (the catalog search engine, say)
is reported under its own name, so the time the framework adds around it can be read off every response.
"""

import time
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

_parts: ContextVar[dict[str, float] | None] = ContextVar("server_timing_parts", default=None)


@contextmanager
def timed(name: str):
    started = time.perf_counter()
    try:
        yield
    finally:
        parts = _parts.get()
        if parts is not None:
            parts[name] += (time.perf_counter() - started) * 1000


class ServerTimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        token = _parts.set(defaultdict(float))
        try:
            response = self.get_response(request)
            parts = _parts.get()
        finally:
            _parts.reset(token)
        timings = [f"app;dur={(time.perf_counter() - started) * 1000:.1f}"]
        timings += [f"{name};dur={duration:.1f}" for name, duration in parts.items()]
        response["Server-Timing"] = ", ".join(timings)
        return response
