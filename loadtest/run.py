"""The site under load: gunicorn with the production settings on loopback, and locust's visitors
(loadtest/locustfile.py) at each number of concurrent users in turn. Run it with scripts/load-test.

For each run it prints requests per second (and per core), p50/p95/p99 of the time the visitors waited,
the errors (a status of 400 or more, a failed connection, or a page that explains a wrong parameter: all
must be 0), the same per kind of page, what the server's request log says (its own time, pages read from
the page cache, searches the database answered because Elasticsearch did not) and the resident memory of
gunicorn's workers before and after. The exit status is 1 when a visitor met an error or the server logged
one.
"""

import argparse
import csv
import http.client
import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import django

from core.loopback_server import HOST, free_port, start, workers_memory
from loadtest import mix

ROOT = Path(__file__).resolve().parent.parent
CORES = os.cpu_count() or 1
# gunicorn's advice for its sync workers.
WORKERS = 2 * CORES + 1
SERVER_ERROR = re.compile(r"\[(ERROR|CRITICAL)\]")
PROGRESS_EVERY = 15  # seconds


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else 0.0


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def ask(port: int, path: str) -> int:
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    connection.request("GET", path, headers=mix.HEADERS)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


def warm_up(port: int, workers: int, log: Path) -> None:
    """Each kind of page a few times, so that no worker's first requests (templates, translations,
    connections) count; every answer must be 200."""
    paths = [
        mix.HOME,
        mix.MEASURES,
        f"{mix.FINDER}?organisation=startup&needs=money",
        *(mix.catalog_path(segment) for segment in mix.CATALOGS),
        f"{mix.SEARCH}?q=%D0%B3%D1%80%D0%B0%D0%BD%D1%82",
        f"{mix.SUGGEST}?q=%D0%B3%D1%80%D0%B0",
    ]
    for path in paths * workers:
        status = ask(port, path)
        if status != 200:
            print(log.read_text()[-4000:], file=sys.stderr)
            raise SystemExit(f"the server answered {status} to {path} before the load test")


def server_figures(log: Path, offset: int) -> dict:
    """What the server logged from `offset` of its console on: its request log's lines (JSON), and
    gunicorn's own errors (a worker killed for taking too long, say)."""
    durations, cached, fallbacks, errors = [], 0, 0, 0
    with log.open("rb") as console:
        console.seek(offset)
        for line in console.read().decode(errors="replace").splitlines():
            if SERVER_ERROR.search(line):
                errors += 1
            if not line.startswith("{"):
                continue
            record = json.loads(line)
            if record["level"] in ("ERROR", "CRITICAL"):
                errors += 1
            if record["logger"] != "imoscow.requests":
                continue
            durations.append(record["duration_ms"])
            cached += record.get("page_cache") == "hit"
            fallbacks += "search_fallback" in record
    return {"requests": durations, "cached": cached, "fallbacks": fallbacks, "errors": errors}


def read_stats(prefix: Path) -> dict[str, dict]:
    """locust's figures per name of request (and "Aggregated" for all)."""
    with open(f"{prefix}_stats.csv", newline="") as stats:
        return {row["Name"]: row for row in csv.DictReader(stats)}


def show_progress(prefix: Path, elapsed: float) -> None:
    try:
        with open(f"{prefix}_stats_history.csv", newline="") as history:
            rows = [row for row in csv.DictReader(history) if row["Name"] == "Aggregated"]
    except FileNotFoundError:
        rows = []
    if rows:
        last = rows[-1]
        print(
            f"    {elapsed:4.0f} s  {last['User Count']} users  {float(last['Requests/s']):6.1f} req/s now  "
            f"{last['Total Request Count']} requests  {last['Total Failure Count']} errors",
            flush=True,
        )


def run(port: int, master: int, users: int, options, folder: Path, log: Path) -> dict:
    prefix = folder / f"users-{users}"
    before = {"load": load_average(), "memory": workers_memory(master)[1], "offset": log.stat().st_size}
    print(f"\n{users} users for {options.duration} s (load average before: {before['load']})", flush=True)
    command = [
        *(sys.executable, "-m", "locust", "--locustfile", str(ROOT / "loadtest" / "locustfile.py")),
        *("--headless", "--only-summary", "--loglevel", "WARNING"),
        *("--users", str(users), "--spawn-rate", str(options.spawn_rate)),
        *("--run-time", f"{options.duration}s", "--stop-timeout", "10"),
        *("--host", f"http://{HOST}:{port}", "--csv", str(prefix)),
    ]
    environment = {**os.environ, "LOADTEST_THINK": options.think}
    started = time.monotonic()
    shown = started
    with open(f"{prefix}.out", "w") as output:
        locust = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=output, stderr=subprocess.STDOUT)
        try:
            while locust.poll() is None:
                time.sleep(1)
                if time.monotonic() - shown >= PROGRESS_EVERY:
                    shown = time.monotonic()
                    show_progress(prefix, shown - started)
        finally:
            if locust.poll() is None:
                locust.terminate()
                locust.wait()
    stats = read_stats(prefix) if Path(f"{prefix}_stats.csv").exists() else {}
    if "Aggregated" not in stats:
        print(Path(f"{prefix}.out").read_text()[-4000:], file=sys.stderr)
        raise SystemExit(f"locust stopped with status {locust.returncode} and no figures")
    return {
        "users": users,
        "stats": stats,
        "load": before["load"],
        "load after": load_average(),
        "memory": (before["memory"], workers_memory(master)[1]),
        "server": server_figures(log, before["offset"]),
        "failures": failures(prefix),
    }


def failures(prefix: Path) -> list[str]:
    with open(f"{prefix}_failures.csv", newline="") as listed:
        return [f"{row['Occurrences']} × {row['Name']}: {row['Error']}" for row in csv.DictReader(listed)]


def had_errors(result: dict) -> bool:
    return bool(int(result["stats"]["Aggregated"]["Failure Count"]) or result["server"]["errors"])


def report(result: dict) -> None:
    stats, server = result["stats"], result["server"]
    print(f"  {'page':24} {'requests':>8} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}")
    for name, row in sorted(stats.items(), key=lambda item: (item[0] == "Aggregated", item[0])):
        print(
            f"  {name:24} {row['Request Count']:>8} {row['Failure Count']:>6} {row['50%']:>7} "
            f"{row['95%']:>7} {row['99%']:>7}"
        )
    durations = server["requests"]
    print(
        f"  server: {len(durations)} requests logged, its own time p50 {percentile(durations, 0.5):.0f} ms "
        f"p95 {percentile(durations, 0.95):.0f} ms; {server['cached']} from the page cache; "
        f"{server['fallbacks']} searches answered by the database instead of Elasticsearch; "
        f"{server['errors']} errors logged"
    )
    for failure in result["failures"]:
        print(f"  error: {failure}")
    print(f"  load average after: {result['load after']}")


def summary(results: list[dict], workers: int) -> None:
    print(f"\nsummary ({CORES} cores, {workers} gunicorn workers):")
    print(
        "| users | requests | req/s | req/s per core | p50 ms | p95 ms | p99 ms | errors "
        "| workers' RSS, MB | load average before |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for result in results:
        total = result["stats"]["Aggregated"]
        rate = float(total["Requests/s"])
        start_memory, end_memory = result["memory"]
        print(
            f"| {result['users']} | {total['Request Count']} | {rate:.1f} | {rate / CORES:.1f} "
            f"| {total['50%']} | {total['95%']} | {total['99%']} | {total['Failure Count']} "
            f"| {start_memory:.0f} → {end_memory:.0f} | {result['load']} |"
        )


def prepare(folder: Path) -> None:
    """The production settings' environment, checked, with its static files collected into `folder`."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.load_test"
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ["STATIC_ROOT"] = str(folder / "static")
    os.environ["LOG_FORMAT"] = "json"  # read back for the server's figures
    django.setup()

    from django.conf import settings
    from django.core.management import call_command

    from catalog.models import Organization

    try:
        call_command("migrate", check_unapplied=True, verbosity=0)
    except SystemExit:
        raise SystemExit("the database has unapplied migrations: this load test only reads it") from None
    database = urlsplit(os.environ.get("DATABASE_URL", "")).path.lstrip("/") or "SQLite"
    elasticsearch = settings.CATALOG_SEARCH["ELASTICSEARCH_URL"] or "off (the database engine)"
    cache = os.environ.get("REDIS_URL") or "local memory (per worker)"
    organizations = Organization.objects.filter(locale__language_code="ru").count()
    print(f"database: {database} ({organizations} organizations)   Elasticsearch: {elasticsearch}")
    print(f"cache: {cache}   page cache: {getattr(settings, 'PAGE_CACHE_SECONDS', 0)} s")
    started = time.monotonic()
    call_command("collectstatic", interactive=False, verbosity=0)
    print(f"static files collected in {time.monotonic() - started:.0f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", default="20,50", help="concurrent users of each run (default 20,50)")
    parser.add_argument("--duration", type=int, default=120, help="seconds of each run (default 120)")
    parser.add_argument("--spawn-rate", type=float, default=10, help="users started per second (default 10)")
    parser.add_argument("--think", default="1,3", help="a visitor's pause before each page, seconds (1,3)")
    parser.add_argument("--workers", type=int, default=WORKERS, help=f"gunicorn workers (default {WORKERS})")
    options = parser.parse_args()
    counts = [int(users) for users in options.users.split(",")]
    print(f"load average: {load_average()}   cores: {CORES}", flush=True)
    with tempfile.TemporaryDirectory(prefix="load-test-") as name:
        folder = Path(name)
        prepare(folder)
        log = folder / "server.log"
        port = free_port()
        with log.open("wb") as console:
            server = start(port, dict(os.environ), console, workers=options.workers)
        try:
            warm_up(port, options.workers, log)
            count, memory = workers_memory(server.pid)
            print(f"gunicorn on {HOST}:{port}: {count} workers, {memory:.0f} MB after the warm-up")
            results = []
            for users in counts:
                results.append(run(port, server.pid, users, options, folder, log))
                report(results[-1])
        finally:
            server.terminate()
            server.wait()
    summary(results, options.workers)
    if any(
        int(result["stats"]["Aggregated"]["Failure Count"]) or result["server"]["errors"]
        for result in results
    ):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
