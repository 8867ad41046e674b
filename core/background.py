"""Background tasks: mail, digests and periodic jobs, run by the database-backed worker (django-tasks-db).

Enqueuing writes a row in the same transaction as what the task is about, so a message or a status change is
stored before any mail is attempted, and a rolled-back request leaves no task behind. A try that raises stays
in the table, failed, with its traceback, and the task is enqueued again after the next of RETRY_DELAYS; the
failure after the last try is what staff see in the admin («Фоновые задачи», core/admin_tasks.py), where they
can start it again.
"""

import functools
import logging
from datetime import timedelta

from django.tasks import task
from django.utils import timezone

logger = logging.getLogger(__name__)

BACKEND = "background"
RETRY_DELAYS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2))
ATTEMPTS = len(RETRY_DELAYS) + 1
# The keyword argument that carries the try's number in the task's row.
ATTEMPT = "attempt"


def background_task(function):
    """Makes `function` a task of the background worker, tried up to ATTEMPTS times with growing delays.

    Its arguments must be JSON (ids, not model instances): the row may wait for a minute or for hours."""

    @functools.wraps(function)
    def run(*args, attempt: int = 1, **kwargs):
        try:
            return function(*args, **kwargs)
        except Exception:
            if attempt < ATTEMPTS:
                later = background.using(run_after=timezone.now() + RETRY_DELAYS[attempt - 1])
                later.enqueue(*args, **{ATTEMPT: attempt + 1}, **kwargs)
                logger.warning("%s failed, try %s of %s", background.name, attempt, ATTEMPTS)
            raise

    background = task(run, backend=BACKEND)
    return background
