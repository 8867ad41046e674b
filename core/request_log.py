"""One record per request on the `imoscow.requests` logger, which LOG_FORMAT=json writes as a JSON line
(core.json_logs): the method, path, status and duration, the Server-Timing parts (core.server_timing), and
what the code noted with `note()` while answering, such as which engine searched and why Elasticsearch was
skipped. With the text format the logger stays quiet: the web server's access log says as much."""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

logger = logging.getLogger("imoscow.requests")
_notes: ContextVar[dict[str, str] | None] = ContextVar("request_notes", default=None)


def note(name: str, value: str) -> None:
    """Adds `name` to the request's record (the last value wins); outside a request, nothing happens."""
    notes = _notes.get()
    if notes is not None:
        notes[name] = value


@contextmanager
def noting():
    """The notes of the request being answered."""
    notes: dict[str, str] = {}
    token = _notes.set(notes)
    try:
        yield notes
    finally:
        _notes.reset(token)


def log(request, status: int, duration_ms: float, timings: dict[str, float], notes: dict[str, str]) -> None:
    logger.info(
        "%s %s %s",
        request.method,
        request.path,
        status,
        extra={
            "method": request.method,
            "path": request.path,
            "status": status,
            "duration_ms": round(duration_ms, 1),
            "timings": {name: round(duration, 1) for name, duration in timings.items()},
            **notes,
        },
    )
