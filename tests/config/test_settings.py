"""Each environment variable switches one part of the platform on; nothing set means the defaults."""

import secrets
import uuid

from tests.django_process import evaluate, run

SETTINGS_SUMMARY = """
from django.conf import settings
result = {
    "database": settings.DATABASES["default"]["ENGINE"],
    "database_name": str(settings.DATABASES["default"]["NAME"]),
    "search": settings.WAGTAILSEARCH_BACKENDS["default"],
    "media": settings.STORAGES["default"],
    "cache": settings.CACHES["default"]["BACKEND"],
}
"""


def test_nothing_set_means_sqlite_database_search_disk_media_and_local_memory_cache():
    summary = evaluate(SETTINGS_SUMMARY)
    assert summary["database"] == "django.db.backends.sqlite3"
    assert summary["database_name"].endswith("db.sqlite3")
    assert summary["search"] == {"BACKEND": "wagtail.search.backends.database"}
    assert summary["media"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert summary["cache"] == "django.core.cache.backends.locmem.LocMemCache"


def test_database_url_switches_to_postgresql_and_connects():
    url = "postgres://postgres@127.0.0.1:5432/postgres"
    code = SETTINGS_SUMMARY + (
        "from django.db import connection\n"
        "with connection.cursor() as cursor:\n"
        "    cursor.execute('select version()')\n"
        "    result['server'] = cursor.fetchone()[0]\n"
    )
    summary = evaluate(code, DATABASE_URL=url)
    assert summary["database"] == "django.db.backends.postgresql"
    assert summary["database_name"] == "postgres"
    assert summary["server"].startswith("PostgreSQL")


def test_postgresql_passes_the_system_checks_that_migrate_runs():
    completed = run(
        ["manage.py", "check", "--database", "default"],
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/postgres",
    )
    assert completed.returncode == 0, completed.stderr


def test_a_database_url_that_is_not_postgres_is_refused_with_a_clear_message():
    completed = run(["manage.py", "check"], DATABASE_URL="mysql://root@127.0.0.1/test")
    assert completed.returncode != 0
    assert "DATABASE_URL must be a postgres:// URL" in completed.stderr


def test_elasticsearch_url_switches_page_search_to_elasticsearch8_with_an_index_prefix():
    summary = evaluate(
        SETTINGS_SUMMARY, ELASTICSEARCH_URL="http://127.0.0.1:9200", ELASTICSEARCH_INDEX_PREFIX="staging"
    )
    assert summary["search"]["BACKEND"] == "search.wagtail_elasticsearch"
    assert summary["search"]["URLS"] == ["http://127.0.0.1:9200"]
    assert summary["search"]["INDEX_PREFIX"] == "staging-wagtail-"
    assert "INDEX" not in summary["search"]


def test_redis_url_switches_the_cache_to_redis_and_it_stores_values():
    key = f"imoscow-test-{uuid.uuid4()}"
    code = SETTINGS_SUMMARY + (
        "from django.core.cache import cache\n"
        f"cache.set({key!r}, 'stored', 30)\n"
        f"result['value'] = cache.get({key!r})\n"
        f"cache.delete({key!r})\n"
    )
    summary = evaluate(code, REDIS_URL="redis://127.0.0.1:6379/0")
    assert summary["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert summary["value"] == "stored"


def test_bucket_name_switches_public_media_to_s3():
    summary = evaluate(
        SETTINGS_SUMMARY,
        AWS_STORAGE_BUCKET_NAME="imoscow-media",
        AWS_S3_ENDPOINT_URL="http://127.0.0.1:9000",
        AWS_ACCESS_KEY_ID="key",
        AWS_SECRET_ACCESS_KEY="secret",
    )
    assert summary["media"]["BACKEND"] == "storages.backends.s3.S3Storage"
    options = summary["media"]["OPTIONS"]
    assert options["bucket_name"] == "imoscow-media"
    assert options["endpoint_url"] == "http://127.0.0.1:9000"
    assert options["querystring_auth"] is False


def test_production_settings_pass_the_deployment_checks_with_nothing_silenced():
    environment = {"SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "imoscow.example"}
    completed = run(
        ["manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        "config.settings.production",
        **environment,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "System check identified no issues (0 silenced)." in completed.stdout
    silenced = evaluate(
        "from django.conf import settings\nresult = settings.SILENCED_SYSTEM_CHECKS",
        "config.settings.production",
        **environment,
    )
    assert silenced == []


def test_production_refuses_to_start_without_a_strong_secret_key():
    completed = run(["manage.py", "check"], "config.settings.production", SECRET_KEY="short")
    assert completed.returncode != 0
    assert "Set SECRET_KEY to a random string of 50 or more characters" in completed.stderr
