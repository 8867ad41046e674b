"""The one place that reads the process environment.

Every setting that can change between machines is named here, with its default for the zero-setup
run (SQLite, database search, media on disk, local-memory cache). Settings modules import from here.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent


def _str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def _bool(name: str, default: bool = False) -> bool:
    value = _str(name)
    if not value:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


def _list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in _str(name, default).split(",") if item.strip()]


def _int(name: str, default: int) -> int:
    value = _str(name)
    return int(value) if value else default


SECRET_KEY = _str("SECRET_KEY")
DEBUG = _bool("DEBUG")
ALLOWED_HOSTS = _list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = _list("CSRF_TRUSTED_ORIGINS")
SITE_URL = _str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

DATABASE_URL = _str("DATABASE_URL")
SQLITE_PATH = Path(_str("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")))

# One node's address, or the addresses of a cluster's nodes separated by commas: a request that a node does
# not accept goes to the next one.
ELASTICSEARCH_URL = _str("ELASTICSEARCH_URL")
ELASTICSEARCH_URLS = _list("ELASTICSEARCH_URL")
ELASTICSEARCH_INDEX_PREFIX = _str("ELASTICSEARCH_INDEX_PREFIX", "imoscow")
# Of every index the site creates (catalogs and pages). A single node can hold no replica; on a cluster, 1
# replica keeps every shard searchable when a node is lost.
ELASTICSEARCH_SHARDS = _int("ELASTICSEARCH_SHARDS", 1)
ELASTICSEARCH_REPLICAS = _int("ELASTICSEARCH_REPLICAS", 0)
ELASTICSEARCH_TIMEOUT = _int("ELASTICSEARCH_TIMEOUT", 5)
# Catalog search: "auto" uses Elasticsearch when ELASTICSEARCH_URL is set; "database" never does.
SEARCH_ENGINE = _str("SEARCH_ENGINE", "auto")
# A visitor waits at most this long (seconds) for Elasticsearch before the database answers instead.
SEARCH_TIMEOUT = float(_str("SEARCH_TIMEOUT", "1"))

REDIS_URL = _str("REDIS_URL")
# How long an anonymous visitor's page stays in the cache (core.page_cache), in seconds; 0 turns the page
# cache off. A change editors make renews every page at once, so this only bounds how long another process
# shows an old page with the local-memory cache, where no process learns of another's changes.
PAGE_CACHE_SECONDS = _int("PAGE_CACHE_SECONDS", 300)
# A CDN or Varnish in front of the site: the address its PURGE requests go to (Wagtail's frontend cache
# invalidation sends them when a page is published, unpublished or deleted). Empty: nothing is purged.
FRONTEND_CACHE_URL = _str("FRONTEND_CACHE_URL")

# "text" (the default) or "json": one JSON line per log record, and one per request (core.request_log).
LOG_FORMAT = _str("LOG_FORMAT", "text")

# Sign-in through an OpenID Connect provider (mos.ru, the city's sign-in, is one): its issuer address (where
# /.well-known/openid-configuration describes it), the client this site is registered as there, and the name
# on its button. Without OIDC_SERVER_URL, people sign in with their email address and a password only.
OIDC_SERVER_URL = _str("OIDC_SERVER_URL").rstrip("/")
OIDC_CLIENT_ID = _str("OIDC_CLIENT_ID")
OIDC_CLIENT_SECRET = _str("OIDC_CLIENT_SECRET")
OIDC_PROVIDER_NAME = _str("OIDC_PROVIDER_NAME", "mos.ru")

# Outgoing mail: the console in development; an SMTP relay in production.
SMTP_HOST = _str("SMTP_HOST", "localhost")
SMTP_PORT = _int("SMTP_PORT", 587)
SMTP_USERNAME = _str("SMTP_USERNAME")
SMTP_PASSWORD = _str("SMTP_PASSWORD")
DEFAULT_FROM_EMAIL = _str("DEFAULT_FROM_EMAIL", "imoscow <noreply@imoscow.local>")

MEDIA_ROOT = Path(_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STATIC_ROOT = Path(_str("STATIC_ROOT", str(BASE_DIR / "static")))
AWS_STORAGE_BUCKET_NAME = _str("AWS_STORAGE_BUCKET_NAME")
AWS_S3_ENDPOINT_URL = _str("AWS_S3_ENDPOINT_URL")
AWS_S3_REGION_NAME = _str("AWS_S3_REGION_NAME", "ru-central1")
AWS_ACCESS_KEY_ID = _str("AWS_ACCESS_KEY_ID")
AWS_SECRET_ACCESS_KEY = _str("AWS_SECRET_ACCESS_KEY")
AWS_S3_CUSTOM_DOMAIN = _str("AWS_S3_CUSTOM_DOMAIN")

# Applicants' attachments: a private bucket (same endpoint and credentials as media) when named, else a
# folder on disk that the web server does not serve.
AWS_PRIVATE_BUCKET_NAME = _str("AWS_PRIVATE_BUCKET_NAME")
PRIVATE_MEDIA_ROOT = Path(_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media")))
# Seconds a signed address of a private file stays valid.
PRIVATE_URL_EXPIRY = _int("PRIVATE_URL_EXPIRY", 60)
# Closed applications keep their personal data this many days (three years by default).
APPLICATION_RETENTION_DAYS = _int("APPLICATION_RETENTION_DAYS", 3 * 365)
# The request header that holds the visitor's address when a reverse proxy sets it (such as X-Real-IP);
# empty: the connection's address. Only name a header the proxy always overwrites: visitors can send any.
CLIENT_IP_HEADER = _str("CLIENT_IP_HEADER")


def database_config() -> dict:
    """Django's DATABASES['default'] from DATABASE_URL (postgres://user:pass@host:port/name) or SQLite."""
    if not DATABASE_URL:
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": SQLITE_PATH}
    url = urlsplit(DATABASE_URL)
    if url.scheme not in {"postgres", "postgresql"}:
        raise ValueError(f"DATABASE_URL must be a postgres:// URL, not {url.scheme}://")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": url.path.lstrip("/"),
        "USER": url.username or "",
        "PASSWORD": url.password or "",
        "HOST": url.hostname or "",
        "PORT": str(url.port or ""),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }
