"""The test run: real databases and search from the environment, fast hashing, no debug pages."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env.SECRET_KEY or "test-only-insecure-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Static files come from the app folders, as in development: tests never run collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Each test picks its catalog search engine: the Elasticsearch tests switch it on with their own index
# prefix, so that no other test reads indexes it did not build.
CATALOG_SEARCH = {**CATALOG_SEARCH, "ELASTICSEARCH_URL": ""}  # noqa: F405
