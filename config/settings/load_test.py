"""The load test's server (scripts/load-test): production's settings, with static files hashed as production
names them but not compressed, which takes over a minute of a small machine's time on every run; the load
test asks for pages, not files."""

from .production import *  # noqa: F403
from .production import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}
