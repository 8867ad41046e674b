"""Where the visitor is and where they can go: language versions, the home page, menu and breadcrumbs.

The language versions drive both the switcher and the hreflang alternates, so they can never disagree.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

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


def _live_versions(page: Page) -> dict[str, Page]:
    """The page's live versions by language, itself included, in one query."""
    versions = Page.objects.live().filter(translation_key=page.translation_key).select_related("locale")
    return {version.locale.language_code: version for version in versions}


def _page_url_in(page: Page, language: str, versions: dict[str, Page], request) -> str:
    """The page's address in `language`, keeping a routable page's sub-route (such as the measure finder);
    the home page of that language when the page has no live translation."""
    target = versions.get(language)
    if target is not None:
        own_url = page.get_url(request) or ""
        sub_route = request.path[len(own_url) :] if own_url and request.path.startswith(own_url) else ""
        return target.get_url(request) + sub_route
    site = Site.find_for_request(request)
    homes = Page.objects.filter(locale__language_code=language)
    home = homes.filter(translation_key=site.root_page.translation_key).first() if site else None
    return home.get_url(request) if home else translate_url(request.path, language)


def language_versions(request, page: Page | None = None) -> list[LanguageVersion]:
    """The current address in each language, keeping the query string (a listing keeps its filters)."""
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    query = request.META.get("QUERY_STRING", "")
    live = _live_versions(page) if page else {}
    versions = []
    for code, name in settings.LANGUAGES:
        path = _page_url_in(page, code, live, request) if page else translate_url(request.path, code)
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
    """The path from the language's home page down to `page`, both included; empty on the home page itself.

    Wagtail's routing leaves each page it passed on its child (treebeard's `get_parent` reads it), so the
    page a visitor asked for knows its trail without a query; any other page asks for it in one."""
    trail = [page]
    while trail[0].depth > 2 and "_cached_parent_obj" in trail[0].__dict__:
        trail.insert(0, trail[0].get_parent())
    if trail[0].depth > 2:
        trail = list(page.get_ancestors(inclusive=True).filter(depth__gte=2))
    return trail if len(trail) > 1 else []


def breadcrumb_trail(request, page: Page | None = None, extra: list[Crumb] | None = None) -> list[Crumb]:
    """Crumbs for a page, or for a view outside the page tree: the home page, then `extra`."""
    if page is not None:
        return [Crumb(item.title, item.get_url(request)) for item in breadcrumb_pages(page)]
    home = localized_home(request)
    if home is None or not extra:
        return []
    return [Crumb(home.title, home.url), *extra]
