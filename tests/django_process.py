"""Runs Django code in a fresh process, so settings are built from the environment given, not this one's."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Variables that change settings; cleared so each case starts from the zero-setup defaults.
SETTINGS_VARIABLES = (
    "DATABASE_URL",
    "ELASTICSEARCH_URL",
    "REDIS_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_PRIVATE_BUCKET_NAME",
    "PRIVATE_MEDIA_ROOT",
    "PRIVATE_URL_EXPIRY",
    "CLIENT_IP_HEADER",
    "AWS_S3_ENDPOINT_URL",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "SECRET_KEY",
    "DEBUG",
    "LOG_FORMAT",
)


def clean_environment(**overrides: str) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key not in SETTINGS_VARIABLES}
    environment.update(overrides)
    return environment


def run(args: list[str], settings: str = "config.settings.dev", **overrides: str):
    environment = clean_environment(DJANGO_SETTINGS_MODULE=settings, **overrides)
    return subprocess.run(
        [sys.executable, *args], cwd=REPO, env=environment, capture_output=True, text=True, timeout=120
    )


def evaluate(code: str, settings: str = "config.settings.dev", **overrides: str):
    """Runs `code` after django.setup(); the code assigns `result`, which comes back through JSON."""
    program = f"import django, json\ndjango.setup()\n{code}\nprint(json.dumps(result, default=str))"
    completed = run(["-c", program], settings, **overrides)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.strip().splitlines()[-1])
