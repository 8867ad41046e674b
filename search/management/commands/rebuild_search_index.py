import time

from django.core.management.base import BaseCommand, CommandError

from search import elastic
from search.indexing import rebuild_all, rebuild_wagtail_index


class Command(BaseCommand):
    help = (
        "Rebuilds the catalog search documents (database; Elasticsearch when configured) from the catalogs. "
        "Safe to run while the site serves: Elasticsearch indexes are swapped in when complete."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        try:
            counts = rebuild_all(write=self.stdout.write)
            rebuild_wagtail_index(write=self.stdout.write)
        except (elastic.Unavailable, *elastic.FAILURES) as error:
            # Nothing is lost: a catalog's aliases move only once its new indexes are complete.
            raise CommandError(
                f"Elasticsearch failed, the rebuild stopped: {error}. The database's search documents are "
                "rebuilt. In Elasticsearch the catalogs before the last one named above are on their new "
                "indexes; that one and the rest keep their previous indexes, which visitors go on searching. "
                "Run the command again once the cluster is healthy: it removes the unfinished indexes."
            ) from error
        summary = ", ".join(f"{segment} {count}" for segment, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Rebuilt {summary} in {time.monotonic() - started:.1f} s."))
