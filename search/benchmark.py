"""Catalog search timings: full requests through Django (routing, middleware, engine, templates) for a listing
with a text query and three facets on organizations, the same query's raw engine time, and a full reindex.

Run it with scripts/benchmark-search (it seeds the demo first when the database is empty).
"""

import argparse
import statistics
import time

import django


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=200)
    options = parser.parse_args()
    django.setup()

    from django.conf import settings
    from django.test import Client

    from catalog.models import Organization
    from search.documents import rebuild_all
    from search.engines import database
    from search.query import Query
    from search.specs import SPECS

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    organizations = Organization.objects.filter(locale__language_code="ru").count()
    print(f"organizations: {organizations}  database: {settings.DATABASES['default']['ENGINE']}")
    params = {"q": "технологии", "roles": "participant", "size": ["small", "micro"], "region": "moscow"}
    query = Query(
        text=params["q"],
        facets={"roles": ("participant",), "size": ("small", "micro"), "region": ("moscow",)},
    )

    client = Client()
    response = client.get("/ru/catalog/organizations/", params)
    assert response.status_code == 200, response.status_code
    result = database.search(SPECS["organizations"], query)
    print(f"query: {params}  total: {result.total}")

    def timed(call) -> list[float]:
        samples = []
        for _ in range(options.requests):
            started = time.perf_counter()
            call()
            samples.append((time.perf_counter() - started) * 1000)
        return samples

    requests = timed(lambda: client.get("/ru/catalog/organizations/", params))
    raw = timed(lambda: database.search(SPECS["organizations"], query))
    for label, samples in (("full request", requests), ("engine alone", raw)):
        print(
            f"database engine, {label}: {len(samples)} runs, p50 {statistics.median(samples):.1f} ms, "
            f"p95 {percentile(samples, 0.95):.1f} ms"
        )
    started = time.perf_counter()
    counts = rebuild_all()
    print(f"full reindex: {sum(counts.values())} documents in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
