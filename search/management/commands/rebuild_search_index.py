import time

from django.core.management.base import BaseCommand

from search.indexing import rebuild_all


class Command(BaseCommand):
    help = (
        "Rebuilds the catalog search documents (database; Elasticsearch when configured) from the catalogs. "
        "Safe to run while the site serves: Elasticsearch indexes are swapped in when complete."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        counts = rebuild_all(write=self.stdout.write)
        summary = ", ".join(f"{segment} {count}" for segment, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Rebuilt {summary} in {time.monotonic() - started:.1f} s."))
