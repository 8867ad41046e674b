"""The test run: real databases and search from the environment, fast hashing, no debug pages."""

from .base import *  # noqa: F403
from .base import _wagtail_search, env

DEBUG = False
SECRET_KEY = env.SECRET_KEY or "test-only-insecure-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Static files come from the app folders, as in development: tests never run collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Each test picks its search engines: the Elasticsearch tests switch them on with index prefixes of their
# own, so that no other test reads indexes it did not build (or writes to them when it saves a page).
CATALOG_SEARCH = {**CATALOG_SEARCH, "ELASTICSEARCH_URL": ""}  # noqa: F405
WAGTAILSEARCH_BACKENDS = {"default": DATABASE_PAGE_SEARCH}  # noqa: F405
ELASTICSEARCH_PAGE_SEARCH = _wagtail_search()  # what the page search tests switch to
