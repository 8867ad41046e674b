import time

from django.core.management.base import BaseCommand
from django.utils import timezone

from core.schedule import JOBS, enqueue_due

# Seconds between looks at the clock: the shortest job runs every minute.
TICK = 15


class Command(BaseCommand):
    help = (
        "Enqueues the periodic jobs (core/schedule.py) for the background worker when each is due. Run one "
        "per deployment, beside `manage.py db_worker --backend background`. Safe to restart: it remembers "
        "when each job last ran."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Enqueue what is due now, then stop.")

    def handle(self, *args, once=False, **options):
        self.stdout.write(f"Scheduling {len(JOBS)} jobs: " + ", ".join(job.command for job in JOBS))
        while True:
            for job in enqueue_due(timezone.now()):
                self.stdout.write(f"{timezone.localtime():%H:%M:%S} enqueued {job.command}")
            if once:
                return
            time.sleep(TICK)
