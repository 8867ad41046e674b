"""Headless Debian Chromium driven by Playwright, with the pinned axe-core from node_modules.

Playwright's sync API runs an event loop in the calling thread, where Django then refuses ORM calls
(SynchronousOnlyOperation). So tests read everything they need from the database first, and only then
open the browser; the live server answers from its own thread.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def require_tools() -> None:
    """The browser tests never skip: a missing tool is an error that says how to get it."""
    missing = [str(path) for path in (CHROMIUM, AXE) if not path.exists()]
    if missing:
        raise RuntimeError(f"Missing {', '.join(missing)}: run scripts/test, which installs them.")


@contextmanager
def chromium() -> Iterator[Browser]:
    require_tools()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def axe_violations(page: Page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return results["violations"]


def describe(url: str, violation: dict) -> str:
    targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
    return f"{url} × {violation['id']} ({violation['impact']}): {violation['help']} at {targets}"


# The version for the visually impaired, one cookie per colour scheme; together they use every value of
# the other settings once (core/visual_settings.py), and "usual" is the site without the version.
SCHEMES = {
    "usual": None,
    "black-on-white": "large.black-on-white.on.normal",
    "white-on-black": "largest.white-on-black.off.wide",
    "blue": "normal.blue.on.wide",
}


def open_page(browser: Browser, server: str, scheme: str = "usual", **options) -> Page:
    """A page in a context of its own, with the scheme's cookie; `options` go to the context (viewport)."""
    context = browser.new_context(**options)
    if SCHEMES[scheme]:
        context.add_cookies([{"name": "visual", "value": SCHEMES[scheme], "url": server}])
    return context.new_page()


def close(page: Page) -> None:
    page.context.close()
