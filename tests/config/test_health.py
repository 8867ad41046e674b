"""/healthz says the process answers; /readyz whether it can serve visitors, naming what fails."""

import pytest
from django.conf import settings
from django.test import override_settings

from tests.django_process import evaluate

pytestmark = pytest.mark.django_db
READYZ = """
from django.test import Client
response = Client(HTTP_HOST="127.0.0.1").get("/readyz")
result = {"status_code": response.status_code, **response.json()}
"""


def checks(response) -> dict[str, bool]:
    return {check["name"]: check["ok"] for check in response.json()["checks"]}


def elasticsearch_at(url: str) -> override_settings:
    return override_settings(CATALOG_SEARCH={**settings.CATALOG_SEARCH, "ELASTICSEARCH_URL": url})


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_answer_unprefixed_and_are_never_cached(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert "no-store" in response["Cache-Control"]
    assert client.head(path).status_code == 200


def test_readyz_times_the_database_and_the_cache(client):
    response = client.get("/readyz")
    assert checks(response) == {"database": True, "cache": True}  # no Elasticsearch configured
    assert all(check["ms"] >= 0 for check in response.json()["checks"])


def test_readyz_checks_elasticsearch_when_the_catalogs_search_it(client, elasticsearch_url):
    with elasticsearch_at(elasticsearch_url):
        response = client.get("/readyz")
    assert response.status_code == 200
    assert checks(response) == {"database": True, "cache": True, "elasticsearch": True}


def test_readyz_is_unavailable_when_elasticsearch_is_unreachable(client, closed_port):
    with elasticsearch_at(f"http://127.0.0.1:{closed_port}"):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert checks(response) == {"database": True, "cache": True, "elasticsearch": False}


def test_readyz_is_unavailable_when_the_cache_is_unreachable(client, closed_port):
    cache = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{closed_port}",
    }
    with override_settings(CACHES={"default": cache}):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert checks(response) == {"database": True, "cache": False}


def test_readyz_is_unavailable_when_the_database_is_unreachable(closed_port):
    answer = evaluate(READYZ, DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed_port}/imoscow")
    assert answer["status_code"] == 503
    assert {check["name"]: check["ok"] for check in answer["checks"]} == {"database": False, "cache": True}


def test_probes_are_not_in_the_sitemaps_or_robots_txt(client, homes):
    robots = client.get("/robots.txt").content.decode()
    index = client.get("/sitemap.xml").content.decode()
    pages = client.get("/sitemap-pages.xml").content.decode()
    for text in (robots, index, pages):
        assert "healthz" not in text
        assert "readyz" not in text
