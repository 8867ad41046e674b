"""Every public page type, in each state worth auditing, once. Later features add their entries here.

An entry turns the test data into a path (read before the browser opens), or into HTML for pages that
cannot be reached on purpose, such as the 500 page.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Page

from home.models import HomePage

LANGUAGES = ("ru", "en")


@dataclass(frozen=True)
class PageType:
    name: str
    path: Callable[[dict, str], str] | None = None
    html: Callable[[str], str] | None = None
    status: int = 200
    model: type[Page] | None = None


@dataclass(frozen=True)
class Target:
    name: str
    language: str
    path: str
    status: int
    html: str | None


def _server_error_html(language: str) -> str:
    with translation.override(language):
        return render_to_string("500.html")


REGISTRY = [
    PageType("home page", path=lambda data, language: data["homes"][language].url, model=HomePage),
    PageType("page not found", path=lambda data, language: f"/{language}/no-such-page/", status=404),
    PageType("server error", html=_server_error_html, status=500),
]


def targets(data: dict) -> list[Target]:
    """Every registry entry in every language, resolved to a path (and HTML where it is rendered here)."""
    resolved = []
    for entry in REGISTRY:
        for language in LANGUAGES:
            if entry.html:
                path, html = f"/{language}/__rendered__/{entry.name.replace(' ', '-')}/", entry.html(language)
            else:
                path, html = entry.path(data, language), None
            resolved.append(Target(entry.name, language, path, entry.status, html))
    return resolved
