"""The site with the keyboard alone: skip link, tab order, visible focus, no trap, and forms, pagination,
the language switcher, the search's autocomplete and the version for the visually impaired used without a
mouse."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.focus import FOCUS_INDICATOR, FOCUSED, POSITIVE_TABINDEX, TAB_STOPS
from tests.browser.harness import SCHEMES, axe_violations, close, describe, open_page
from tests.browser.registry import REGISTRY

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("transactional_db")]

# Page types whose focus is checked in every scheme: header, panel, filters, errors and pagination.
IN_EVERY_SCHEME = ["home page", "support measures, bad filter", "premises list, filtered", "news, page 2"]


def walk_tab_stops(page) -> tuple[list[str], list[str]]:
    """Tab from the top until focus comes back to the first stop: the stops reached, in order, and the
    stops whose focus could not be seen. Focus leaves the page once (to the browser) on its way round."""
    limit = len(page.evaluate(TAB_STOPS)) + 3
    reached, unseen = [], []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:
            continue
        if reached and focused == reached[0]:
            break
        reached.append(focused)
        if problem := page.evaluate(FOCUS_INDICATOR):
            unseen.append(problem)
    else:
        pytest.fail(f"Focus never came back to the first stop after {limit} presses of Tab: {reached[-3:]}")
    return reached, unseen


def press_tab_until(page, selector: str, limit: int = 300) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
    pytest.fail(f"Tab never reached {selector}")


@pytest.mark.parametrize(
    "page_type", [entry for entry in REGISTRY if entry.html is None], ids=lambda e: e.name
)
def test_tab_reaches_every_stop_in_document_order_with_visible_focus_and_wraps(site, browser, page_type):
    server, resolved, _ = site
    target = resolved[page_type.name][0]
    page = open_page(browser, server)
    page.goto(f"{server}{target.path}")
    target.prepare(page)
    assert page.evaluate(POSITIVE_TABINDEX) == 0
    stops = page.evaluate(TAB_STOPS)
    reached, unseen = walk_tab_stops(page)
    close(page)
    assert reached == stops
    assert not unseen, "\n".join(unseen)


@pytest.mark.parametrize("scheme", [scheme for scheme in SCHEMES if scheme != "usual"])
@pytest.mark.parametrize("page_type", IN_EVERY_SCHEME)
def test_focus_is_visible_in_every_scheme(site, browser, page_type, scheme):
    server, resolved, _ = site
    page = open_page(browser, server, scheme)
    unseen = []
    for target in resolved[page_type]:
        page.goto(f"{server}{target.path}")
        target.prepare(page)
        unseen += walk_tab_stops(page)[1]
    close(page)
    assert not unseen, "\n".join(unseen)


def test_first_tab_stop_is_a_skip_link_that_moves_focus_to_main(site, browser):
    server, _, home = site
    page = open_page(browser, server)
    page.goto(f"{server}{home}")
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.textContent.trim(), document.activeElement.hash]")
    assert focused == ["Перейти к основному содержанию", "#main"]
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-160px"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    close(page)


def test_catalog_filter_by_keyboard(site, browser):
    server, resolved, _ = site
    page = open_page(browser, server)
    page.goto(f"{server}{resolved['premises list'][0].path}")
    press_tab_until(page, ".filters input[type=checkbox]")
    name, value = page.evaluate("[document.activeElement.name, document.activeElement.value]")
    page.keyboard.press("Space")
    press_tab_until(page, ".filters button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: name in parse_qs(urlsplit(url).query))
    assert parse_qs(urlsplit(page.url).query)[name] == [value]
    close(page)


def test_pagination_and_language_switcher_by_keyboard(site, browser):
    server, resolved, _ = site
    page = open_page(browser, server)
    page.goto(f"{server}{resolved['news'][0].path}")
    press_tab_until(page, ".pagination a[rel=next]")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "page=2" in url)
    press_tab_until(page, ".language-switcher a[hreflang=en]")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/en/" in url)
    assert page.evaluate("document.documentElement.lang") == "en"
    assert "page=2" in page.url
    close(page)


def test_version_for_the_visually_impaired_by_keyboard_without_javascript(site, browser):
    server, _, home = site
    page = open_page(browser, server, java_script_enabled=False)
    page.goto(f"{server}{home}?from=test")
    press_tab_until(page, ".visual-toggle")
    page.keyboard.press("Enter")
    page.wait_for_selector(".visual-panel")
    assert urlsplit(page.url).query == "from=test"
    press_tab_until(page, ".visual-choice--scheme-white-on-black")
    page.keyboard.press("Enter")
    page.wait_for_selector("html[data-scheme=white-on-black]")
    # After a choice the settings fold into one line, and open again from it.
    assert page.get_attribute(".visual-panel__settings", "open") is None
    press_tab_until(page, ".visual-panel summary")
    page.keyboard.press("Enter")
    press_tab_until(page, ".visual-choice--font-largest")
    page.keyboard.press("Enter")
    page.wait_for_selector("html[data-font=largest][data-scheme=white-on-black]")
    assert page.get_attribute(".visual-choice--font-largest", "aria-current") == "true"
    press_tab_until(page, ".visual-panel__off")
    page.keyboard.press("Enter")
    page.wait_for_selector(".visual-toggle")
    assert page.get_attribute("html", "data-scheme") is None
    close(page)


COMBOBOX = """selector => {
  const field = document.querySelector(selector);
  const list = document.getElementById(field.getAttribute('aria-controls'));
  const active = field.getAttribute('aria-activedescendant');
  return {
    role: field.getAttribute('role'),
    expanded: field.getAttribute('aria-expanded'),
    listbox: list.getAttribute('role'),
    shown: !list.hidden,
    active: active,
    selected: [...list.querySelectorAll('[aria-selected=true]')].map(option => option.id),
    first: list.querySelector('[role=option]')?.id,
    firstUrl: list.querySelector('[role=option]')?.dataset.url,
    announced: field.closest('.combobox').querySelector('[role=status]').textContent,
    value: field.value,
  };
}"""


@pytest.mark.parametrize("scheme", ["usual", "white-on-black"])
def test_search_autocomplete_is_a_combobox_used_with_the_keyboard(site, browser, scheme):
    """Combobox open: typed text, ArrowDown to a suggestion, Escape to close, Enter to open one."""
    server, resolved, _ = site
    page = open_page(browser, server, scheme)
    page.goto(f"{server}{resolved['site search'][0].path}")
    field = "main #id_q"
    page.focus(field)
    page.keyboard.type("грант")
    page.wait_for_selector("main .combobox [role=option]")
    state = page.evaluate(COMBOBOX, field)
    assert (state["role"], state["expanded"], state["listbox"], state["shown"]) == (
        "combobox",
        "true",
        "listbox",
        True,
    )
    assert re.fullmatch(r"\d+ подсказ\w*", state["announced"])
    assert state["active"] is None

    page.keyboard.press("ArrowDown")
    state = page.evaluate(COMBOBOX, field)
    assert state["active"] == state["first"] and state["selected"] == [state["first"]]
    violations = [describe(page.url, violation) for violation in axe_violations(page)]
    assert not violations, "\n".join(violations)

    page.keyboard.press("Escape")
    state = page.evaluate(COMBOBOX, field)
    assert (state["expanded"], state["shown"], state["active"], state["value"]) == (
        "false",
        False,
        None,
        "грант",
    )

    page.keyboard.press("ArrowDown")
    assert page.evaluate(COMBOBOX, field)["active"] == state["first"]
    page.keyboard.press("Enter")
    page.wait_for_url(f"{server}{state['firstUrl']}")
    close(page)


def test_enter_without_a_chosen_suggestion_searches_for_the_text(site, browser):
    server, resolved, _ = site
    page = open_page(browser, server)
    page.goto(f"{server}{resolved['site search'][0].path}")
    page.focus("main #id_q")
    page.keyboard.type("грант")
    page.wait_for_selector("main .combobox [role=option]")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query).get("q") == ["грант"])
    close(page)
