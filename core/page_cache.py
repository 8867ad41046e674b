"""Whole public pages for anonymous visitors, kept in the cache: a page read again costs no query.

A page is kept under its address (scheme, host, path and query string), its language, the version for the
visually impaired that the visitor chose (its two cookies, core.visual_settings), the day (a measure's
status follows the date) and the cache generation (core.cache_generation), which every change editors
make to what visitors see renews: no change waits for an entry to expire, except in another process with
the per-process local-memory cache, which keeps entries PAGE_CACHE_SECONDS.

Only a GET or HEAD of an address inside a language's prefix, outside the private sections, from a visitor
who sends no cookie but those the key holds or that change nothing on a public page, is answered from the
cache. A session cookie thus always goes past it: signed-in people (editors previewing too) never read a
kept page, and what they are shown is never kept. What a visitor is shown is kept only when it is a plain
200 that sets no cookie (a form's CSRF token comes with one, as does a message shown once), that says
nothing against keeping it (Cache-Control private, no-cache or no-store: Wagtail's restricted pages) and
that varies on no request header but the cookies.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import split_header_value

from core import cache_generation, request_log
from core.visual_settings import COOKIE, PANEL_COOKIE, VisualSettings

# The sections after the language prefix that show a visitor their own things (the admin, the probes and
# everything else outside the language prefixes is never kept either).
PRIVATE_SECTIONS = frozenset({"accounts", "applications", "cabinet"})
# The key holds the version for the visually impaired; a CSRF token or a language cookie does not change a
# page that can be kept (a page with a form sets the token's cookie, and the address names the language).
HARMLESS_COOKIES = frozenset({COOKIE, PANEL_COOKIE, settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME})
REFUSING = frozenset({"private", "no-cache", "no-store"})
HEADER = "X-Cache"


def _language(request) -> str | None:
    """The language of an address that can be kept, else None."""
    parts = request.path_info.split("/", 3)
    if len(parts) < 3 or parts[1] not in dict(settings.LANGUAGES):
        return None
    return None if parts[2] in PRIVATE_SECTIONS else parts[1]


def key(request) -> str | None:
    """Where the request's page is kept, or None when it is not read from the cache nor kept."""
    if request.method not in ("GET", "HEAD") or not request.COOKIES.keys() <= HARMLESS_COOKIES:
        return None
    language = _language(request)
    if language is None:
        return None
    visual = VisualSettings.from_cookie(request.COOKIES.get(COOKIE))
    version = visual.cookie_value() if visual.enabled else "usual"
    if request.COOKIES.get(PANEL_COOKIE) == "open":
        version += ".open"
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    day = timezone.localdate().isoformat()
    return f"page:{cache_generation.current()}:{day}:{language}:{version}:{address}"


def _keepable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = {part.split("=")[0].lower() for part in split_header_value(response.get("Cache-Control", ""))}
    varies = {header.lower() for header in split_header_value(response.get("Vary", ""))}
    return not control & REFUSING and varies <= {"cookie"}


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        where = key(request) if seconds else None
        if where is None:
            return self.get_response(request)
        kept = cache.get(where)
        if kept is not None:
            content, headers = kept
            response = HttpResponse(content, headers=headers)
            response[HEADER] = "hit"
            request_log.note("page_cache", "hit")
            return response
        response = self.get_response(request)
        if request.method == "GET" and _keepable(response):
            cache.set(where, (response.content, list(response.items())), seconds)
        response[HEADER] = "miss"
        request_log.note("page_cache", "miss")
        return response
