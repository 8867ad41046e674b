from django.core.management.base import BaseCommand

from core.content_problems import check_all


class Command(BaseCommand):
    help = (
        "Runs the content checks on every live page and catalog entry, replacing what they found before "
        "(the admin's dashboard counts the result). Safe to run again."
    )

    def handle(self, *args, **options):
        counts = check_all(write=self.stdout.write)
        summary = ", ".join(f"{check} {count}" for check, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Content checked: {summary}."))
