"""Fixtures of the application tests."""

import pytest
from django.core.cache import cache

from tests.applications.support import open_measure


@pytest.fixture
def private_storage(settings, tmp_path):
    """Attachments go to a folder of this test's own."""
    location = tmp_path / "private"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": location},
        },
    }
    return location


@pytest.fixture
def fresh_rate_limit():
    """Rate-limit counts live in the cache, which outlives a test: each test starts with none."""
    cache.clear()


@pytest.fixture
def measure(homes, private_storage, fresh_rate_limit):
    return open_measure(homes)
