"""The anonymous page cache on the full demo: run it with scripts/benchmark-page-cache.

For each editorial page type (the Russian home page, a support measure, a news item, a cluster) and the
support measures' listing and a catalog's, through Django's whole stack in this process (no network), it
prints the queries of the page's first view (in a process that has served other pages: the menu, content
types and view restrictions are known, the page is not kept yet), then the server time (Server-Timing's
`app`) of `--repeat` views made afresh (the page cache off) and of `--repeat` views served from the cache,
as p50 and p95. Issue 16's targets: at most 10 queries for a first view, a kept page in 5 ms at p95.
"""

import argparse
import re
import statistics

import django

SERVER_TIME = re.compile(r"app;dur=([\d.]+)")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(samples: list[float]) -> str:
    return f"p50 {statistics.median(samples):6.2f} ms   p95 {percentile(samples, 0.95):6.2f} ms"


def server_times(client, path: str, repeat: int, expected: str | None) -> list[float]:
    times = []
    for _ in range(repeat):
        response = client.get(path)
        if response.status_code != 200 or response.get("X-Cache") != expected:
            raise SystemExit(f"{path} answered {response.status_code}, X-Cache {response.get('X-Cache')}")
        times.append(float(SERVER_TIME.search(response["Server-Timing"]).group(1)))
    return times


def first_view_queries(client, path: str, warm_up: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core import cache_generation

    cache_generation.start_new()  # as after an editor's change: nothing kept is read again
    client.get(warm_up)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    if response.get("X-Cache") != "miss":
        raise SystemExit(f"{path}: the first view was not made afresh")
    return len(queries)


def pages() -> dict[str, str]:
    from home.models import ClusterPage, HomePage, NewsPage, SupportMeasureIndexPage, SupportMeasurePage

    russian = {"locale__language_code": "ru"}
    return {
        "home page": HomePage.objects.filter(**russian).live().first().url,
        "support measure": SupportMeasurePage.objects.filter(**russian).live().first().url,
        "news item": NewsPage.objects.filter(**russian).live().order_by("-date").first().url,
        "cluster": ClusterPage.objects.filter(**russian).live().first().url,
        "measures listing": SupportMeasureIndexPage.objects.filter(**russian).live().first().url,
        "organizations listing": "/ru/catalog/organizations/",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=50, help="views per page and way (default 50)")
    options = parser.parse_args()
    django.setup()

    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.test import Client, override_settings
    from wagtail.models import get_page_models

    backends = settings.CACHES["default"]["BACKEND"], settings.DATABASES["default"]["ENGINE"]
    print("cache: {}, database: {}".format(*backends))
    client = Client(HTTP_HOST="127.0.0.1")
    ContentType.objects.get_for_models(*get_page_models())
    for name, path in pages().items():
        warm_up = "/ru/search/" if path == "/ru/" else "/ru/"
        queries = first_view_queries(client, path, warm_up)
        with override_settings(PAGE_CACHE_SECONDS=0):
            afresh = server_times(client, path, options.repeat, None)
        client.get(path)
        kept = server_times(client, path, options.repeat, "hit")
        print(f"{name:22} {path}")
        print(f"  first view: {queries} queries")
        print(f"  made afresh:   {summary(afresh)}")
        print(f"  from the cache: {summary(kept)}")


if __name__ == "__main__":
    main()
