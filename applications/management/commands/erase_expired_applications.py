from django.conf import settings
from django.core.management.base import BaseCommand

from applications.retention import erase_all, expired


class Command(BaseCommand):
    help = (
        "Erases the personal data and files of approved and rejected applications closed longer ago than "
        "APPLICATION_RETENTION_DAYS. Safe to re-run: erased applications are skipped."
    )

    def handle(self, *args, **options):
        applications = expired()
        days = settings.APPLICATION_RETENTION_DAYS
        self.stdout.write(f"{applications.count()} closed application(s) older than {days} days to erase.")
        erased = erase_all(applications, write=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(f"Done: {erased} erased."))
