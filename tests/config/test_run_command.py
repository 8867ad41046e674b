"""The README's run command, from a fresh clone: virtualenv, migrations, admin, demo content, a serving site.

It clones the committed HEAD, so it checks what a newcomer gets, not the working tree.
"""

import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from tests.django_process import REPO, clean_environment

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_until_ready(clone, port: int, timeout: float = 600) -> tuple[str, int]:
    """Runs scripts/run until /ru/ answers; returns what it printed and the status of /ru/."""
    process = subprocess.Popen(
        ["scripts/run"],
        cwd=clone,
        env=clean_environment(PORT=str(port)),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout
    status = None
    try:
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/ru/", timeout=5) as response:
                    status = response.status
                    break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(1)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        output = process.communicate(timeout=60)[0]
    return output, status


def test_run_command_works_from_a_fresh_clone_and_is_safe_to_rerun(tmp_path):
    clone = tmp_path / "imoscow"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)

    port = free_port()
    first, status = serve_until_ready(clone, port)
    assert status == 200, first
    assert re.search(r"Admin user created: admin@imoscow.local / \S{12,}", first), first
    assert re.search(r"their password: \S{12}", first), first  # the demo people's
    assert "Demo content ready." in first

    second, status = serve_until_ready(clone, port)
    assert status == 200, second
    assert "Admin user 'admin' already exists." in second
    assert "The site already has content" in second
    assert (clone / "db.sqlite3").exists()
