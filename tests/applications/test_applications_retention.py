"""Personal data is kept for the retention period after a decision, and erased sooner on request."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from applications.models import Application, Status
from tests.applications.support import docx, pdf, stored_files, submit

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def closed(application, status: str, days_ago: int) -> Application:
    application.status = status
    application.closed_at = timezone.now() - days_ago * DAY
    application.save()
    application.history.create(status=status, comment="Решение комиссии: отказать Анне Смирновой.")
    return application


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def assert_erased(application):
    application.refresh_from_db()
    assert application.personal_data_erased_at is not None
    assert (application.organization_name, application.inn, application.email, application.phone) == (
        "",
        "",
        "",
        "",
    )
    assert application.contact_name == application.project_summary == ""
    assert not application.attachments.exists()
    assert set(application.history.values_list("comment", flat=True)) == {""}


def test_closed_applications_past_retention_are_erased_once_and_the_rest_kept(
    client, measure, private_storage, settings
):
    settings.APPLICATION_RETENTION_DAYS = 1095
    old_rejected = closed(submit(client, measure, files=[pdf(), docx()])[0], Status.REJECTED, 1096)
    old_approved = closed(submit(client, measure, files=[pdf()])[0], Status.APPROVED, 2000)
    recent = closed(submit(client, measure, files=[pdf()])[0], Status.APPROVED, 1094)
    old_but_open, _ = submit(client, measure, files=[pdf()])
    Application.objects.filter(pk=old_but_open.pk).update(submitted_at=timezone.now() - 4000 * DAY)

    output = run("erase_expired_applications")
    assert "2 closed application(s)" in output
    assert f"[1/2] {old_approved.reference}" in output and f"[2/2] {old_rejected.reference}" in output
    assert_erased(old_rejected)
    assert_erased(old_approved)
    for kept in (recent, old_but_open):
        kept.refresh_from_db()
        assert kept.personal_data_erased_at is None and kept.email == "anna@example.com"
        assert kept.attachments.count() == 1
    assert len(stored_files(private_storage)) == 2
    # What the statistics need stays.
    assert old_rejected.status == Status.REJECTED and old_rejected.requested_amount == 1_000_000

    assert "0 closed application(s)" in run("erase_expired_applications")


def test_the_status_link_of_an_erased_application_no_longer_opens(client, measure, private_storage):
    application, status_url = submit(client, measure, files=[pdf()])
    closed(application, Status.APPROVED, 5000)
    run("erase_expired_applications")
    assert client.get(status_url).status_code == 404


def test_an_applicant_erased_by_reference_or_email_at_their_request(client, measure, private_storage):
    first, _ = submit(client, measure, files=[pdf()])
    second, _ = submit(client, measure, files=[pdf()], email="Anna@Example.com")
    other, _ = submit(client, measure, files=[pdf()], email="boris@example.com")

    assert first.reference in run("erase_applicant_data", "--reference", first.reference.lower())
    assert_erased(first)
    assert "already erased" in run("erase_applicant_data", "--reference", first.reference)

    output = run("erase_applicant_data", "--email", "anna@example.com")
    assert second.reference in output and "1 erased" in output
    assert_erased(second)
    other.refresh_from_db()
    assert other.personal_data_erased_at is None
    assert len(stored_files(private_storage)) == 1

    with pytest.raises(CommandError):
        run("erase_applicant_data", "--email", "nobody@example.com")
