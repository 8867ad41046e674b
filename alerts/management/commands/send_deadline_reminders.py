from django.core.management.base import BaseCommand
from django.utils import timezone

from alerts import reminders


class Command(BaseCommand):
    help = "Enqueues the reminders of followed measures' deadlines (7 days and 1 day before). Safe to re-run."

    def handle(self, *args, **options):
        count = reminders.enqueue_due(timezone.localdate())
        self.stdout.write(f"{count} reminders enqueued")
