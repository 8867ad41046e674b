"""An applicant applies for an open measure: every field checked, files checked by content, nothing lost."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from applications.models import Application, Status
from tests.applications.support import (
    VALID,
    apply_url,
    docx,
    html_as_pdf,
    jpeg,
    open_measure,
    pdf,
    png,
    stored_files,
    xlsx,
)
from tests.background import run_background_tasks

pytestmark = pytest.mark.django_db


def post(client, measure, files=(), **changes):
    data = {**VALID, **changes}
    data = {key: value for key, value in data.items() if value is not None}
    if files:
        data["attachments"] = list(files)
    return client.post(apply_url(measure), data)


def summary_links(response) -> dict[str, str]:
    soup = BeautifulSoup(response.content, "html.parser")
    summary = soup.select_one(".error-summary")
    return {link["href"]: link.get_text() for link in summary.select("a")} if summary else {}


def test_an_open_measure_links_to_its_form_and_a_closed_one_does_not(client, homes, measure):
    page = client.get(measure.url).content.decode()
    assert apply_url(measure, "ru") in page
    today = timezone.localdate()
    closed = open_measure(
        homes, opens=today - datetime.timedelta(days=30), deadline=today - datetime.timedelta(days=1)
    )
    assert apply_url(closed, "ru") not in client.get(closed.url).content.decode()


def test_the_form_labels_every_field_and_describes_hints(client, measure):
    soup = BeautifulSoup(client.get(apply_url(measure)).content, "html.parser")
    for name in (
        "organization_name",
        "inn",
        "ogrn",
        "region",
        "contact_name",
        "email",
        "phone",
        "project_summary",
    ):
        assert soup.select_one(f"label[for=id_{name}]"), name
    inn = soup.select_one("#id_inn")
    assert "id_inn-hint" in inn["aria-describedby"]
    assert soup.select_one("#id_requested_amount-hint").get_text() == "From 100,000 to 5,000,000 roubles"


def test_a_valid_application_is_saved_with_its_files_and_the_applicant_gets_a_reference_and_a_link(
    client, measure, private_storage
):
    response = post(client, measure, files=[pdf(), docx(), xlsx(), png(), jpeg()])
    application = Application.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/status/{application.reference}/{application.status_token()}/")
    assert application.status == Status.SUBMITTED
    assert application.privacy_policy_version == "2026-01"
    assert application.region.code == "77"
    assert sorted(a.content_type.split("/")[0] for a in application.attachments.all()) == [
        "application",
        "application",
        "application",
        "image",
        "image",
    ]
    assert len(stored_files(private_storage)) == 5

    page = client.get(response["Location"]).content.decode()
    assert "Your application has been sent" in page and application.reference in page
    assert mail.outbox == []  # the worker sends it
    assert run_background_tasks() == 1
    [email] = mail.outbox
    assert email.to == ["anna@example.com"]
    assert application.reference in email.subject
    assert response["Location"] in email.body
    assert f"“{measure.title}”" in email.body


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("organization_name", "", "This field is required"),
        ("inn", "7707083894", "check digit is wrong"),
        ("inn", "77070838", "10 digits"),
        ("inn", "77O7083893", "digits only"),
        ("ogrn", "1027700132194", "check digit is wrong"),
        ("ogrn", "12345", "13 digits"),
        ("region", "", "This field is required"),
        ("region", "99x", "Select a valid choice"),
        ("contact_name", "", "This field is required"),
        ("email", "anna@", "valid email address"),
        ("phone", "123", "10 to 15 digits"),
        ("phone", "+7 (495) abc-45-67", "10 to 15 digits"),
        ("phone", "+٧ ٤٩٥ ١٢٣-٤٥-٦٧", "10 to 15 digits"),
        ("project_summary", "", "This field is required"),
        ("project_summary", "а" * 3001, "at most 3000 characters"),
        ("requested_amount", "50000", "Requested amount, roubles: Enter at least 100,000 roubles."),
        ("requested_amount", "6 000 000", "Requested amount, roubles: Enter at most 5,000,000 roubles."),
        ("requested_amount", "много", "Requested amount, roubles: Enter a whole number, such as 3,500,000."),
        ("requested_amount", "12,5", "whole number"),
        ("consent", None, "Agree to the processing of personal data"),
    ],
)
def test_each_field_error_is_listed_in_the_summary_linked_to_its_field_and_keeps_what_was_typed(
    client, measure, field, value, message
):
    response = post(client, measure, **{field: value})
    assert response.status_code == 200
    assert Application.objects.count() == 0
    links = summary_links(response)
    assert list(links) == [f"#id_{field}"]
    assert message.lower() in links[f"#id_{field}"].lower()
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(f"#id_{field}")["aria-describedby"].endswith(f"id_{field}-error")
    kept = "organization_name" if field != "organization_name" else "contact_name"
    assert soup.select_one(f"#id_{kept}")["value"] == VALID[kept]
    if field != "project_summary":
        assert soup.select_one("#id_project_summary").get_text().strip() == VALID["project_summary"]


@pytest.mark.parametrize(
    "typed", ["3 500 000", "3\u00a0500\u00a0000 ₽", "3,500,000", "3500000", "3\u202f500\u202f000"]
)
def test_the_amount_is_read_as_people_write_it(client, measure, typed):
    assert post(client, measure, requested_amount=typed).status_code == 302
    assert Application.objects.get().requested_amount == 3_500_000


def test_a_valid_inn_and_ogrn_of_a_sole_proprietor_are_accepted(client, measure):
    response = post(client, measure, inn="500100732259", ogrn="304500116000157")
    assert response.status_code == 302
    assert Application.objects.get().inn == "500100732259"


def test_a_disguised_file_is_refused_and_the_good_files_must_be_chosen_again(
    client, measure, private_storage
):
    response = post(client, measure, files=[pdf("plan.pdf"), html_as_pdf("invoice.pdf")])
    assert Application.objects.count() == 0
    assert stored_files(private_storage) == []
    links = summary_links(response)
    assert "invoice.pdf" in links["#id_attachments"]
    again = BeautifulSoup(response.content, "html.parser").select_one("#id_attachments-again").get_text()
    assert "plan.pdf" in again and "invoice.pdf" not in again


@pytest.mark.parametrize(
    "upload",
    [
        lambda: pdf("report.docx"),  # a PDF named as a Word file
        lambda: docx("table.xlsx"),  # a Word file named as a spreadsheet
        lambda: png("scheme.exe"),
        lambda: SimpleUploadedFile(
            "archive.docx", b"PK\x03\x04not really a zip", content_type="application/zip"
        ),
    ],
)
def test_files_whose_content_is_not_what_their_name_says_are_refused(client, measure, upload):
    response = post(client, measure, files=[upload()])
    assert "#id_attachments" in summary_links(response)
    assert Application.objects.count() == 0


def test_an_oversize_file_is_refused(client, measure):
    response = post(client, measure, files=[pdf("huge.pdf", size=20 * 1024 * 1024)])
    assert "huge.pdf” is larger than 20 MB" in summary_links(response)["#id_attachments"]
    assert Application.objects.count() == 0


def test_more_than_five_files_are_refused(client, measure):
    response = post(client, measure, files=[pdf(f"part{number}.pdf") for number in range(6)])
    assert "at most 5 files; you chose 6" in summary_links(response)["#id_attachments"]


def test_after_an_error_in_another_field_the_chosen_files_are_named_to_choose_again(client, measure):
    response = post(client, measure, files=[pdf("plan.pdf"), docx("letter.docx")], inn="123")
    again = BeautifulSoup(response.content, "html.parser").select_one("#id_attachments-again").get_text()
    assert "plan.pdf" in again and "letter.docx" in again


@pytest.mark.parametrize("days", [(1, 10), (-30, -1)])
def test_upcoming_and_closed_measures_refuse_the_form_with_a_clear_message(
    client, homes, private_storage, days
):
    today = timezone.localdate()
    shut = open_measure(
        homes,
        opens=today + datetime.timedelta(days=days[0]),
        deadline=today + datetime.timedelta(days=days[1]),
    )
    for response in (client.get(apply_url(shut)), post(client, shut)):
        assert response.status_code == 403
        assert "closed on" in response.content.decode() or "open on" in response.content.decode()
    assert Application.objects.count() == 0


def test_a_deadline_that_passes_while_the_form_is_open_refuses_the_submission(
    client, homes, private_storage, monkeypatch
):
    today = timezone.localdate()
    measure = open_measure(homes, opens=today - datetime.timedelta(days=10), deadline=today)
    assert client.get(apply_url(measure)).status_code == 200
    monkeypatch.setattr(
        "django.utils.timezone.localdate", lambda *args, **kwargs: today + datetime.timedelta(days=1)
    )
    response = post(client, measure, files=[pdf()])
    assert response.status_code == 403
    assert "closed on" in response.content.decode()
    assert Application.objects.count() == 0
    assert stored_files(private_storage) == []


def test_a_filled_honeypot_saves_nothing_and_sends_nothing(client, measure):
    response = post(client, measure, website="http://spam.example")
    assert response.status_code == 400
    assert Application.objects.count() == 0
    assert run_background_tasks() == 0


def test_the_sixth_application_from_one_address_within_an_hour_gets_a_429_page(client, measure):
    for _ in range(5):
        assert post(client, measure).status_code == 302
    response = post(client, measure)
    assert response.status_code == 429
    assert "Too many applications" in response.content.decode()
    assert Application.objects.count() == 5
    other = client.post(apply_url(measure), VALID, REMOTE_ADDR="10.0.0.7")
    assert other.status_code == 302


def test_an_application_in_english_is_filed_under_the_russian_measure(client, measure):
    response = client.post(apply_url(measure, "en"), VALID)
    assert response.status_code == 302
    application = Application.objects.get()
    assert application.language == "en"
    assert application.measure_id == measure.pk
    assert "/en/applications/status/" in response["Location"]


def test_behind_a_proxy_the_limit_counts_the_address_the_proxy_reports(client, measure, settings):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"
    for _ in range(5):
        assert client.post(apply_url(measure), VALID, HTTP_X_REAL_IP="203.0.113.5").status_code == 302
    assert client.post(apply_url(measure), VALID, HTTP_X_REAL_IP="203.0.113.5").status_code == 429
    # Another visitor behind the same proxy (same REMOTE_ADDR) is not held back.
    assert client.post(apply_url(measure), VALID, HTTP_X_REAL_IP="203.0.113.6").status_code == 302
