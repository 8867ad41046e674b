"""Server-Timing: how long the server spent on a response, for browsers' developer tools and the benchmark.

`app` is the whole response; a part of it measured with `timed("name")` (the catalog search engine, say)
is reported under its own name, so the time the framework adds around it can be read off every response.
The same figures go to the request's log record (core.request_log).
"""

import time
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

from core import request_log

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
            with request_log.noting() as notes:
                response = self.get_response(request)
            parts = _parts.get()
        finally:
            _parts.reset(token)
        duration = (time.perf_counter() - started) * 1000
        timings = [f"app;dur={duration:.1f}"]
        timings += [f"{name};dur={part:.1f}" for name, part in parts.items()]
        response["Server-Timing"] = ", ".join(timings)
        request_log.log(request, response.status_code, duration, parts, notes)
        return response
