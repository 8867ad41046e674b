"""Settings shared by every environment. Values that vary between machines come from config.env."""

from django.utils.translation import gettext_lazy as _

from config import env

BASE_DIR = env.BASE_DIR

SECRET_KEY = env.SECRET_KEY
DEBUG = env.DEBUG
ALLOWED_HOSTS = env.ALLOWED_HOSTS
CSRF_TRUSTED_ORIGINS = env.CSRF_TRUSTED_ORIGINS
SITE_URL = env.SITE_URL
WAGTAILADMIN_BASE_URL = env.SITE_URL

INSTALLED_APPS = [
    "core",
    "taxonomy",
    "home",
    "catalog",
    "cabinet",
    "conversations",
    "marketplace",
    "alerts",
    "applications",
    "accounts",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",  # purges nothing unless WAGTAILFRONTENDCACHE names a CDN (below)
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.mfa",
    "django_tasks_db",
]

MIDDLEWARE = [
    "core.server_timing.ServerTimingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the session, CSRF and messages middleware: it sees the cookies they set.
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.second_factor.SecondFactorForAdminMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": env.database_config()}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's database search uses PostgreSQL full-text search, which needs this app's lookups.
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts (django-allauth): people sign in with their email address, confirmed before the first sign-in, or
# through the city's OpenID Connect provider; the admin also asks for an authenticator app's code
# (accounts/second_factor.py). Rate limits (allauth's defaults: 5 failed sign-ins per address in 5 minutes,
# 20 sign-ups a minute per IP…) count in the cache. Answers never tell whether an address has an account.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "imoscow: "
ACCOUNT_SESSION_REMEMBER = None  # a «Remember me» box
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "cabinet:index"
WAGTAILADMIN_LOGIN_URL = "account_login"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "imoscow"
# The client's address for the rate limits, when a reverse proxy names it (see CLIENT_IP_HEADER).
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env.CLIENT_IP_HEADER or None
SOCIALACCOUNT_PROVIDERS = {
    "openid_connect": {
        "APPS": [
            {
                "provider_id": "city",
                "name": env.OIDC_PROVIDER_NAME,
                "client_id": env.OIDC_CLIENT_ID,
                "secret": env.OIDC_CLIENT_SECRET,
                "settings": {"server_url": env.OIDC_SERVER_URL},
            }
        ]
        if env.OIDC_SERVER_URL
        else [],
    }
}

# Languages: Russian first and default; English second. Public URLs carry the language prefix.
LANGUAGE_CODE = "ru"
LANGUAGES = [("ru", "Русский"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
# The admin names content languages in its own language («Английский»); the site's switcher uses LANGUAGES.
WAGTAIL_CONTENT_LANGUAGES = [("ru", _("Russian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Moscow"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.STATIC_ROOT
STATICFILES_DIRS = [BASE_DIR / "assets"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.MEDIA_ROOT


def _s3_connection() -> dict:
    return {
        key: value
        for key, value in {
            "endpoint_url": env.AWS_S3_ENDPOINT_URL,
            "access_key": env.AWS_ACCESS_KEY_ID,
            "secret_key": env.AWS_SECRET_ACCESS_KEY,
        }.items()
        if value
    }


def _private_storage() -> dict:
    """Applicants' attachments: never public; reached only through the applications views."""
    if not env.AWS_PRIVATE_BUCKET_NAME:
        return {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            # No base_url: these files have no public address (MEDIA_URL would serve them under DEBUG).
            "OPTIONS": {"location": env.PRIVATE_MEDIA_ROOT, "base_url": None},
        }
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env.AWS_PRIVATE_BUCKET_NAME,
            "region_name": env.AWS_S3_REGION_NAME,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": env.PRIVATE_URL_EXPIRY,
            "signature_version": "s3v4",
            "file_overwrite": False,
            # No custom_domain: a CDN address would not carry the signature.
            **_s3_connection(),
        },
    }


def _storages() -> dict:
    staticfiles = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    private = _private_storage()
    if not env.AWS_STORAGE_BUCKET_NAME:
        return {
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "private": private,
            "staticfiles": staticfiles,
        }
    options = {
        "bucket_name": env.AWS_STORAGE_BUCKET_NAME,
        "region_name": env.AWS_S3_REGION_NAME,
        "default_acl": None,
        "querystring_auth": False,
        "file_overwrite": False,
        **_s3_connection(),
    }
    if env.AWS_S3_CUSTOM_DOMAIN:
        options["custom_domain"] = env.AWS_S3_CUSTOM_DOMAIN
    return {
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options},
        "private": private,
        "staticfiles": staticfiles,
    }


STORAGES = _storages()


def _cache() -> dict:
    if env.REDIS_URL:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env.REDIS_URL}
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


CACHES = {"default": _cache()}

# Anonymous visitors' pages (core.page_cache); 0 turns it off.
PAGE_CACHE_SECONDS = env.PAGE_CACHE_SECONDS

# A CDN or Varnish in front: Wagtail purges a page's address there when the page is published or unpublished
# (deleting a live page unpublishes it first).
if env.FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env.FRONTEND_CACHE_URL,
        }
    }
# Each language's page is published, and purged, on its own: no address guessed by swapping the prefix.
WAGTAILFRONTENDCACHE_LANGUAGES = []


# Wagtail's database backend serves the admin's search; the site search reads its own page index on the
# databases (search/page_index.py), which is also what answers when Elasticsearch fails.
DATABASE_PAGE_SEARCH = {"BACKEND": "wagtail.search.backends.database"}


# Every index the site creates in Elasticsearch: the catalogs' (search.elastic) and the pages'.
ELASTICSEARCH_INDEX_SETTINGS = {
    "number_of_shards": env.ELASTICSEARCH_SHARDS,
    "number_of_replicas": env.ELASTICSEARCH_REPLICAS,
}


def _wagtail_search() -> dict:
    if env.ELASTICSEARCH_URLS:
        return {
            # Wagtail's Elasticsearch 8 backend with the catalogs' stems and matching rule.
            "BACKEND": "search.wagtail_elasticsearch",
            "URLS": env.ELASTICSEARCH_URLS,
            "INDEX_PREFIX": f"{env.ELASTICSEARCH_INDEX_PREFIX}-wagtail-",
            "TIMEOUT": env.ELASTICSEARCH_TIMEOUT,
            "OPTIONS": {},
            "INDEX_SETTINGS": {"settings": {"index": ELASTICSEARCH_INDEX_SETTINGS}},
        }
    return DATABASE_PAGE_SEARCH


WAGTAILSEARCH_BACKENDS = {"default": _wagtail_search()}

if env.SEARCH_ENGINE not in {"auto", "database"}:
    raise ValueError(f"SEARCH_ENGINE must be auto or database, not {env.SEARCH_ENGINE!r}")
CATALOG_SEARCH = {
    # As ELASTICSEARCH_URL gives it: one node's address, or a cluster's separated by commas (search.elastic).
    "ELASTICSEARCH_URL": env.ELASTICSEARCH_URL if env.SEARCH_ENGINE == "auto" else "",
    "INDEX_PREFIX": env.ELASTICSEARCH_INDEX_PREFIX,
    "TIMEOUT": env.SEARCH_TIMEOUT,
    "INDEXING_TIMEOUT": max(env.ELASTICSEARCH_TIMEOUT, 60),
}

WAGTAIL_SITE_NAME = "imoscow"
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# A new translation is a draft in the other language's tree until a translator publishes it: readers never see
# a page that nobody has translated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

SITEMAP_MAX_URLS = 50_000

# Online applications for support measures (the applications app).
PRIVATE_URL_EXPIRY = env.PRIVATE_URL_EXPIRY
APPLICATION_RETENTION_DAYS = env.APPLICATION_RETENTION_DAYS
# The version of the privacy policy an applicant agrees to; stored with each application.
PRIVACY_POLICY_VERSION = "2026-01"
# Accepted applications per visitor's IP address within the window (seconds); more get a 429 page.
APPLICATION_RATE_LIMIT = 5
APPLICATION_RATE_WINDOW = 60 * 60
# The META key of the visitor's address behind a proxy ("X-Real-IP" becomes "HTTP_X_REAL_IP").
CLIENT_IP_META_KEY = (
    "HTTP_" + env.CLIENT_IP_HEADER.upper().replace("-", "_") if env.CLIENT_IP_HEADER else "REMOTE_ADDR"
)

# Background work (mail, digests, periodic jobs) runs in the database-backed worker (`manage.py db_worker
# --backend background`), never in the request: a task is a row written in the same transaction as what it is
# about (core/background.py). Wagtail's own tasks (the reference index, renditions) use the default backend,
# which stays immediate: an editor sees their effect at once, with or without a worker running.
TASKS = {
    "default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}

MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = SERVER_EMAIL = env.DEFAULT_FROM_EMAIL


def _logging() -> dict:
    """Text to the console, warnings and up; with LOG_FORMAT=json, JSON lines, and one for each request."""
    console = {"class": "logging.StreamHandler"}
    config = {
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {"console": console},
        "root": {"handlers": ["console"], "level": "WARNING"},
        # A line for every task started and finished (Wagtail makes one per saved object) is noise; a failed
        # task is still logged, with its traceback.
        "loggers": {
            "django.tasks": {"level": "WARNING"},
            # A request retried on another node of a cluster: the node pool's warning names the node that
            # failed and for how long it is skipped; the transport's repeats it with a traceback each time.
            "elastic_transport.transport": {"level": "ERROR"},
        },
    }
    if env.LOG_FORMAT == "text":
        return config
    if env.LOG_FORMAT != "json":
        raise ValueError(f"LOG_FORMAT must be text or json, not {env.LOG_FORMAT!r}")
    config["formatters"] = {"json": {"()": "core.json_logs.JsonFormatter"}}
    console["formatter"] = "json"
    config["loggers"] |= {
        "imoscow.requests": {"level": "INFO"},
        # Django's own handlers write text (runserver's requests, the debug console): configured without them,
        # these loggers pass their records on to the JSON one.
        "django": {"level": "INFO"},
        "django.server": {"level": "INFO", "propagate": True},
    }
    return config


LOGGING = _logging()
