"""Where the visitor is and where they can go: language versions, the home page, menu and breadcrumbs.

The language versions drive both the switcher and the hreflang alternates, so they can never disagree.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from core.site_chrome import PageLink, site_chrome


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    current: bool


def localized_home(request) -> PageLink | None:
    """The home page in the request's language (the header, menu and breadcrumbs link to it)."""
    return site_chrome(request).home


def _page_url_in(page: Page, language: str, request) -> str:
    """The page's address in `language`, keeping a routable page's sub-route (such as the measure finder);
    the home page of that language when the page has no live translation."""
    locale = Locale.objects.filter(language_code=language).first()
    target = page.get_translation_or_none(locale) if locale else None
    if target is not None and target.live:
        own_url = page.get_url(request) or ""
        sub_route = request.path[len(own_url) :] if own_url and request.path.startswith(own_url) else ""
        return target.get_url(request) + sub_route
    site = Site.find_for_request(request)
    home = site.root_page.get_translation_or_none(locale) if site and locale else None
    return home.get_url(request) if home else translate_url(request.path, language)


def language_versions(request, page: Page | None = None) -> list[LanguageVersion]:
    """The current address in each language, keeping the query string (a listing keeps its filters)."""
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    query = request.META.get("QUERY_STRING", "")
    versions = []
    for code, name in settings.LANGUAGES:
        path = _page_url_in(page, code, request) if page else translate_url(request.path, code)
        if query:
            path = f"{path}?{query}"
        versions.append(LanguageVersion(code, name, request.build_absolute_uri(path), code == current))
    return versions


@dataclass(frozen=True)
class MenuItem:
    link: PageLink
    aria_current: str  # "page" on the page itself, "true" inside its section, "" elsewhere


def menu(request, current_page: Page | None = None) -> list[MenuItem]:
    items = []
    for link in site_chrome(request).menu:
        if current_page and current_page.pk == link.pk:
            aria_current = "page"
        elif current_page and current_page.path.startswith(link.path):
            aria_current = "true"
        else:
            aria_current = ""
        items.append(MenuItem(link, aria_current))
    return items


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str


def breadcrumb_pages(page: Page) -> list[Page]:
    """The path from the language's home page down to `page`, both included; empty on the home page itself."""
    trail = list(page.get_ancestors(inclusive=True).filter(depth__gte=2).specific())
    return trail if len(trail) > 1 else []


def breadcrumb_trail(request, page: Page | None = None, extra: list[Crumb] | None = None) -> list[Crumb]:
    """Crumbs for a page, or for a view outside the page tree: the home page, then `extra`."""
    if page is not None:
        return [Crumb(item.title, item.get_url(request)) for item in breadcrumb_pages(page)]
    home = localized_home(request)
    if home is None or not extra:
        return []
    return [Crumb(home.title, home.url), *extra]
