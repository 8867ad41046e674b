"""The cache generation: the number that the caches of what visitors see (the menu and footer in
core.site_chrome, the view restrictions in core.serving, whole pages in core.page_cache) put in their keys.

What they keep changes only when editors change what visitors see: a page published, unpublished, moved,
renamed or deleted; the footer, a site, a locale, a view restriction, an image or a document; and what the
apps above declare with `follow` (catalog entries, taxonomies, organizations' members) or start themselves
(search.indexing, once the documents listings read are rebuilt). Each such change starts a new generation,
so every key changes and nothing kept before is read again. It starts at once, so that this process shows
the change on its next page, and again after the transaction commits: a visitor who read the old rows
between the two cannot leave them in the cache. With a shared cache (Redis) every process sees the new
generation; with the per-process local-memory cache another process sees it only when its own entries
expire, which is why they are kept for minutes only (CACHE_SECONDS; pages: PAGE_CACHE_SECONDS).
"""

import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core.models import FooterLink, FooterSettings

KEY = "cache-generation"
DISPATCH_UID = "cache-generation"
CACHE_SECONDS = 300


def current() -> int:
    generation = cache.get(KEY)
    if generation is None:
        generation = time.time_ns()
        if not cache.add(KEY, generation, None):
            generation = cache.get(KEY, generation)
    return generation


def _start() -> None:
    cache.set(KEY, time.time_ns(), None)


def start_new(**kwargs) -> None:
    """A new generation now and another after the commit, queued once per transaction: an import of
    thousands of entries commits once."""
    _start()
    connection = transaction.get_connection()
    if not any(callback is _start for _savepoints, callback, _robust in connection.run_on_commit):
        transaction.on_commit(_start)


def follow(*models) -> None:
    """Saving or deleting a row of any of `models` starts a new generation."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(start_new, sender=model, dispatch_uid=DISPATCH_UID)


def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        start_new()


def connect() -> None:
    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(start_new, dispatch_uid=DISPATCH_UID)
    post_delete.connect(_page_deleted, dispatch_uid=f"{DISPATCH_UID}.page")
    # Image renditions are left out: pages make them while they are being read.
    follow(
        FooterSettings,
        FooterLink,
        Site,
        Locale,
        PageViewRestriction,
        get_image_model(),
        get_document_model(),
    )
