"""Screen-reader semantics over every registered page type in both languages: landmarks, headings, lang,
current items, groups of choices, errors tied to their fields and kept answers, counts in titles."""

import re

import pytest

from tests.browser.harness import close, open_page
from tests.browser.registry import REGISTRY
from tests.browser.semantics import NOT_KEPT, PROBLEMS
from tests.browser.test_accessibility import serve

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("transactional_db")]

# Result pages say how many they found in the title, which a screen reader reads first.
COUNTED = re.compile(r"list|^support measures(?!, page)|^site search, (results|no results|correction)")

# Problems of pages other work owns, reported there; remove an entry when its pages are fixed.
OWNED_ELSEWHERE = {}


@pytest.mark.parametrize("page_type", REGISTRY, ids=lambda entry: entry.name)
def test_page_type_has_screen_reader_semantics(site, browser, page_type):
    server, resolved, _ = site
    failures = []
    page = open_page(browser, server)
    for target in resolved[page_type.name]:
        url = f"{server}{target.path}"
        if target.html is not None:
            page.route(url, serve(target))
        page.goto(url)
        target.prepare(page)
        problems = page.evaluate(PROBLEMS, [target.language, target.html is None])
        problems += [f"answer not kept after an error: {pair}" for pair in page.evaluate(NOT_KEPT)]
        if COUNTED.search(page_type.name) and not re.search(r"\d", page.title()):
            problems.append(f"no count in the title {page.title()!r}")
        tolerated = OWNED_ELSEWHERE.get(page_type.name)
        failures += [f"{url}: {problem}" for problem in problems if not (tolerated and tolerated in problem)]
    close(page)
    assert not failures, "\n".join(failures)
