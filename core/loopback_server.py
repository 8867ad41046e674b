"""gunicorn serving the site on loopback, for the scripts that measure it over real HTTP: the search
benchmark (search/benchmark.py) and the load test (loadtest/run.py)."""

import socket
import subprocess
import sys
import time
from pathlib import Path

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start(port: int, environment: dict[str, str], log, workers: int = 2) -> subprocess.Popen:
    """gunicorn with `workers` processes on HOST:port, returned once it accepts connections; its console
    goes to `log` (a file)."""
    # No control interface: nothing here uses it, and every gunicorn of the user would share its one socket.
    options = ["--bind", f"{HOST}:{port}", "--workers", str(workers), "--no-control-socket"]
    command = [sys.executable, "-m", "gunicorn", "config.wsgi", *options]
    server = subprocess.Popen(command, env=environment, stderr=log)
    for _ in range(100):
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with status {server.returncode}")
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("gunicorn did not start")


def workers_memory(master: int) -> tuple[int, float]:
    """How many workers the gunicorn master has, and their resident memory together in MB (from /proc)."""
    count, kilobytes = 0, 0
    for process in Path("/proc").iterdir():
        if not process.name.isdigit():
            continue
        try:
            status = dict(line.split(":", 1) for line in (process / "status").read_text().splitlines())
        except (OSError, ValueError):
            continue  # gone meanwhile
        if int(status["PPid"]) == master:
            count += 1
            kilobytes += int(status["VmRSS"].split()[0])
    return count, kilobytes / 1024
