from django.core.management.base import BaseCommand
from django.utils import timezone

from alerts import digests


class Command(BaseCommand):
    help = "Enqueues the digest of every saved search that is due (daily or weekly). Safe to re-run."

    def handle(self, *args, **options):
        count = digests.enqueue_due(timezone.now())
        self.stdout.write(f"{count} digests enqueued")
