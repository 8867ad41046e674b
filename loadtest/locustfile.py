"""Anonymous visitors of the site, for locust; scripts/load-test runs it (docs/operations.md, «Load test»).

A visitor pauses LOADTEST_THINK seconds ("1,3" by default: between 1 and 3, a reader between two clicks)
before each page it opens (suggestions come while it types, a fraction of a second apart), and goes on
with one of the tasks below, weighted like the site's traffic: catalog listings and the entries found in
them most, then the measures, the home page, the site search, its suggestions, the measure finder, and now
and then an application form. The addresses and the links followed come from loadtest/mix.py.
"""

import os
import random

import gevent
from locust import HttpUser, between, task

from loadtest import mix

THINK = [float(seconds) for seconds in os.environ.get("LOADTEST_THINK", "1,3").split(",")]


class Visitor(HttpUser):
    wait_time = between(*THINK)

    def on_start(self):
        self.rng = random.Random()
        self.client.headers.update(mix.HEADERS)

    def get(self, path: str, name: str) -> str:
        """The page's text ("" when it failed); locust counts the request under `name`."""
        with self.client.get(path, name=name, catch_response=True) as response:
            if not response.ok:
                return ""
            # An answer of 200 that explains a wrong parameter means the mix asks for what the site lacks.
            if mix.ERROR_SUMMARY in response.text:
                response.failure("the page explains an error in what was asked")
            return response.text

    def follow(self, links: list[str], name: str, share: float = 1.0) -> str:
        """One of the links, after a pause, for `share` of the visitors; "" otherwise."""
        if not links or self.rng.random() >= share:
            return ""
        self.wait()
        return self.get(self.rng.choice(links), name)

    @task(40)
    def catalog(self):
        segment = mix.catalog_segment(self.rng)
        path = mix.catalog_listing(self.rng, segment)
        page = self.get(path, f"listing {segment}")
        following = mix.next_page(page, path)
        if following and self.rng.random() < 0.2:
            self.wait()
            page = self.get(following, f"listing {segment}")
        entries = mix.entry_links(page, segment)
        for _ in range(self.rng.choice((1, 1, 2))):
            self.follow(entries, f"entry {segment}", share=0.85)

    @task(14)
    def measures(self):
        page = self.get(mix.measure_list(self.rng), "measures")
        measure = self.follow(mix.measure_links(page), "measure", share=0.7)
        form = mix.apply_link(measure)
        if form and self.rng.random() < 0.4:
            self.wait()
            self.get(form, "application form")

    @task(12)
    def home(self):
        self.get(mix.HOME, "home")

    @task(12)
    def site_search(self):
        self.get(mix.site_search(self.rng), "search")

    @task(8)
    def suggestions(self):
        for path in mix.typing(self.rng.choice(mix.TYPED)):
            self.get(path, "suggest")
            gevent.sleep(self.rng.uniform(0.3, 0.8))  # the next letters typed

    @task(6)
    def finder(self):
        page = self.get(mix.finder(self.rng), "finder")
        self.follow(mix.measure_links(page), "measure", share=0.5)
