from django.core.management.base import BaseCommand

from taxonomy.loading import load_taxonomies


class Command(BaseCommand):
    help = "Creates or updates industries, technologies, regions, okrugs and districts from taxonomy/data/."

    def handle(self, *args, **options):
        for name, count in load_taxonomies().items():
            self.stdout.write(f"{name}: {count}")
