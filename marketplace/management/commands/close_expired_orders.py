from django.core.management.base import BaseCommand
from django.utils import timezone

from marketplace.closing import close_expired


class Command(BaseCommand):
    help = "Closes the open manufacturing orders whose target date has passed."

    def handle(self, *args, **options):
        count = close_expired(timezone.localdate())
        self.stdout.write(f"{count} order(s) closed")
