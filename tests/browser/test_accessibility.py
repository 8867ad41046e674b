"""axe-core (WCAG 2.0-2.2 A and AA, no rule disabled) over every registered page type in every colour
scheme of the version for the visually impaired, and reflow, in a real browser.

Each page type and scheme is a test of its own (`-k "site search"` audits those only), over one demo site
and one browser for the run (tests/browser/conftest.py).
"""

import pytest
from django.apps import apps
from wagtail.models import Page

from tests.browser.harness import SCHEMES, axe_violations, close, describe, open_page
from tests.browser.registry import REGISTRY

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("transactional_db")]

# Elements wider than their box and clipping it; screen-reader-only text is clipped on purpose, and a
# field scrolls its own text.
CLIPPED = """() => [...document.querySelectorAll('body *:not(.visually-hidden, input, select, textarea)')]
.filter(element => {
  const style = getComputedStyle(element);
  return ['hidden', 'clip'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
}).map(element => element.outerHTML.slice(0, 120))"""

# The innermost elements sticking out on the right, which is what to fix when a page scrolls sideways.
STICKING_OUT = """() => {
  const out = [...document.querySelectorAll('body *')].filter(element =>
    element.getBoundingClientRect().right > document.documentElement.clientWidth + 1);
  return out.filter(element => !out.some(other => other !== element && element.contains(other)))
    .slice(0, 5).map(element => element.outerHTML.slice(0, 120));
}"""

# Words of a button's label (or a disclosure's, or a choice of the version's panel) laid out on more than
# one line, that is broken inside the word; a hyphen may end a line. Screen-reader-only text is left out.
BROKEN_WORDS = """() => [...document.querySelectorAll('button, .button, summary, .visual-choice')]
.filter(element => element.getClientRects().length)
.flatMap(element => {
  const broken = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest('.visually-hidden')) continue;
    for (const word of node.data.matchAll(/[^\\s-]+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      if (new Set([...range.getClientRects()].map(rect => Math.round(rect.top))).size > 1) {
        broken.push(`${word[0]} in ${element.outerHTML.slice(0, 80)}`);
      }
    }
  }
  return broken;
})"""


def serve(target):
    """A route handler answering with HTML rendered by the test, for pages no URL reaches on purpose."""

    def fulfill(route):
        route.fulfill(status=target.status, body=target.html, content_type="text/html; charset=utf-8")

    return fulfill


def by_name(entries):
    return pytest.mark.parametrize("page_type", entries, ids=lambda entry: entry.name)


def test_every_page_type_in_the_project_is_in_the_registry():
    project_page_models = {
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and model._meta.app_label in {"home", "catalog"}
    }
    registered = {entry.model for entry in REGISTRY if entry.model}
    assert project_page_models - registered == set()


@pytest.mark.parametrize("scheme", SCHEMES)
@by_name(REGISTRY)
def test_page_type_has_no_axe_violations(site, browser, page_type, scheme):
    server, resolved, _ = site
    failures = []
    page = open_page(browser, server, scheme)
    for target in resolved[page_type.name]:
        url = f"{server}{target.path}"
        if target.html is not None:
            page.route(url, serve(target))
        response = page.goto(url)
        target.prepare(page)
        if response.status != target.status:
            failures.append(f"{url} answered {response.status}, expected {target.status}")
        failures += [describe(url, violation) for violation in axe_violations(page)]
    close(page)
    assert not failures, "\n".join(failures)


# 320 CSS px is 1280 px zoomed to 400% (WCAG 1.4.10); 200% text on the root is WCAG 1.4.4, on a laptop
# screen; the version's largest font on a phone is the hardest of the three.
REFLOW = {
    "320 px": ({"width": 320, "height": 640}, "usual", None),
    "200% text": ({"width": 1280, "height": 800}, "usual", "200%"),
    "largest font at 320 px": ({"width": 320, "height": 640}, "white-on-black", None),
}


@pytest.mark.parametrize("reflow", REFLOW)
@by_name([entry for entry in REGISTRY if entry.html is None])
def test_page_type_reflows_without_sideways_scrolling_clipping_or_broken_words(
    site, browser, page_type, reflow
):
    server, resolved, _ = site
    viewport, scheme, root_font_size = REFLOW[reflow]
    failures = []
    page = open_page(browser, server, scheme, viewport=viewport)
    for target in resolved[page_type.name]:
        page.goto(f"{server}{target.path}")
        target.prepare(page)
        if root_font_size:
            page.evaluate("size => { document.documentElement.style.fontSize = size }", root_font_size)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > viewport["width"]:
            failures.append(f"{target.path}: {width}px wide, at {page.evaluate(STICKING_OUT)}")
        failures += [f"{target.path}: clipped {html}" for html in page.evaluate(CLIPPED)]
        failures += [f"{target.path}: word broken {word}" for word in page.evaluate(BROKEN_WORDS)]
    close(page)
    assert not failures, "\n".join(failures)
