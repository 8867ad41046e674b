import os
from contextlib import contextmanager

import pytest
from django.core.cache import cache
from django.db import transaction

from home.site_setup import ensure_site
from taxonomy.loading import load_taxonomies
from tests.factories import seed_small_demo


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


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: what an earlier test cached may describe rows its rollback
    took away (the site chrome, taxonomy labels, rate limits)."""
    cache.clear()


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


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """A small demo site (a spread of 30 measures, 30 news items, 12 clusters, 1% of the catalogs, both
    languages), built once
    per test module inside a transaction that is rolled back after the module; each test's own
    transaction nests inside it, so tests still cannot see each other's changes.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        with publishing_at_once():
            homes = seed_small_demo(hostname="testserver", port=80)
        yield homes
        transaction.set_rollback(True)
