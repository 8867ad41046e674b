from django.core.management.base import BaseCommand, CommandError

from applications.models import Application
from applications.retention import erase_all


class Command(BaseCommand):
    help = (
        "Erases one applicant's personal data and files at their request: the application with a reference "
        "number, or every application sent from an email address. Safe to re-run."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--reference", help="an application's reference number, such as IM-7K3M9QXA")
        which.add_argument("--email", help="the applicant's email address: all their applications")

    def handle(self, *args, reference=None, email=None, **options):
        applications = Application.objects.filter(personal_data_erased_at=None).order_by("pk")
        if reference:
            applications = applications.filter(reference=reference.strip().upper())
        else:
            applications = applications.filter(email__iexact=email.strip())
        if not applications.exists():
            if reference and Application.objects.filter(reference=reference.strip().upper()).exists():
                self.stdout.write(f"{reference}: already erased.")
                return
            raise CommandError("No application with personal data matches.")
        erased = erase_all(applications, write=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(f"Done: {erased} erased."))
