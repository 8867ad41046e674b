"""Saving an application or added files all at once: either every row and file is stored, or none is."""

import logging

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from applications.emails import send_received
from applications.models import Application, Attachment, Status, StatusChange
from applications.storage import delete_files, new_name, private_storage
from applications.workflow import record_change

logger = logging.getLogger(__name__)


class SubmissionFailed(Exception):
    """Something could not be stored (a file, a row); nothing of the submission was kept."""


def original_measure(measure):
    """Applications are filed under the measure in the default language, whichever language was used."""
    return measure.get_translation_or_none(Locale.get_default()) or measure


def _store_files(application: Application, files, stored: list[str]) -> list[Attachment]:
    storage = private_storage()
    attachments = []
    for file, kind in files:
        extension = kind.extensions[0]
        name = storage.save(new_name(application.reference, extension), file)
        stored.append(name)
        attachments.append(
            Attachment.objects.create(
                application=application,
                stored_name=name,
                original_name=file.name[:255],
                content_type=kind.content_type,
                size=file.size,
            )
        )
    return attachments


def _atomically(work):
    """Runs `work(stored)` in a transaction; if it fails, the files it stored are deleted as well."""
    stored: list[str] = []
    try:
        with transaction.atomic():
            return work(stored)
    except Exception as error:
        logger.exception("A submission failed and was rolled back")
        try:
            delete_files(stored)
        except Exception:
            logger.exception("Could not delete the files of a failed submission: %s", stored)
        raise SubmissionFailed from error


def submit(form, measure) -> Application:
    data = form.cleaned_data

    def work(stored):
        application = Application.objects.create(
            measure=original_measure(measure),
            language=translation.get_language(),
            organization_name=data["organization_name"],
            inn=data["inn"],
            ogrn=data["ogrn"],
            region=data["region"],
            contact_name=data["contact_name"],
            email=data["email"],
            phone=data["phone"],
            project_summary=data["project_summary"],
            requested_amount=data["requested_amount"],
            privacy_policy_version=form.privacy_policy_version,
        )
        StatusChange.objects.create(application=application, status=Status.SUBMITTED)
        _store_files(application, data["attachments"], stored)
        send_received.enqueue(application.pk)
        return application

    return _atomically(work)


def add_files(application: Application, files) -> list[Attachment]:
    """The applicant's answer to a request for information: the files, and the application back in review."""

    def work(stored):
        attachments = _store_files(application, files, stored)
        names = ", ".join(attachment.original_name for attachment in attachments)
        record_change(
            application,
            Status.IN_REVIEW,
            user=None,
            comment=_("The applicant added files: %(names)s") % {"names": names},
        )
        return attachments

    return _atomically(work)
