"""One demo site, live server and Chromium for all the browser tests of the run, built when a test first
asks for them (`site`, `browser`)."""

import pytest
from django.core.management import call_command
from django.core.servers.basehttp import WSGIServer
from django.test.utils import modify_settings
from pytest_django.live_server_helper import LiveServer

from catalog.moderation import ensure_workflow
from taxonomy.loading import load_taxonomies
from tests.browser import admin_screens
from tests.browser.harness import chromium
from tests.browser.registry import REGISTRY, paths_data, targets
from tests.factories import seed_small_demo


class OneRequestAtATime(WSGIServer):
    """Serves in the live server's thread, which holds the shared connection (LiveServerThread.run)."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


@pytest.fixture
def transactional_db():
    """In place of pytest-django's fixture of this name, which empties the database after every test: the
    tests here share one demo site, committed once for the package (`site`). The name still tells
    pytest-django to create the test database and to run these tests with the transactional ones."""


@pytest.fixture(scope="package")
def site(django_db_setup, django_db_blocker):
    """The small demo site (enough pages for a second page of each listing), served by a live server of the
    package's own: its address, every registry entry's targets by name, and the Russian home page's path.
    Everything is read from the database here, before any browser opens (see harness).

    Building the demo takes about 20 seconds, so it is built once for all the browser tests, and the
    database is emptied afterwards, as a transactional test leaves it. pytest-django's live_server would
    empty it after every test.
    """
    # The live server's thread reaches the database only while the database is unblocked.
    with django_db_blocker.unblock(), modify_settings(ALLOWED_HOSTS={"append": "localhost"}):
        load_taxonomies()  # an earlier transactional test may have flushed what the migrations loaded
        ensure_workflow()
        server = LiveServer("localhost", start=False)
        if server.thread.connections_override:
            # The in-memory SQLite database is one connection, which the admin's simultaneous requests for
            # its scripts would use at once from several threads: serve one request at a time.
            server.thread.server_class = OneRequestAtATime
        server.start()
        try:
            homes = seed_small_demo(hostname="localhost", port=server.thread.port)
            data = paths_data(homes)
            resolved = {entry.name: targets(data, [entry]) for entry in REGISTRY}
            yield server.url, resolved, homes["ru"].url
        finally:
            server.stop()
            call_command("flush", interactive=False, verbosity=0)


@pytest.fixture(scope="package")
def admin_walk(site, django_db_blocker):
    """The editor's login and the admin screens to walk, made on the demo site before the browser opens."""
    with django_db_blocker.unblock():
        return admin_screens.prepare()


@pytest.fixture(scope="package")
def browser(site, admin_walk):
    """One Chromium for the package. It opens after the site is built and closes before the database is
    emptied: while Playwright's event loop runs in this thread, Django refuses database calls here."""
    with chromium() as browser:
        yield browser
