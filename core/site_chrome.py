"""What every public page shows around its content: the home page, the menu and the footer, per language.

They take seven queries to read and change only when editors publish, move or delete a page or edit the
footer or the sites, so they are read once per site and language and kept in the cache. Every such change
starts a new generation of the cache (`connect`), immediately and again after its transaction commits,
so no visitor keeps seeing the old menu in this process, nor, with a shared cache (Redis), in any other.
With the per-process local-memory cache another process shows it for at most CACHE_SECONDS.
"""

import time
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core.models import FooterLink, FooterSettings

CACHE_SECONDS = 300
GENERATION_KEY = "site-chrome:generation"


@dataclass(frozen=True)
class PageLink:
    pk: int
    path: str  # the page's place in the tree: the menu marks the section the visitor is in
    title: str
    url: str

    @classmethod
    def of(cls, page: Page, request) -> "PageLink":
        return cls(page.pk, page.path, page.title, page.get_url(request) or "")


@dataclass(frozen=True)
class SiteChrome:
    home: PageLink | None
    menu: tuple[PageLink, ...]
    footer: tuple[PageLink, ...]
    contact_email: str = ""
    contact_phone: str = ""


def _footer_pages(footer: FooterSettings) -> list[Page]:
    """The live pages of the footer's links in the reader's language, in the editors' order."""
    keys = [link.page.translation_key for link in footer.links.select_related("page")]
    pages = Page.objects.live().filter(translation_key__in=keys, locale=Locale.get_active())
    found = {page.translation_key: page for page in pages}
    return [found[key] for key in keys if key in found]


def _read(request) -> SiteChrome:
    site = Site.find_for_request(request)
    if site is None:
        return SiteChrome(None, (), ())
    home = site.root_page.localized.specific
    footer = FooterSettings.for_site(site)
    return SiteChrome(
        home=PageLink.of(home, request),
        menu=tuple(PageLink.of(page, request) for page in home.get_children().live().public().in_menu()),
        footer=tuple(PageLink.of(page, request) for page in _footer_pages(footer)),
        contact_email=footer.contact_email,
        contact_phone=footer.contact_phone,
    )


def _generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = time.time_ns()
        cache.add(GENERATION_KEY, generation, None)
    return generation


def site_chrome(request) -> SiteChrome:
    """The chrome of the request's site in the active language (once per request, from the cache)."""
    language = get_language()
    remembered = getattr(request, "_site_chrome", None)
    if remembered is not None and remembered[0] == language:
        return remembered[1]
    key = f"site-chrome:{_generation()}:{request.get_host()}:{request.get_port()}:{language}"
    chrome = cache.get(key)
    if chrome is None:
        chrome = _read(request)
        cache.set(key, chrome, CACHE_SECONDS)
    request._site_chrome = (language, chrome)
    return chrome


def forget(**kwargs) -> None:
    """Starts a new generation now, and again once the change is committed: a visitor who read the old
    pages between the two cannot leave them in the cache."""
    cache.set(GENERATION_KEY, time.time_ns(), None)
    transaction.on_commit(lambda: cache.set(GENERATION_KEY, time.time_ns(), None))


def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        forget()


def connect() -> None:
    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(forget, dispatch_uid="site-chrome")
    post_delete.connect(_page_deleted, dispatch_uid="site-chrome.page")
    for model in (FooterSettings, FooterLink, Site, Locale, PageViewRestriction):
        for signal in (post_save, post_delete):
            signal.connect(forget, sender=model, dispatch_uid="site-chrome")
