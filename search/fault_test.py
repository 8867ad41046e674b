"""Elasticsearch losing nodes under load: run it with scripts/fault-test-elasticsearch, which starts the
three-node cluster (scripts/elasticsearch.sh cluster-start), prepares a PostgreSQL database with a small demo
and sets ELASTICSEARCH_URL to the three nodes, ELASTICSEARCH_SHARDS=2, ELASTICSEARCH_REPLICAS=1 and an index
prefix of its own.

1. Indexes the catalogs (rebuild_search_index) and the pages (update_index) on the cluster and waits until
   every shard has its replica.
2. Draws a set of requests (seeded): catalog listings in Russian and English with words taken from the
   catalog's own entries and one or two facets, and site searches. Each is asked once on the healthy cluster:
   a listing's total and facet counts must equal the database engine's answer to the same query; a site
   search's totals (support measures, other pages, each catalog) are kept as the healthy answer.
3. Sends them in a seeded order through Django's test client: the whole middleware stack in one process, with
   the site's own Elasticsearch clients and breaker. After a tenth of --requests the elected master (or
   --node N) is killed with SIGKILL; --down seconds later it is started again (scripts/elasticsearch.sh
   node-start) while the load goes on, until its shards are back and --requests were sent. Then two nodes
   are killed (no majority, no master) for --requests / 10 more.
   Counted per phase: server errors (5xx), wrong answers (a listing whose total or a facet count differs
   from the database engine's answer; a site search part Elasticsearch answered that differs from the
   healthy answer; a part the database answered is the reference itself) and requests the database
   answered instead of Elasticsearch (the breaker's fallback).
4. `manage.py rebuild_search_index` with a node killed, then with two: each must complete, or stop with a
   clear message (no traceback) within --rebuild-timeout and leave the live aliases as they were.

Prints a table of the counts; exits with 1 when a request failed or answered wrong, or a rebuild hung, failed
with a traceback, or moved an alias without completing.
"""

import argparse
import logging
import os
import random
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import django

REPO = Path(__file__).resolve().parent.parent
SITE_QUERIES = ["гранты для стартапов", "технологии", "лаборатория", "акселератор", "субсидия", "grant"]
LISTING_SHARE = 0.75
POOL = 240  # distinct requests; the load draws from them, so each has its reference answer
WORD_LENGTH = 5


@dataclass(frozen=True)
class Ask:
    url: str
    segment: str = ""  # the catalog of a listing; empty for a site search
    language: str = "ru"


@dataclass
class Counts:
    requests: int = 0
    errors: int = 0
    wrong: int = 0
    fallbacks: int = 0
    milliseconds: list[float] = field(default_factory=list)

    def row(self, phase: str) -> str:
        p95 = statistics.quantiles(self.milliseconds, n=20)[-1] if len(self.milliseconds) > 1 else 0.0
        return (
            f"| {phase} | {self.requests} | {self.errors} | {self.wrong} | {self.fallbacks} "
            f"| {statistics.median(self.milliseconds or [0]):.0f} / {p95:.0f} |"
        )


class Records(logging.Handler):
    """The request's record on imoscow.requests (core.request_log): which engine answered, and why not."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.last: logging.LogRecord | None = None

    def emit(self, record):
        self.last = record


def seed(scale: float) -> None:
    """A small demo (a spread of the pages, `scale` of the catalogs) when the database has no site yet."""
    from django.db import connection

    from catalog.demo import seed_catalogs
    from home.demo.seed import seed as seed_pages
    from home.models import HomePage
    from search.indexing import rebuild_all
    from taxonomy.loading import load_taxonomies

    if HomePage.objects.exists():
        print("the database has a site already: seeding skipped")
        return
    load_taxonomies()
    seed_pages(write=lambda line: None, limit=30)
    seed_catalogs(write=print, scale=scale)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    rebuild_all()


class Cluster:
    """The nodes of ELASTICSEARCH_URL, through a client of its own (longer timeouts, retries)."""

    def __init__(self):
        from django.conf import settings
        from elasticsearch import Elasticsearch

        from search import elastic

        self.prefix = settings.CATALOG_SEARCH["INDEX_PREFIX"]
        nodes = elastic.hosts(settings.CATALOG_SEARCH["ELASTICSEARCH_URL"])
        self.es = Elasticsearch(nodes, request_timeout=60, max_retries=len(nodes))
        self.logs = open(REPO / ".tools" / "fault-test-nodes.log", "a")  # noqa: SIM115

    def master(self) -> str:
        return self.es.cat.master(format="json")[0]["node"]

    def names(self) -> list[str]:
        return sorted(node["name"] for node in self.es.nodes.info(metric="process")["nodes"].values())

    def kill(self, name: str) -> None:
        info = self.es.nodes.info(node_id=name, metric="process")["nodes"]
        (pid,) = [node["process"]["id"] for node in info.values()]
        os.kill(pid, signal.SIGKILL)
        print(f"  {time.strftime('%H:%M:%S')} killed {name} (pid {pid}, SIGKILL)")

    def start(self, *names: str) -> subprocess.Popen:
        """Starts the nodes in the background with scripts/elasticsearch.sh; the process ends when they
        have joined the cluster."""
        command = ["node-start", names[0].removeprefix("node-")] if len(names) == 1 else ["cluster-start"]
        print(f"  {time.strftime('%H:%M:%S')} starting {', '.join(names)}")
        return subprocess.Popen(
            ["bash", str(REPO / "scripts" / "elasticsearch.sh"), *command],
            stdout=self.logs,
            stderr=subprocess.STDOUT,
        )

    def wait_nodes(self, count: int, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.es.cluster.health(timeout="2s")["number_of_nodes"] == count:
                    return
            except Exception:  # no master for a moment: ask again
                pass
            time.sleep(1)
        raise SystemExit(f"the cluster did not count {count} nodes within {timeout:.0f} s")

    def green(self, wait: str = "1s") -> bool:
        # 408: not green within `wait`.
        health = self.es.options(ignore_status=408).cluster.health(
            index=f"{self.prefix}-*",
            wait_for_status="green",
            wait_for_no_relocating_shards=True,
            wait_for_no_initializing_shards=True,
            timeout=wait,
        )
        return not health["timed_out"]

    def shards(self) -> list[dict]:
        return self.es.cat.shards(index=f"{self.prefix}-*", format="json", h="index,shard,state,node")

    def settled(self, names: list[str]) -> bool:
        """Green, nothing moving, and the nodes started again hold their share of the shard copies again
        (the balancer moves copies to a node that rejoins: these relocations run under the load too)."""
        if not self.green():
            return False
        copies = self.shards()
        held = {name: sum(copy["node"] == name for copy in copies) for name in names}
        return all(count >= len(copies) // 3 - 1 for count in held.values())

    def wait_settled(self, names: list[str], timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while not self.settled(names):
            if time.monotonic() > deadline:
                raise SystemExit(f"the shards did not settle within {timeout:.0f} s")
            time.sleep(2)

    def aliases(self) -> dict[str, str]:
        found = self.es.indices.get_alias(index=f"{self.prefix}-*")
        return {alias: index for index, data in found.items() for alias in data["aliases"]}


def requests_pool(rng: random.Random) -> list[Ask]:
    from django.urls import reverse
    from django.utils import translation

    from catalog.entry import published
    from catalog.registry import SPECS
    from core.text import WORD
    from search.documents import entry_documents

    words = {}
    for segment, spec in SPECS.items():
        pks = sorted(published(spec.model).values_list("pk", flat=True))
        documents = [
            doc for batch in entry_documents(spec, rng.sample(pks, min(60, len(pks)))) for doc in batch
        ]
        found = {word.lower() for doc in documents for text in doc.all_texts for word in WORD.findall(text)}
        words[segment] = sorted(word for word in found if len(word) >= WORD_LENGTH and word.isalpha())
    pool = []
    for number in range(POOL):
        language = "en" if number % 5 == 0 else "ru"
        with translation.override(language):
            if rng.random() < LISTING_SHARE:
                segment = rng.choice(sorted(SPECS))
                spec = SPECS[segment]
                params = [("q", " ".join(rng.sample(words[segment], rng.choice([1, 1, 2]))))]
                for facet in rng.sample(spec.facets, min(len(spec.facets), rng.choice([0, 1, 1, 2]))):
                    values = [value for value, _label in facet.choices(spec.model)]
                    params += [
                        (facet.name, value)
                        for value in rng.sample(values, min(len(values), rng.choice([1, 2])))
                    ]
                url = f"{reverse(f'catalog:{segment}-list')}?{urlencode(params)}"
                pool.append(Ask(url, segment, language))
            else:
                text = rng.choice([*SITE_QUERIES, rng.choice(words[rng.choice(sorted(SPECS))])])
                pool.append(Ask(f"{reverse('search:results')}?{urlencode({'q': text})}", "", language))
    return pool


def listing_answer(response) -> tuple:
    facets = {
        group.field.name: {value.value: value.count for value in group.shown + group.more}
        for group in response.context["facet_groups"]
    }
    return response.context["total"], facets


def database_answer(ask: Ask) -> tuple:
    """What the database engine answers to the query the listing builds from the same address."""
    from django.http import QueryDict
    from django.utils import translation

    from catalog.registry import SPECS
    from core.listing import valid_filters
    from search.catalog_listing import PER_PAGE
    from search.engines import database
    from search.forms import listing_form

    spec = SPECS[ask.segment]
    with translation.override(ask.language):
        form = listing_form(spec)(QueryDict(ask.url.split("?", 1)[1]))
        result = database.search(spec, form.query(valid_filters(form), 1, PER_PAGE), ask.language)
    facets = {name: {value.value: value.count for value in values} for name, values in result.facets.items()}
    return result.total, facets


def site_answer(response) -> dict:
    context = response.context
    return {
        "pages": tuple((group.total if group else 0) for group in (context["measures"], context["pages"])),
        "catalogs": {group.segment: group.total for group in context["catalogs"]},
    }


class Load:
    def __init__(self, pool: list[Ask]):
        from django.conf import settings
        from django.test import Client

        self.client = Client(raise_request_exception=False)
        # A session cookie sends every request past the page cache (core.page_cache), to the engines.
        self.client.cookies[settings.SESSION_COOKIE_NAME] = "fault-test"
        self.records = Records()
        requests_log = logging.getLogger("imoscow.requests")
        requests_log.setLevel(logging.INFO)
        requests_log.propagate = False  # the console stays for warnings
        requests_log.addHandler(self.records)
        self.pool = pool
        self.reference: dict[str, object] = {}
        self.mismatches: list[str] = []

    def _get(self, ask: Ask):
        self.records.last = None
        started = time.perf_counter()
        response = self.client.get(ask.url)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code < 500 and response.context is None:
            raise SystemExit(f"{ask.url} was answered without rendering its page: from a cache?")
        record = self.records.last
        engines = {
            part: getattr(record, f"{part}_search_engine", "") for part in ("catalog", "page") if record
        }
        return response, elapsed, engines

    def healthy(self) -> None:
        """Each request once on the healthy cluster: listings against the database engine, site searches
        kept as the healthy answer. A request the database answered (Elasticsearch slower than
        SEARCH_TIMEOUT now and then on a busy machine) is asked again once the breaker lets it through."""
        from search import breaker

        for ask in self.pool:
            for _attempt in range(3):
                response, _elapsed, engines = self._get(ask)
                if "database" not in engines.values():
                    break
                time.sleep(breaker.RETRY_AFTER)
            if response.status_code != 200 or "database" in engines.values():
                raise SystemExit(
                    f"the healthy cluster did not answer {ask.url}: {response.status_code} {engines}"
                )
            if ask.segment:
                self.reference[ask.url] = database_answer(ask)
                if listing_answer(response) != self.reference[ask.url]:
                    self.mismatches.append(ask.url)
            else:
                self.reference[ask.url] = site_answer(response)

    def ask(self, ask: Ask, counts: Counts) -> None:
        response, elapsed, engines = self._get(ask)
        counts.requests += 1
        counts.milliseconds.append(elapsed)
        fallback = "database" in engines.values()
        counts.fallbacks += fallback
        if response.status_code >= 500:
            counts.errors += 1
            return
        if ask.segment:
            wrong = listing_answer(response) != self.reference[ask.url]
        else:
            answer, healthy = site_answer(response), self.reference[ask.url]
            wrong = (
                engines.get("catalog") == "elasticsearch" and answer["catalogs"] != healthy["catalogs"]
            ) or (engines.get("page") == "elasticsearch" and answer["pages"] != healthy["pages"])
        if wrong:
            counts.wrong += 1
            print(f"    wrong answer: {ask.url} ({engines})")


def index(cluster: Cluster) -> None:
    from django.core.management import call_command

    started = time.monotonic()
    with open(os.devnull, "w") as quiet:
        call_command("rebuild_search_index", stdout=quiet)
        call_command("update_index", stdout=quiet)
    if not cluster.green(wait="120s"):
        raise SystemExit("the indexes did not become green within 120 s")
    print(f"indexed the catalogs and the pages in {time.monotonic() - started:.1f} s")


def run_load(
    load: Load, cluster: Cluster, requests: int, node: str, down: float, rng: random.Random
) -> dict[str, Counts]:
    """A tenth of the requests on the healthy cluster, then `node` killed for `down` seconds, started
    again, and the load going on until its shards are back, a tenth more were sent on the healthy cluster
    and `requests` in all (at most three times that)."""
    phases: dict[str, Counts] = {}
    phase = "healthy"
    starting: subprocess.Popen | None = None
    killed = checked = 0.0
    number = 0
    while number < 3 * requests and not (
        phase == "green again" and number >= requests and phases[phase].requests >= requests // 10
    ):
        now = time.monotonic()
        if phase == "healthy" and number == requests // 10:
            cluster.kill(node)
            killed, phase = now, "node down"
        elif phase == "node down" and now - killed >= down:
            starting, phase = cluster.start(node), "node restarting"
        elif phase == "node restarting" and starting.poll() is not None:
            if starting.returncode:
                raise SystemExit(f"{node} did not start again: see .tools/fault-test-nodes.log")
            print(f"  {time.strftime('%H:%M:%S')} {node} has joined the cluster")
            phase = "shards recovering, relocating"
        elif phase == "shards recovering, relocating" and now - checked > 2:
            checked = now
            if cluster.settled([node]):
                print(f"  {time.strftime('%H:%M:%S')} green, its shards back on {node}")
                phase = "green again"
        load.ask(rng.choice(load.pool), phases.setdefault(phase, Counts()))
        number += 1
    if phase != "green again":
        print(f"  the load ended before the shards were back (phase: {phase})")
        restart(cluster, [node], starting)
    return phases


def majority_lost(
    load: Load, cluster: Cluster, requests: int, rng: random.Random
) -> tuple[Counts, list[str]]:
    """Two nodes killed: the last one has no master and copies of only some of the shards."""
    master = cluster.master()
    survivor = next(name for name in cluster.names() if name != master)
    down = [name for name in cluster.names() if name != survivor]
    copies = cluster.shards()
    shards = {(copy["index"], copy["shard"]) for copy in copies}
    kept = {(copy["index"], copy["shard"]) for copy in copies if copy["node"] == survivor}
    for name in down:
        cluster.kill(name)
    print(f"  {survivor} alone holds a copy of {len(kept)} of the {len(shards)} shards")
    time.sleep(5)  # it notices that the master is gone
    counts = Counts()
    for _ in range(requests):
        load.ask(rng.choice(load.pool), counts)
    return counts, down


@dataclass
class Rebuild:
    situation: str
    outcome: str
    seconds: float
    message: str
    aliases: str
    ok: bool


def rebuild(situation: str, timeout: float) -> tuple[str, float, str]:
    """Runs rebuild_search_index as an operator would: (outcome, seconds, its last line)."""
    started = time.monotonic()
    print(f"  {time.strftime('%H:%M:%S')} rebuild_search_index with {situation}")
    try:
        completed = subprocess.run(
            [sys.executable, "manage.py", "rebuild_search_index"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return "hung", time.monotonic() - started, f"killed after {timeout:.0f} s"
    seconds = time.monotonic() - started
    said = completed.stdout if completed.returncode == 0 else completed.stderr
    last = (said.strip().splitlines() or [""])[-1]
    if completed.returncode == 0:
        return "completed", seconds, last
    return "stopped", seconds, f"TRACEBACK: {last}" if "Traceback" in completed.stderr else last


def judge(situation: str, outcome: tuple[str, float, str], before: dict, after: dict) -> Rebuild:
    """A completed rebuild has swapped every catalog alias to a new index; one that stopped has moved none
    and said why without a traceback."""
    status, seconds, message = outcome
    if status == "completed":
        catalogs = [alias for alias in before if "-wagtail-" not in alias]
        ok = all(after.get(alias) not in (None, before[alias]) for alias in catalogs)
        aliases = "every catalog alias on its new index" if ok else "SOME ALIASES NOT SWAPPED"
    else:
        ok = after == before and status == "stopped" and not message.startswith("TRACEBACK")
        aliases = "untouched" if after == before else "CHANGED"
    return Rebuild(situation, status, seconds, message, aliases, ok)


def live_aliases(cluster: Cluster) -> dict[str, str]:
    """The aliases visitors search through (not the `-next` ones of a rebuild under way)."""
    return {alias: index for alias, index in cluster.aliases().items() if not alias.endswith("-next")}


def rebuild_with_nodes_down(cluster: Cluster, count: int, timeout: float) -> Rebuild:
    situation = "one node down" if count == 1 else "two nodes down (no master)"
    before = live_aliases(cluster)
    master = cluster.master()
    killed = [master, *[name for name in cluster.names() if name != master][: count - 1]]
    for name in killed:
        cluster.kill(name)
    if count == 1:
        cluster.wait_nodes(2)
    else:
        time.sleep(5)  # the survivor notices the master is gone
    outcome = rebuild(situation, timeout)
    restart(cluster, killed)
    return judge(situation, outcome, before, live_aliases(cluster))


def restart(cluster: Cluster, names: list[str], starting: subprocess.Popen | None = None) -> None:
    """Starts the nodes again (unless `starting` does) and waits until the shards are spread over all
    three: the next scenario starts from a balanced cluster."""
    if (starting or cluster.start(*names)).wait():
        raise SystemExit("the cluster did not come back: see .tools/fault-test-nodes.log")
    cluster.wait_settled(names)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument(
        "--node", type=int, default=0, help="the node to kill (1-3); default: the elected master"
    )
    parser.add_argument(
        "--down",
        type=float,
        default=90,
        help="seconds the node stays down (past the minute Elasticsearch "
        "waits before it copies the lost replicas to the other nodes)",
    )
    parser.add_argument("--rebuild-timeout", type=float, default=600)
    parser.add_argument(
        "--seed", action="store_true", help="only seed the small demo if the database is empty"
    )
    parser.add_argument("--scale", type=float, default=0.1, help="of the full demo catalogs, for --seed")
    parser.add_argument("--random-seed", type=int, default=16)
    options = parser.parse_args()
    django.setup()
    if options.seed:
        seed(options.scale)
        return

    from django.conf import settings
    from django.test.utils import setup_test_environment

    from catalog.entry import published
    from catalog.registry import SPECS

    setup_test_environment()  # the test client then keeps each response's template context
    rng = random.Random(options.random_seed)
    cluster = Cluster()
    if len(cluster.names()) != 3:
        raise SystemExit(
            f"expected three nodes, found {cluster.names()}: scripts/elasticsearch.sh cluster-start"
        )
    sizes = ", ".join(f"{segment} {published(spec.model).count()}" for segment, spec in SPECS.items())
    print(
        f"catalogs: {sizes}; index settings {settings.ELASTICSEARCH_INDEX_SETTINGS}; nodes {cluster.names()}"
    )
    index(cluster)

    load = Load(requests_pool(rng))
    load.healthy()
    listings = sum(1 for ask in load.pool if ask.segment)
    searches = len(load.pool) - listings
    print(
        f"{len(load.pool)} distinct requests ({listings} listings, {searches} site searches); on the healthy "
        f"cluster {len(load.mismatches)} listings differ from the database engine"
    )
    for url in load.mismatches:
        print(f"    differs: {url}")

    node = f"node-{options.node}" if options.node else cluster.master()
    print(
        f"\nload of {options.requests} requests or more; {node} is killed after {options.requests // 10} "
        f"and started again {options.down:.0f} s later"
    )
    phases = run_load(load, cluster, options.requests, node, options.down, rng)
    down_counts, down = majority_lost(load, cluster, options.requests // 10, rng)
    phases["two nodes down (no master)"] = down_counts
    restart(cluster, down)

    print("\nrebuild_search_index with nodes down")
    rebuilds = [rebuild_with_nodes_down(cluster, count, options.rebuild_timeout) for count in (1, 2)]

    total = report(phases, rebuilds)
    failed = total.errors or total.wrong or load.mismatches or not all(item.ok for item in rebuilds)
    sys.exit(1 if failed else 0)


def report(phases: dict[str, Counts], rebuilds: list[Rebuild]) -> Counts:
    """Prints the tables; returns the counts of all phases together."""
    total = Counts()
    for counts in phases.values():
        total.requests += counts.requests
        total.errors += counts.errors
        total.wrong += counts.wrong
        total.fallbacks += counts.fallbacks
        total.milliseconds += counts.milliseconds
    columns = [
        "phase",
        "requests",
        "server errors",
        "wrong totals or facet counts",
        "answered by the database",
    ]
    print(f"\n| {' | '.join(columns)} | ms p50 / p95 |")
    print("|---|---|---|---|---|---|")
    for phase, counts in [*phases.items(), ("all", total)]:
        print(counts.row(phase))
    print("\n| rebuild_search_index | outcome | seconds | last line | live aliases |")
    print("|---|---|---|---|---|")
    for item in rebuilds:
        print(f"| {item.situation} | {item.outcome} | {item.seconds:.0f} | {item.message} | {item.aliases} |")
    return total


if __name__ == "__main__":
    main()
