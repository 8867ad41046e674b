"""The search benchmark's server: production's behaviour where it costs time (no debug, cached templates),
without HTTPS redirects or a real secret (it listens on loopback only)."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env.SECRET_KEY or "benchmark-only-insecure-key"
WHITENOISE_USE_FINDERS = True
