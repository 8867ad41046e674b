"""The zero-setup local run: debug pages and an insecure key when none is given."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env.SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
