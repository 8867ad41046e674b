import os

import pytest

from catalog.taxonomy_data import load_taxonomies
from home.site_setup import ensure_site


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


@pytest.fixture
def homes(db, django_capture_on_commit_callbacks):
    """The ru and en home pages with their Site, as a fresh installation has them.

    wagtail-localize publishes translations when the transaction commits, which a test never does.
    """
    with django_capture_on_commit_callbacks(execute=True):
        return ensure_site(hostname="testserver", port=80)


@pytest.fixture
def taxonomies(db):
    """Taxonomy rows come from a data migration, which transactional tests flush: load them again."""
    return load_taxonomies()


@pytest.fixture
def demo_site(db, homes, django_capture_on_commit_callbacks):
    """A small demo site: a spread of 30 measures, 30 news items and 12 clusters, with English versions."""
    from home.demo.seed import seed

    with django_capture_on_commit_callbacks(execute=True):
        seed(write=lambda line: None, limit=30)
    return homes
