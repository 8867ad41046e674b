"""Nothing half-saved: when the third of three files cannot be stored, no row and no file remains."""

import pytest
from bs4 import BeautifulSoup

from applications.models import Application, Attachment, StatusChange
from tests.applications.support import VALID, apply_url, docx, pdf, png, stored_files, submit
from tests.background import run_background_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def failing_storage(settings, private_storage):
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "tests.applications.support.FailingOnThirdFile",
            "OPTIONS": {"location": private_storage},
        },
    }
    return private_storage


def test_a_storage_fault_on_the_third_file_leaves_no_application_and_no_file(
    client, measure, failing_storage
):
    response = client.post(apply_url(measure), {**VALID, "attachments": [pdf(), docx(), png()]})
    assert response.status_code == 503
    assert Application.objects.count() == 0
    assert StatusChange.objects.count() == 0
    assert Attachment.objects.count() == 0
    assert stored_files(failing_storage) == []
    assert run_background_tasks() == 0

    page = BeautifulSoup(response.content, "html.parser")
    assert "fault on our side" in page.select_one("[role=alert]").get_text()
    assert page.select_one("#id_organization_name")["value"] == VALID["organization_name"]
    assert page.select_one("#id_project_summary").get_text().strip() == VALID["project_summary"]
    again = page.select_one("#id_attachments-again").get_text()
    assert "plan.pdf" in again and "letter.docx" in again and "scheme.png" in again


def test_a_storage_fault_while_adding_files_keeps_the_application_as_it_was(
    client, measure, private_storage, settings, django_capture_on_commit_callbacks
):
    application, status_url = submit(client, measure, files=[pdf()])
    application.status = "information_requested"
    application.save()
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "tests.applications.support.FailingOnThirdFile",
            "OPTIONS": {"location": private_storage},
        },
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(status_url, {"attachments": [pdf("a.pdf"), pdf("b.pdf"), pdf("c.pdf")]})
    assert response.status_code == 503
    application.refresh_from_db()
    assert application.status == "information_requested"
    assert list(application.attachments.values_list("original_name", flat=True)) == ["plan.pdf"]
    assert len(stored_files(private_storage)) == 1
