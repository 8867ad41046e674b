import os
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import translation

from catalog.moderation import ensure_workflow
from home.models import HomePage
from home.site_setup import ensure_site
from search import breaker
from taxonomy.loading import load_taxonomies
from tests.demo_database import seeded_database
from tests.factories import seed_small_demo
from tests.staff import sign_in_with_second_factor


def pytest_sessionfinish(session, exitstatus):
    """With CI=true a skipped test fails the run: CI installs everything, so a skip means a breakage."""
    if os.environ.get("CI", "").lower() != "true":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        reporter.write_line(f"CI=true: {len(skipped)} skipped test(s) count as failures:", red=True)
        for report in skipped:
            reporter.write_line(f"  {report.nodeid}: {report.longrepr[-1] if report.longrepr else ''}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_collection_modifyitems(items):
    """Every test that reads the Elasticsearch server carries the `elasticsearch` mark, so that
    `-m "not elasticsearch"` leaves out all of them."""
    for item in items:
        if "elasticsearch_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.elasticsearch)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: what an earlier test cached may describe rows its rollback
    took away (the site chrome, taxonomy labels, rate limits)."""
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a request handled by the test client leaves its
    language active in the thread, so an earlier test's English page would otherwise change which
    addresses a later test reverses (and tests run in an order of pytest's choosing)."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@contextmanager
def publishing_at_once():
    """wagtail-localize publishes a translation when the transaction commits, which a test never does.

    Running commit callbacks at once keeps the order of a real run, where each page commits before the
    next: a parent's publication must not come after its children exist (its revision predates them).
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())
        yield


@pytest.fixture(scope="session")
def elasticsearch_url():
    """The Elasticsearch scripts/test starts; without it the Elasticsearch tests skip (and CI fails)."""
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.skip("ELASTICSEARCH_URL is not set: scripts/test starts Elasticsearch and sets it")
    return url


@pytest.fixture
def homes(db):
    """The ru and en home pages with their Site, as a fresh installation has them."""
    with publishing_at_once():
        return ensure_site(hostname="testserver", port=80)


@pytest.fixture
def taxonomies(db):
    """Taxonomy rows come from a data migration, which transactional tests flush: load them again."""
    return load_taxonomies()


@pytest.fixture
def moderation(db):
    """The catalogs' moderation workflow: a data migration makes it, and transactional tests flush it."""
    ensure_workflow()


@pytest.fixture(scope="session")
def seeded_demo(django_db_setup, django_db_blocker):
    """The small demo (a spread of 30 measures, 30 news items, 12 clusters, 1% of the catalogs, both
    languages), seeded once per test session in a database of its own (see
    tests/demo_database.py): building it takes 30 to 60 seconds, too long to repeat for each module.

    The test database itself stays as the tests expect it, empty but for what the migrations load: seeding
    it there once would show the demo to every test after. A separate database also survives the flushes of
    transactional tests, which the test database does not. The browser tests build their own (their live
    server needs the demo committed, under its own address: tests/browser/conftest.py).
    """

    def seed():
        with transaction.atomic():
            load_taxonomies()  # an earlier transactional test may have flushed what the migrations loaded
            ensure_workflow()
            with publishing_at_once():
                homes = seed_small_demo(hostname="testserver", port=80)
        pks.update({language: home.pk for language, home in homes.items()})

    pks = {}
    with django_db_blocker.unblock():
        database = seeded_database(seed)
    yield database, pks
    with django_db_blocker.unblock():
        database.drop()


@pytest.fixture(scope="module")
def demo_site(seeded_demo, django_db_blocker):
    """The seeded demo lent to the module: its tests read it, and each test's own transaction keeps its
    changes from the next test; the module's changes are gone when it ends. The home pages by language,
    fetched afresh, so that no module sees another's in-memory changes to them."""
    database, pks = seeded_demo
    with django_db_blocker.unblock(), database.lent():
        yield {language: HomePage.objects.get(pk=pk) for language, pk in pks.items()}


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's admin client, signed in as the admin asks of everyone who works there: with a second
    factor (tests/staff.py)."""
    sign_in_with_second_factor(client, admin_user)
    return client


@pytest.fixture(autouse=True)
def fresh_breaker(monkeypatch):
    """Each test starts with Elasticsearch's breaker closed: a failure in one test does not skip the next."""
    monkeypatch.setattr(breaker, "_failed_at", None)
