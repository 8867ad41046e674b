from django.core.management.base import BaseCommand
from django.utils import timezone

from marketplace.matching import send_digests


class Command(BaseCommand):
    help = "Emails each manufacturer's members the new orders their profile matches (the daily digest)."

    def handle(self, *args, **options):
        count = send_digests(timezone.now())
        self.stdout.write(f"{count} digest(s) enqueued")
