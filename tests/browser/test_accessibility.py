"""axe-core (WCAG 2.0-2.2 A and AA, no rule disabled) over every registered page type, in a real browser.

Each page type is a test of its own (`-k "site search"` audits those only), over one demo site and one
browser for the whole module.
"""

import pytest
from django.apps import apps
from django.core.management import call_command
from django.test.utils import modify_settings
from pytest_django.live_server_helper import LiveServer
from wagtail.models import Page

from catalog.taxonomy_data import load_taxonomies
from tests.browser.harness import axe_violations, chromium, describe
from tests.browser.registry import REGISTRY, paths_data, targets
from tests.factories import seed_small_demo

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("transactional_db")]


@pytest.fixture
def transactional_db():
    """In place of pytest-django's fixture of this name, which empties the database after every test: the
    tests here share one demo site, committed once for the module (`site`). The name still tells
    pytest-django to create the test database and to run these tests with the transactional ones."""


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The small demo site (enough pages for a second page of each listing), served by a live server of the
    module's own: its address, every registry entry's targets by name, and the Russian home page's path.
    Everything is read from the database here, before any browser opens (see harness).

    Building the demo takes about 20 seconds, so it is built once for all the page types, and the database
    is emptied after the module, as a transactional test leaves it. pytest-django's live_server would empty
    it after every test.
    """
    # The live server's thread reaches the database only while the database is unblocked.
    with django_db_blocker.unblock(), modify_settings(ALLOWED_HOSTS={"append": "localhost"}):
        load_taxonomies()  # an earlier transactional test may have flushed what the migrations loaded
        server = LiveServer("localhost")
        try:
            homes = seed_small_demo(hostname="localhost", port=server.thread.port)
            data = paths_data(homes)
            resolved = {entry.name: targets(data, [entry]) for entry in REGISTRY}
            yield server.url, resolved, homes["ru"].url
        finally:
            server.stop()
            call_command("flush", interactive=False, verbosity=0)


@pytest.fixture(scope="module")
def browser(site):
    """One Chromium for the module. It opens after the site is built and closes before the database is
    emptied: while Playwright's event loop runs in this thread, Django refuses database calls here."""
    with chromium() as browser:
        yield browser


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


@by_name(REGISTRY)
def test_page_type_has_no_axe_violations(site, browser, page_type):
    server, resolved, _ = site
    failures = []
    page = browser.new_page()
    for target in resolved[page_type.name]:
        url = f"{server}{target.path}"
        if target.html is not None:
            page.route(url, serve(target))
        response = page.goto(url)
        if response.status != target.status:
            failures.append(f"{url} answered {response.status}, expected {target.status}")
        failures += [describe(url, violation) for violation in axe_violations(page)]
    page.close()
    assert not failures, "\n".join(failures)


@by_name([entry for entry in REGISTRY if entry.html is None])
def test_page_type_reflows_at_320_css_pixels_without_sideways_scrolling(site, browser, page_type):
    server, resolved, _ = site
    too_wide = []
    page = browser.new_page(viewport={"width": 320, "height": 640})
    for target in resolved[page_type.name]:
        page.goto(f"{server}{target.path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide.append(f"{target.path}: {width}px wide")
    page.close()
    assert not too_wide, "\n".join(too_wide)


def test_first_tab_stop_is_a_skip_link_that_moves_focus_to_main(site, browser):
    server, _, home = site
    page = browser.new_page()
    page.goto(f"{server}{home}")
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.textContent.trim(), document.activeElement.hash]")
    assert focused == ["Перейти к основному содержанию", "#main"]
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-160px"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.close()
