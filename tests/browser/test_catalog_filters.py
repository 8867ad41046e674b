"""A catalog's filters in the browser: folded on a phone and usable there without JavaScript, open beside
the results on a wide screen, a long facet narrowed by typing, and addresses without empty parameters."""

from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.browser.harness import close, open_page
from tests.browser.page_states import LONG_FACET
from tests.browser.test_keyboard import press_tab_until

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("transactional_db")]

PHONE = {"width": 375, "height": 812}
WIDE = {"width": 1280, "height": 800}


def listing(site, name="organizations list"):
    server, resolved, _ = site
    return f"{server}{resolved[name][0].path}"


def test_on_a_phone_without_javascript_the_results_come_first_and_the_filters_open_by_keyboard(site, browser):
    page = open_page(browser, site[0], viewport=PHONE, java_script_enabled=False)
    page.goto(listing(site))
    first_result = page.locator(".cards > li").first.bounding_box()["y"]
    assert first_result < PHONE["height"], "the first result is on the first screen"
    assert not page.locator(f"{LONG_FACET} input[type=checkbox]").first.is_visible()

    press_tab_until(page, ".filters__panel > summary")
    page.keyboard.press("Enter")
    press_tab_until(page, ".filters input[type=checkbox]")
    name, value = page.evaluate("[document.activeElement.name, document.activeElement.value]")
    page.keyboard.press("Space")
    press_tab_until(page, ".filters button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector(".chip")
    # The form sent its empty fields; the listing answered with the address without them.
    assert parse_qsl(urlsplit(page.url).query) == [(name, value), ("sort", "relevance")]
    assert page.get_attribute(".filters__panel", "open") is None
    assert page.locator(".filters__panel > summary").inner_text() == "Фильтры, выбрано: 1"
    close(page)


@pytest.mark.parametrize("viewport, opened", [(PHONE, False), (WIDE, True)], ids=["phone", "wide"])
def test_with_javascript_the_filters_start_open_only_beside_the_results(site, browser, viewport, opened):
    page = open_page(browser, site[0], viewport=viewport)
    page.goto(listing(site))
    assert (page.get_attribute(".filters__panel", "open") is not None) == opened
    close(page)


def test_a_long_facet_is_narrowed_by_typing_and_whole_again_when_the_box_is_emptied(site, browser):
    page = open_page(browser, site[0], viewport=WIDE)
    page.goto(listing(site))
    facet = page.locator(LONG_FACET)
    everything = facet.locator(".choice").count()
    assert facet.locator(".facet__more").get_attribute("open") is None

    facet.locator("input[type=search]").fill("моск")
    visible = facet.locator(".choice:visible label")
    labels = [label.split(" (")[0] for label in visible.all_inner_texts()]
    assert labels and all("моск" in label.lower() for label in labels)
    assert "Москва" in labels
    assert facet.locator("[role=status]").inner_text() == f"Найдено значений: {len(labels)}"

    facet.locator("input[type=search]").fill("")
    assert facet.locator(".facet__more").get_attribute("open") is None
    assert facet.locator(".choice:not([hidden])").count() == everything
    close(page)


def test_sending_the_form_with_javascript_leaves_empty_fields_out(site, browser):
    page = open_page(browser, site[0], viewport=WIDE)
    page.goto(listing(site))
    redirects = []
    page.on("response", lambda response: redirects.append(response.url) if response.status == 302 else None)
    page.locator(f"{LONG_FACET} input[type=checkbox]").first.check()
    page.click(".filters button[type=submit]")
    page.wait_for_selector(".chip")
    assert redirects == [], "the address was clean as sent"
    assert all(value for _, value in parse_qsl(urlsplit(page.url).query, keep_blank_values=True))
    close(page)
