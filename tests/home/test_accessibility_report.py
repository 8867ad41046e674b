"""Reporting an accessibility problem from the statement: errors tied to fields, answers kept, the report
stored and mailed to the admins, bots ignored."""

import pytest

from home.models import AccessibilityReport, AccessibilityStatementPage
from tests.html import soup

pytestmark = pytest.mark.django_db

REPORT = {"message": "The map cannot be used with a keyboard.", "page_address": "/en/clusters/", "email": ""}


@pytest.fixture
def statement(homes):
    page = AccessibilityStatementPage(title="Accessibility statement", slug="accessibility", body=[])
    homes["en"].add_child(instance=page)
    page.save_revision().publish()
    return page


def test_statement_shows_the_report_form(client, statement):
    html = soup(client.get(statement.url))
    form = html.select_one("#report form[method=post]")
    assert [field["name"] for field in form.select("[name]") if field["name"] != "csrfmiddlewaretoken"] == [
        "message",
        "page_address",
        "email",
        "website",
    ]
    assert form.select_one("[hidden] #id_website")
    assert html.select_one("#id_message")["aria-describedby"] == "id_message-hint"


def test_report_with_errors_keeps_answers_and_links_each_error(client, statement):
    response = client.post(statement.url, {"message": "", "page_address": "/en/news/", "email": "nope"})
    assert response.status_code == 200
    html = soup(response)
    assert html.title.get_text().startswith("Error: ")
    summary = html.select_one("main > .error-summary")
    assert [link["href"] for link in summary.select("a")] == ["#id_message", "#id_email"]
    assert html.select_one("#id_message")["aria-invalid"] == "true"
    assert "id_message-error" in html.select_one("#id_message")["aria-describedby"].split()
    assert html.select_one("#id_page_address")["value"] == "/en/news/"
    assert html.select_one("#id_email")["value"] == "nope"
    assert not AccessibilityReport.objects.exists()


def test_report_is_stored_mailed_and_thanked_for(client, statement, settings, mailoutbox):
    settings.ADMINS = ["staff@imoscow.example"]
    response = client.post(statement.url, REPORT)
    assert response.status_code == 302
    assert response["Location"] == f"{statement.url}?sent=1#report"
    report = AccessibilityReport.objects.get()
    assert (report.message, report.page_address, report.language) == (
        REPORT["message"],
        "/en/clusters/",
        "en",
    )
    assert mailoutbox[0].to == ["staff@imoscow.example"]
    assert REPORT["message"] in mailoutbox[0].body
    thanks = soup(client.get(response["Location"])).select_one("#report [role=status]")
    assert "Thank you" in thanks.get_text()


def test_a_filled_honeypot_looks_sent_but_stores_nothing(client, statement, mailoutbox):
    response = client.post(statement.url, {**REPORT, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not AccessibilityReport.objects.exists()
    assert not mailoutbox


def test_seeding_again_keeps_a_statement_an_older_demo_made_as_a_standard_page(homes):
    from home.demo.content import Text
    from home.demo.seed import PageSpec, ensure_page
    from home.models import StandardPage
    from tests.conftest import publishing_at_once

    older = StandardPage(title="Заявление о доступности", slug="accessibility", body=[])
    homes["ru"].add_child(instance=older)
    spec = PageSpec("accessibility").text("title", Text("Заявление о доступности", "Accessibility statement"))
    with publishing_at_once():
        kept = ensure_page(homes["ru"], AccessibilityStatementPage, spec)
    assert kept.pk == older.pk
    assert not AccessibilityStatementPage.objects.exists()
