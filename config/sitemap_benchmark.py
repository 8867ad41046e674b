"""Sitemap speed on the full demo: run it with scripts/benchmark-sitemaps.

It asks /sitemap.xml and then every file the index names, each `--repeat` times, through Django's whole
stack in this process (middleware and view; no network), and prints the median and slowest time of each
with its number of addresses and size. Issue 16's targets, with 35,000 organizations: the index in 0.5 s at
most, each file in 2 s at most.
"""

import argparse
import statistics
import time
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import django

INDEX = "/sitemap.xml"
# The process's first request loads the URL configuration and the middleware: it is asked first, untimed.
WARM_UP = "/robots.txt"
LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


def timed_get(client, address: str) -> tuple[float, bytes]:
    path, _, query = address.partition("?")
    started = time.perf_counter()
    response = client.get(path, QUERY_STRING=query)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise SystemExit(f"{address} answered {response.status_code}")
    return elapsed, response.content


def measure(client, address: str, repeat: int) -> bytes:
    times = []
    for _ in range(repeat):
        elapsed, content = timed_get(client, address)
        times.append(elapsed)
    addresses = content.count(b"<url>") or content.count(b"<sitemap>")
    print(
        f"{address:40} median {statistics.median(times):6.2f} s   slowest {max(times):6.2f} s"
        f"   {addresses:6} addresses   {len(content) / 1e6:5.1f} MB"
    )
    return content


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="requests per file (default 3)")
    options = parser.parse_args()
    django.setup()

    from django.test import Client

    from catalog.entry import published
    from catalog.registry import SPECS

    counts = ", ".join(f"{published(spec.model).count()} {segment}" for segment, spec in SPECS.items())
    print(f"published: {counts}")
    client = Client(HTTP_HOST="127.0.0.1")
    timed_get(client, WARM_UP)
    index = measure(client, INDEX, options.repeat)
    for location in ET.fromstring(index).iter(LOC):
        address = urlsplit(location.text)
        measure(client, f"{address.path}?{address.query}".rstrip("?"), options.repeat)


if __name__ == "__main__":
    main()
