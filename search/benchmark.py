"""Catalog search speed, per engine, over real HTTP: run it with scripts/benchmark-search (the database
engine on PostgreSQL) or scripts/benchmark-search --database sqlite.

For each engine (Elasticsearch when ELASTICSEARCH_URL is set, then the database) a gunicorn server is
started with that engine alone, and sequential GET requests (no page cache) ask the organizations listing
for a text query with three facets selected, once with a selective word and once with a broad one. It
prints p50/p95 of the server time (the Server-Timing header: everything Django does for the page, and
the engine's share of it), of the time seen by the client, the same query's raw engine time in this
process (the floor), their ratio, the time of a full reindex of the catalogs and pages
(rebuild_search_index), the size of the database and the indexes, Elasticsearch's heap and the workers'
memory.

Then the site search (/ru/search/) per engine, for everyday queries: p50/p95 of its server time, which holds
the support measures' and the other pages' search, the four catalogs' and, for a typo, the correction.
With Elasticsearch the pages are found by Wagtail's Elasticsearch backend; with the database engine by the
database's page index (search.page_index).
"""

import argparse
import http.client
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from urllib.parse import urlencode, urlsplit

import django

from core.loopback_server import free_port, start, workers_memory

PATH = "/ru/catalog/organizations/"
FACETS = {"roles": ["participant"], "size": ["small", "micro"], "region": ["moscow"]}
# The same three facets with a word a few percent of the organizations have, and with one that nearly half
# of the demo organizations have (the worst case for counting facets in the database).
WORDS = {"selective word": "робототехника", "broad word": "технологии"}
SITE_SEARCH = "/ru/search/"
SITE_QUERIES = {
    "measures": "гранты для стартапов",
    "broad word": "технологии",
    "typo, corrected": "лабаратория",
}
SERVER_TIMING = re.compile(r"(\w+);dur=([\d.]+)")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(samples: list[float]) -> str:
    return f"p50 {statistics.median(samples):6.1f} ms   p95 {percentile(samples, 0.95):6.1f} ms"


def machine_pace() -> str:
    """The time of a fixed piece of Python work (best of 5): on a shared virtual machine the same code runs
    up to half again as slow from one quarter of an hour to the next, so figures compare only between runs
    at a similar pace."""

    def work() -> None:
        numbers = {str(number): number for number in range(200_000)}
        sorted(numbers, key=len)

    times = []
    for _ in range(5):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    pace = f"machine pace: {min(times):.0f} ms for a fixed piece of Python work (lower is faster)"
    return f"{pace}; load average {load}"


def create_database() -> None:
    """Creates the PostgreSQL database of DATABASE_URL when it does not exist yet."""
    import psycopg

    url = urlsplit(os.environ["DATABASE_URL"])
    name = url.path.lstrip("/")
    server = url._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}")


def get(port: int, query: str, path: str = PATH) -> tuple[float, dict[str, float]]:
    """The client's time and the server's timings (`app`: the whole response, `search`: the engine's share)
    in milliseconds for one request on a new connection."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    connection.request("GET", f"{path}?{query}")
    response = connection.getresponse()
    response.read()
    elapsed = (time.perf_counter() - started) * 1000
    connection.close()
    if response.status != 200:
        raise SystemExit(f"the server answered {response.status}")
    timings = SERVER_TIMING.findall(response.getheader("Server-Timing"))
    return elapsed, {name: float(duration) for name, duration in timings}


def serve(engine: str, port: int, log) -> subprocess.Popen:
    environment = {
        **os.environ,
        "SEARCH_ENGINE": "auto" if engine == "elasticsearch" else "database",
        "PAGE_CACHE_SECONDS": "0",  # each request searches: the engines are measured, not the page cache
    }
    if engine != "elasticsearch":
        # The site search's pages too come from the database (its page index), not Elasticsearch.
        environment.pop("ELASTICSEARCH_URL", None)
    return start(port, environment, log)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--create-database", action="store_true", help="only create the database, then stop")
    parser.add_argument(
        "--site-search-only", action="store_true", help="only the site search, on the indexes as they are"
    )
    options = parser.parse_args()
    if options.create_database:
        create_database()
        return
    django.setup()

    from django.conf import settings

    from catalog.models import Organization
    from search.engines import elasticsearch_enabled

    organizations = Organization.objects.filter(locale__language_code="ru").count()
    print(f"organizations: {organizations}   database: {settings.DATABASES['default']['ENGINE']}")
    print(machine_pace())
    if not options.site_search_only:
        measure_catalog_listing(options.requests)
        print(f"\n{machine_pace()}")
    names = ["elasticsearch", "database"] if elasticsearch_enabled() else ["database"]
    print(f"\nsite search: GET {SITE_SEARCH}, {options.requests} requests per query and engine")
    for name in names:
        measure_site_search(name, options.requests)
    print(f"\n{machine_pace()}")


def measure_catalog_listing(requests: int) -> None:
    from django.core.management import call_command

    from catalog.registry import SPECS
    from search.engines import database, elasticsearch, elasticsearch_enabled
    from search.query import Query

    started = time.perf_counter()
    call_command("rebuild_search_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
    reindex = time.perf_counter() - started
    indexes = "database + Elasticsearch" if elasticsearch_enabled() else "database"
    print(f"full reindex of the catalogs and pages ({indexes}): {reindex:.1f} s")
    report_storage()

    spec = SPECS["organizations"]
    for label, word in WORDS.items():
        query = Query(text=word, facets={name: tuple(values) for name, values in FACETS.items()})
        engines = {"database": lambda query=query: database.search(spec, query)}
        if elasticsearch_enabled():
            engines = {
                "elasticsearch": lambda query=query: elasticsearch.search(spec, query, "ru"),
                **engines,
            }
        encoded = urlencode({"q": word, **FACETS}, doseq=True)
        total = database.search(spec, query).total
        print(f"\n{label}: GET {PATH}?{encoded}\n  {total} results, {requests} requests per engine")
        for name, raw_search in engines.items():
            measure(name, raw_search, encoded, requests)


def megabytes(size: int) -> str:
    return f"{size / 2**20:,.0f} MB".replace(",", " ")


def report_storage() -> None:
    """What the data takes on disk: the whole database, its catalog tables and its search documents (each
    with their indexes); with Elasticsearch, its indexes (replicas included) and the heap of its nodes."""
    from django.conf import settings
    from django.db import connection

    from catalog.registry import SPECS
    from search import elastic
    from search.engines import elasticsearch_enabled

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            total = cursor.fetchone()[0]
            cursor.execute(
                "SELECT relname LIKE 'catalog%%', sum(pg_total_relation_size(oid)) FROM pg_class "
                "WHERE relkind = 'r' AND (relname LIKE 'catalog%%' OR relname LIKE 'search%%') GROUP BY 1"
            )
            apps = {catalog: size for catalog, size in cursor.fetchall()}
    else:
        # Every table and index: the whole file but its free pages.
        with connection.cursor() as cursor:
            cursor.execute("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size")
            total = cursor.fetchone()[0]
            cursor.execute(
                "SELECT tbl_name LIKE 'catalog%', name FROM sqlite_master "
                "WHERE tbl_name LIKE 'catalog%' OR tbl_name LIKE 'search%'"
            )
            names = cursor.fetchall()
            apps = {True: 0, False: 0}
            for catalog, name in names:
                cursor.execute("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = %s", [name])
                apps[bool(catalog)] += cursor.fetchone()[0]
    print(
        f"database on disk: {megabytes(total)} (catalog tables {megabytes(apps.get(True, 0))}, "
        f"search documents {megabytes(apps.get(False, 0))}, each with its indexes)"
    )
    if elasticsearch_enabled():
        es = elastic.client()
        prefix = settings.CATALOG_SEARCH["INDEX_PREFIX"]
        pattern = ",".join(f"{prefix}-{name}-*" for name in [*SPECS, "wagtail"])
        store = es.indices.stats(index=pattern, metric="store")["_all"]["total"]["store"]["size_in_bytes"]
        nodes = es.nodes.stats(metric="jvm")["nodes"].values()
        used = sum(node["jvm"]["mem"]["heap_used_in_bytes"] for node in nodes)
        heap = sum(node["jvm"]["mem"]["heap_max_in_bytes"] for node in nodes)
        print(
            f"Elasticsearch: the catalogs' and pages' indexes {megabytes(store)}; "
            f"heap {megabytes(used)} used of "
            f"{megabytes(heap)} on {len(nodes)} node(s)"
        )


def memory(server) -> str:
    """The gunicorn workers' resident memory, read while the server still runs."""
    count, megabytes = workers_memory(server.pid)
    return f"    gunicorn's {count} workers after the requests: {megabytes:.0f} MB resident"


def measure_site_search(name: str, requests: int) -> None:
    port = free_port()
    with tempfile.TemporaryFile() as log:
        server = serve(name, port, log)
        try:
            print(f"  {name}:")
            for label, text in SITE_QUERIES.items():
                encoded = urlencode({"q": text})
                for _ in range(20):
                    get(port, encoded, SITE_SEARCH)
                samples = [get(port, encoded, SITE_SEARCH)[1] for _ in range(requests)]
                described = f"{label} ({text})"
                print(f"    {described:42} server time  {summary([t['app'] for t in samples])}")
            print(memory(server))
        except OSError:
            log.seek(0)
            print(log.read().decode()[-3000:], file=sys.stderr)
            raise
        finally:
            server.terminate()
            server.wait()


def measure(name: str, raw_search, encoded: str, requests: int) -> None:
    port = free_port()
    with tempfile.TemporaryFile() as log:
        server = serve(name, port, log)
        try:
            for _ in range(20):  # warm-up: connections, caches, the JIT of Elasticsearch
                get(port, encoded)
                raw_search()
            samples = [get(port, encoded) for _ in range(requests)]
            workers = memory(server)
        except OSError:
            log.seek(0)
            print(log.read().decode()[-3000:], file=sys.stderr)
            raise
        finally:
            server.terminate()
            server.wait()
    raw = []
    for _ in range(requests):
        begun = time.perf_counter()
        raw_search()
        raw.append((time.perf_counter() - begun) * 1000)
    server_times = [timings["app"] for _, timings in samples]
    print(f"  {name}:")
    print(f"    server time (Server-Timing)  {summary(server_times)}")
    print(f"      the engine in the request  {summary([timings['search'] for _, timings in samples])}")
    print(f"      the rest of the page       {summary([t['app'] - t['search'] for _, t in samples])}")
    print(f"    client time over HTTP        {summary([client for client, _ in samples])}")
    print(f"    raw engine time              {summary(raw)}")
    print(f"    server p95 / engine p95      {percentile(server_times, 0.95) / percentile(raw, 0.95):.2f}")
    print(workers)


if __name__ == "__main__":
    main()
