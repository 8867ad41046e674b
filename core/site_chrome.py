"""What every public page shows around its content: the home page, the menu and the footer, per language.

They take five queries to read and change only when editors publish, move or delete a page or edit the
footer or the sites, so they are read once per site and language and kept in the cache under the cache
generation, which every such change renews (core.cache_generation).
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core import cache_generation
from core.models import FooterSettings
from core.serving import localized_root, public


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


def _footer_pages(footer: FooterSettings, home: Page) -> list[Page]:
    """The live pages of the footer's links in the home page's language, in the editors' order."""
    keys = [link.page.translation_key for link in footer.links.select_related("page")]
    pages = Page.objects.live().filter(translation_key__in=keys, locale_id=home.locale_id)
    found = {page.translation_key: page for page in pages}
    return [found[key] for key in keys if key in found]


def _read(request) -> SiteChrome:
    site = Site.find_for_request(request)
    if site is None:
        return SiteChrome(None, (), ())
    home = localized_root(site)
    footer = FooterSettings.for_site(site)
    return SiteChrome(
        home=PageLink.of(home, request),
        menu=tuple(PageLink.of(page, request) for page in public(home.get_children().live().in_menu())),
        footer=tuple(PageLink.of(page, request) for page in _footer_pages(footer, home)),
        contact_email=footer.contact_email,
        contact_phone=footer.contact_phone,
    )


def site_chrome(request) -> SiteChrome:
    """The chrome of the request's site in the active language (once per request, from the cache)."""
    language = get_language()
    remembered = getattr(request, "_site_chrome", None)
    if remembered is not None and remembered[0] == language:
        return remembered[1]
    key = f"site-chrome:{cache_generation.current()}:{request.get_host()}:{request.get_port()}:{language}"
    chrome = cache.get(key)
    if chrome is None:
        chrome = _read(request)
        cache.set(key, chrome, cache_generation.CACHE_SECONDS)
    request._site_chrome = (language, chrome)
    return chrome
