"""Erasing applicants' personal data: after the retention period, or when an applicant asks.

What stays is what the statistics need and names nobody: the measure, region, amount, dates and statuses.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from applications.models import CLOSED_STATUSES, Application
from applications.storage import delete_files

ERASED_FIELDS = ("organization_name", "inn", "ogrn", "contact_name", "email", "phone", "project_summary")


def expired(now: datetime.datetime | None = None) -> QuerySet[Application]:
    """Closed applications whose retention period has run out and whose data is still there."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.APPLICATION_RETENTION_DAYS)
    return Application.objects.filter(
        status__in=CLOSED_STATUSES, closed_at__lt=cutoff, personal_data_erased_at=None
    ).order_by("closed_at", "pk")


def erase(application: Application) -> None:
    """Deletes the files first: if anything fails after that, the application is still listed for erasure
    and a second run finishes it (deleting a file that is gone is not an error)."""
    delete_files(application.attachments.values_list("stored_name", flat=True))
    with transaction.atomic():
        application.attachments.all().delete()
        # Reviewers' comments may quote the applicant.
        application.history.update(comment="")
        for name in ERASED_FIELDS:
            setattr(application, name, "")
        application.personal_data_erased_at = timezone.now()
        application.save(update_fields=[*ERASED_FIELDS, "personal_data_erased_at"])


def erase_all(applications, write=lambda line: None) -> int:
    applications = list(applications)
    total = len(applications)
    for number, application in enumerate(applications, start=1):
        erase(application)
        write(f"[{number}/{total}] {application.reference}: personal data and files erased")
    return total
