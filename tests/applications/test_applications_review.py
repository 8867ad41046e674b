"""Reviewers decide in the admin; the applicant follows by the private link. Nobody else sees anything."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from applications.models import Status
from tests.applications.support import docx, pdf, stored_files, submit
from tests.background import run_background_tasks
from tests.html import soup
from tests.staff import sign_in_with_second_factor

pytestmark = pytest.mark.django_db

LIST = "/admin/applications/"


def member_of(group: str, username: str):
    user = get_user_model().objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reviewer():
    return member_of("Reviewers", "reviewer")


@pytest.fixture
def editor():
    return member_of("Editors", "editor")


@pytest.fixture
def submitted(client, measure):
    application, status_url = submit(client, measure, files=[pdf("plan.pdf"), docx("letter.docx")])
    run_background_tasks()
    mail.outbox.clear()
    client.cookies.clear()
    return application, status_url


def decide(client, application, status, comment="", capture=None):
    with capture(execute=True):
        return client.post(f"{LIST}edit/{application.pk}/", {"status": status, "comment": comment})


def test_the_reviewers_group_sees_the_listing_and_can_filter_and_search(client, reviewer, measure, submitted):
    application, _ = submitted
    other, _ = submit(
        client, measure, organization_name="ИП Иванов", inn="500100732259", ogrn="304500116000157"
    )
    sign_in_with_second_factor(client, reviewer)
    listing = client.get(LIST).content.decode()
    assert application.reference in listing and other.reference in listing
    found = client.get(LIST, {"q": "500100732259"}).content.decode()
    assert other.reference in found and application.reference not in found
    found = client.get(LIST, {"q": "Нейросенсор"}).content.decode()
    assert application.reference in found and other.reference not in found
    other.status = Status.REJECTED
    other.save()
    by_status = client.get(LIST, {"status": "rejected"}).content.decode()
    assert other.reference in by_status and application.reference not in by_status
    by_measure = client.get(LIST, {"measure": measure.pk}).content.decode()
    assert application.reference in by_measure and other.reference in by_measure
    today = application.submitted_at.date().isoformat()
    assert application.reference in client.get(LIST, {"submitted_at_from": today}).content.decode()
    assert application.reference not in client.get(LIST, {"submitted_at_to": "2000-01-01"}).content.decode()


def test_the_listing_exports_to_csv_and_xlsx(client, reviewer, submitted):
    application, _ = submitted
    sign_in_with_second_factor(client, reviewer)
    response = client.get(LIST, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == [application.reference]
    assert "7707083893" in rows[1]
    response = client.get(LIST, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.cell(row=2, column=1).value == application.reference


def test_each_status_change_is_recorded_and_emailed_to_the_applicant(
    client, reviewer, submitted, django_capture_on_commit_callbacks
):
    application, status_url = submitted
    sign_in_with_second_factor(client, reviewer)
    capture = django_capture_on_commit_callbacks
    assert decide(client, application, Status.IN_REVIEW, capture=capture).status_code == 302
    decide(client, application, Status.INFORMATION_REQUESTED, "Пришлите устав.", capture=capture)
    decide(client, application, Status.APPROVED, capture=capture)

    history = list(application.history.values_list("status", "changed_by__username", "comment"))
    assert history == [
        (Status.SUBMITTED, None, ""),
        (Status.IN_REVIEW, "reviewer", ""),
        (Status.INFORMATION_REQUESTED, "reviewer", "Пришлите устав."),
        (Status.APPROVED, "reviewer", ""),
    ]
    assert run_background_tasks() == 3
    assert [message.to for message in mail.outbox] == [["anna@example.com"]] * 3
    assert "Information requested" in mail.outbox[1].subject
    assert "Пришлите устав." in mail.outbox[1].body
    assert status_url in mail.outbox[1].body
    application.refresh_from_db()
    assert application.closed_at is not None


def test_a_closed_application_cannot_be_moved_and_an_information_request_needs_a_comment(
    client, reviewer, submitted, django_capture_on_commit_callbacks
):
    application, _ = submitted
    sign_in_with_second_factor(client, reviewer)
    response = decide(
        client, application, Status.INFORMATION_REQUESTED, capture=django_capture_on_commit_callbacks
    )
    with translation.override("ru"):  # the admin's language; the Russian messages are merged separately
        expected = gettext("Say which information or documents the applicant should send.")
    assert response.status_code == 200 and expected in response.content.decode()
    decide(client, application, Status.REJECTED, capture=django_capture_on_commit_callbacks)
    response = decide(client, application, Status.APPROVED, capture=django_capture_on_commit_callbacks)
    application.refresh_from_db()
    assert application.status == Status.REJECTED
    assert "Change the status" not in response.content.decode()


def test_the_applicant_sees_the_history_and_adds_files_when_information_is_requested(
    client, reviewer, submitted, django_capture_on_commit_callbacks, private_storage
):
    application, status_url = submitted
    page = BeautifulSoup(client.get(status_url).content, "html.parser")
    assert page.select_one("form input[type=file]") is None
    assert len(page.select(".history li")) == 1

    reviewer_client = type(client)()
    sign_in_with_second_factor(reviewer_client, reviewer)
    decide(
        reviewer_client,
        application,
        Status.INFORMATION_REQUESTED,
        "Нужен устав.",
        django_capture_on_commit_callbacks,
    )
    page = BeautifulSoup(client.get(status_url).content, "html.parser")
    assert "Нужен устав." in page.select(".history li")[-1].get_text()
    assert page.select_one("form input[type=file]") is not None

    run_background_tasks()  # the email asking for information
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(status_url, {"attachments": [pdf("charter.pdf")]})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW
    assert sorted(application.attachments.values_list("original_name", flat=True)) == [
        "charter.pdf",
        "letter.docx",
        "plan.pdf",
    ]
    assert "charter.pdf" in application.history.last().comment
    assert run_background_tasks() == 1
    assert len(mail.outbox) == 1
    # Back in review: no more files until asked again.
    assert client.post(status_url, {"attachments": [pdf("more.pdf")]}).status_code == 409
    assert application.attachments.count() == 3


def test_the_status_page_is_private_and_never_cached(client, submitted):
    _, status_url = submitted
    response = client.get(status_url)
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def _admin_urls(application):
    attachment = application.attachments.first()
    return {
        "listing": LIST,
        "export": f"{LIST}?export=csv",
        "review": f"{LIST}edit/{application.pk}/",
        "history": f"{LIST}history/{application.pk}/",
        "attachment": f"{LIST}attachments/{attachment.pk}/",
    }


def _public_urls(status_url, application, token):
    base = status_url.rsplit("/", 2)[0] + "/"
    attachment = application.attachments.first()
    return {
        "status": f"{base}{token}/",
        "attachment": f"{base}{token}/files/{attachment.pk}/",
    }


@pytest.mark.parametrize("who", ["anonymous", "editor", "reviewer", "superuser"])
def test_admin_pages_of_applications_are_for_reviewers_only(client, submitted, who, editor, reviewer):
    application, _ = submitted
    superuser = get_user_model().objects.create_superuser("admin", password="x")
    user = {"anonymous": None, "editor": editor, "reviewer": reviewer, "superuser": superuser}[who]
    if user:
        sign_in_with_second_factor(client, user)
    for name, url in _admin_urls(application).items():
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if who in {"reviewer", "superuser"}:
            assert response.status_code == 200, name
            expected = b"%PDF" if name == "attachment" else application.reference.encode()
            assert expected in body, name
        else:
            assert response.status_code in (302, 403), name
            assert "Нейросенсор".encode() not in body and b"%PDF" not in body, name


def test_nobody_can_add_or_delete_applications_in_the_admin(client, submitted, reviewer):
    application, _ = submitted
    sign_in_with_second_factor(client, reviewer)
    assert client.get(f"{LIST}new/").status_code in (302, 403)
    assert client.post(f"{LIST}delete/{application.pk}/").status_code in (302, 403)
    assert type(application).objects.filter(pk=application.pk).exists()


def test_the_listing_is_not_in_an_editors_menu(client, editor, reviewer):
    sign_in_with_second_factor(client, editor)
    assert '"url": "/admin/applications/"' not in client.get("/admin/").content.decode()
    sign_in_with_second_factor(client, reviewer)
    assert '"url": "/admin/applications/"' in client.get("/admin/").content.decode()


@pytest.mark.parametrize("who", ["token holder", "wrong token", "reviewer with wrong token"])
def test_public_application_pages_open_only_with_the_right_token(client, submitted, reviewer, who):
    application, status_url = submitted
    token = application.status_token() if who == "token holder" else application.status_token()[:-4] + "abcd"
    if who.startswith("reviewer"):
        sign_in_with_second_factor(client, reviewer)
    for name, url in _public_urls(status_url, application, token).items():
        response = client.get(url)
        if who == "token holder":
            assert response.status_code == 200, name
        else:
            assert response.status_code == 404, name


def test_the_token_holder_downloads_the_attachment_as_a_file_with_its_name(client, submitted):
    application, status_url = submitted
    url = _public_urls(status_url, application, application.status_token())["attachment"]
    response = client.get(url)
    assert response["Content-Disposition"].startswith("attachment")
    assert "plan.pdf" in response["Content-Disposition"]
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_another_applications_attachment_is_not_reachable_with_ones_own_token(client, measure, submitted):
    _, status_url = submitted
    other, _ = submit(client, measure, files=[pdf("secret.pdf")])
    secret = other.attachments.get()
    response = client.get(f"{status_url}files/{secret.pk}/")
    assert response.status_code == 404


def test_status_links_survive_a_secret_key_rotation_while_the_old_key_is_a_fallback(
    client, submitted, settings
):
    _, status_url = submitted
    old_key = settings.SECRET_KEY
    settings.SECRET_KEY = "a-new-secret-key-" + "x" * 40
    assert client.get(status_url).status_code == 404
    settings.SECRET_KEY_FALLBACKS = [old_key]
    assert client.get(status_url).status_code == 200


def test_the_reviewers_group_comes_with_the_migrations_with_just_the_rights_it_needs():
    reviewers = Group.objects.get(name="Reviewers")
    assert reviewers.permissions.filter(codename="access_admin").exists()
    applications = reviewers.permissions.filter(content_type__app_label="applications")
    assert set(applications.values_list("codename", flat=True)) == {
        "view_application",
        "change_application",
        "view_attachment",
        "view_statuschange",
    }
    assert not Group.objects.get(name="Editors").permissions.filter(content_type__app_label="applications")


def test_erasing_an_applicants_data_in_the_admin_needs_the_erase_right(
    client, reviewer, submitted, private_storage
):
    application, status_url = submitted
    sign_in_with_second_factor(client, reviewer)
    review = f"{LIST}edit/{application.pk}/"
    assert 'name="erase"' not in client.get(review).content.decode()
    assert client.post(review, {"erase": "1"}).status_code in (302, 403)
    application.refresh_from_db()
    assert application.personal_data_erased_at is None

    officer = get_user_model().objects.create_superuser("privacy-officer", password="x")
    sign_in_with_second_factor(client, officer)
    assert 'name="erase"' in client.get(review).content.decode()
    assert client.post(review, {"erase": "1"}).status_code == 302
    application.refresh_from_db()
    assert application.personal_data_erased_at is not None and application.email == ""
    assert stored_files(private_storage) == []
    client.logout()
    assert client.get(status_url).status_code == 404


def test_the_dashboard_tells_reviewers_what_waits_by_status_and_editors_nothing(
    client, submitted, reviewer, editor
):
    def waiting_links(user):
        sign_in_with_second_factor(client, user)
        heading = soup(client.get("/admin/")).select_one("#applications-waiting-title")
        return heading and {
            a.get_text(strip=True): a["href"] for a in heading.find_parent("section").select("a")
        }

    assert waiting_links(editor) is None
    links = waiting_links(reviewer)
    assert links == {"Подана: 1": f"{LIST}?status=submitted"}
    listed = soup(client.get(links["Подана: 1"])).get_text()
    assert submitted[0].reference in listed


@pytest.mark.parametrize(
    ("language", "amount", "date"),
    [
        ("ru", "3\xa0500\xa0000", "2 декабря 2026 г. 10:30"),
        ("en", "3,500,000", "Dec. 2, 2026, 10:30 a.m."),
    ],
)
def test_the_listing_writes_amounts_and_dates_as_the_admin_language_does(
    client, reviewer, measure, language, amount, date
):
    application, _ = submit(client, measure, requested_amount="3500000")
    application.submitted_at = timezone.make_aware(datetime.datetime(2026, 12, 2, 10, 30))
    application.save()
    profile = UserProfile.get_for_user(reviewer)
    profile.preferred_language = language
    profile.save()
    sign_in_with_second_factor(client, reviewer)
    cells = [cell.get_text(" ", strip=True) for cell in soup(client.get(LIST)).select("td")]
    assert amount in cells and date in cells, cells[-2:]
