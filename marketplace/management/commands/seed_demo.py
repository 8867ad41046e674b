from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from alerts.demo import seed_alerts
from cabinet.demo import seed_people
from catalog.demo import seed_catalogs
from conversations.demo import seed_conversations
from core.content_problems import check_all
from home.demo.seed import seed
from marketplace.demo import seed_exchange
from search.indexing import rebuild_all, rebuild_wagtail_index
from taxonomy.loading import load_taxonomies


class Command(BaseCommand):
    # In the top app: it fills every layer, from the pages to the people who represent organizations.
    help = "Fills the site with deterministic demo content in Russian and English. Safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing if the site already has content."
        )
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="Multiplies the catalogs' sizes: 1 is i.Moscow's today (35,000 organizations, 1,900 "
            "premises, 1,500 projects, 550 manufacturers; and 400 manufacturing orders), 10 ten times that. "
            "A catalog that has rows keeps them.",
        )

    def handle(self, *args, if_empty=False, scale=1.0, **options):
        from home.models import HomePage

        if not 0 < scale <= 20:
            raise CommandError(f"--scale is a number above 0 and at most 20, not {scale:g}.")
        self.scale = scale

        if if_empty and HomePage.objects.exists():
            self.stdout.write(
                "The site already has content: demo data not loaded "
                "(`manage.py seed_demo` adds whatever demo pages are missing)."
            )
            return
        steps = [
            ("taxonomies", load_taxonomies),
            ("pages in Russian and English", self._pages),
            ("catalogs", self._catalogs),
            ("people who represent organizations", self._people),
            ("conversations between organizations", self._conversations),
            ("saved searches and reminders", self._alerts),
            ("the manufacturing exchange's quotes", self._exchange),
            ("search documents", self._search_documents),
            ("content checks", self._content_checks),
        ]
        for number, (label, step) in enumerate(steps, start=1):
            self.stdout.write(f"[{number}/{len(steps)}] {label}…")
            step()
        self.stdout.write(self.style.SUCCESS("Demo content ready."))

    def _pages(self):
        seed(write=self.stdout.write)

    def _catalogs(self):
        seed_catalogs(write=self.stdout.write, scale=self.scale)
        # Tens of thousands of rows written in bulk: the planner must know before the first search
        # (the same statement on PostgreSQL and SQLite).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def _people(self):
        seed_people(write=self.stdout.write)

    def _conversations(self):
        seed_conversations(write=self.stdout.write)

    def _exchange(self):
        seed_exchange(write=self.stdout.write)

    def _alerts(self):
        seed_alerts(write=self.stdout.write)

    def _search_documents(self):
        rebuild_all(write=self.stdout.write)
        rebuild_wagtail_index(write=self.stdout.write)

    def _content_checks(self):
        check_all(write=self.stdout.write)
