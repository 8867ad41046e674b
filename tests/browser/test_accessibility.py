"""axe-core (WCAG 2.0-2.2 A and AA, no rule disabled) over every registered page type, in a real browser."""

import pytest
from django.apps import apps
from wagtail.models import Page

from catalog.taxonomy_data import load_taxonomies
from tests.browser.harness import axe_violations, chromium, describe
from tests.browser.registry import REGISTRY, paths_data, targets
from tests.factories import seed_small_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site_data(live_server):
    """The demo site, small: enough pages for a second page of each listing."""
    load_taxonomies()  # an earlier transactional test may have flushed what the migrations loaded
    return paths_data(seed_small_demo(hostname="localhost", port=int(live_server.url.rsplit(":", 1)[1])))


def serve(target):
    """A route handler answering with HTML rendered by the test, for pages no URL reaches on purpose."""

    def fulfill(route):
        route.fulfill(status=target.status, body=target.html, content_type="text/html; charset=utf-8")

    return fulfill


def test_every_page_type_in_the_project_is_in_the_registry():
    project_page_models = {
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and model._meta.app_label in {"home", "catalog"}
    }
    registered = {entry.model for entry in REGISTRY if entry.model}
    assert project_page_models - registered == set()


def test_registered_pages_have_no_axe_violations(live_server, site_data):
    pages = targets(site_data)
    failures, audited = [], 0
    with chromium() as browser:
        page = browser.new_page()
        for target in pages:
            url = f"{live_server.url}{target.path}"
            if target.html is not None:
                page.route(url, serve(target))
            response = page.goto(url)
            if response.status != target.status:
                failures.append(f"{url} answered {response.status}, expected {target.status}")
            failures += [describe(url, violation) for violation in axe_violations(page)]
            audited += 1
    print(f"axe audited {audited} pages ({len(REGISTRY)} page types × 2 languages)")
    assert not failures, "\n".join(failures)


def test_pages_reflow_at_320_css_pixels_without_sideways_scrolling(live_server, site_data):
    pages = [target for target in targets(site_data) if target.html is None]
    too_wide = []
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 320, "height": 640})
        for target in pages:
            page.goto(f"{live_server.url}{target.path}")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                too_wide.append(f"{target.path}: {width}px wide")
    assert not too_wide, "\n".join(too_wide)


def test_first_tab_stop_is_a_skip_link_that_moves_focus_to_main(live_server, site_data):
    path = site_data["homes"]["ru"].url
    with chromium() as browser:
        page = browser.new_page()
        page.goto(f"{live_server.url}{path}")
        page.keyboard.press("Tab")
        focused = page.evaluate("[document.activeElement.textContent.trim(), document.activeElement.hash]")
        assert focused == ["Перейти к основному содержанию", "#main"]
        assert page.evaluate("getComputedStyle(document.activeElement).top") != "-160px"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"
