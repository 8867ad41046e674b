from django.core.management.base import BaseCommand, CommandError

from catalog.importing import KINDS, ImportFailed, import_catalog


class Command(BaseCommand):
    help = (
        "Imports premises or organizations from a UTF-8 CSV file with a header row, all rows or none. "
        "The columns are described in catalog/importing.py; examples are in catalog/data/import-examples/."
    )

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=sorted(KINDS))
        parser.add_argument("path", help="the CSV file")

    def handle(self, *args, **options):
        try:
            result = import_catalog(options["kind"], options["path"], progress=self.stdout.write)
        except ImportFailed as failure:
            raise CommandError(failure.report()) from None
        self.stdout.write(result.summary())
