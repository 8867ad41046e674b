import pytest
from django.core.cache import cache

from tests.cabinet.conftest import organizations, people, private_folder  # noqa: F401 (fixtures)


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """Rate-limit counts live in the cache, which outlives a test: each test starts with none."""
    cache.clear()
