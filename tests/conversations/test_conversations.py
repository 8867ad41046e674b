"""A member of one organization writes to another from its catalog entry; the other side reads and answers in
its cabinet inbox; each side is told by an email that links to the conversation without carrying it."""

import re

import pytest
from django.core import mail
from django.test import Client

from cabinet.models import Membership, Role
from catalog.models import Organization, Premises
from conversations.models import AbuseReport, Conversation, Message, MessageFile
from conversations.sending import STARTED_BETWEEN
from taxonomy.models import District, Region
from tests.applications.support import pdf
from tests.background import run_background_tasks
from tests.cabinet.conftest import person
from tests.factories import make_entry
from tests.html import soup
from tests.staff import sign_in_with_second_factor

pytestmark = pytest.mark.django_db

TEXT = "Здравствуйте! Нужна партия из 300 корпусов из алюминия, сроки — март. Можете взяться?"


def contact_url(segment: str, entry) -> str:
    return f"/ru/cabinet/messages/new/{segment}/{entry.pk}/"


def write(client, entry, segment="organizations", **changes):
    data = {"subject": "Корпуса для датчиков", "body": TEXT, **changes}
    return client.post(contact_url(segment, entry), data)


def test_a_member_writes_from_the_entry_and_the_other_side_answers_in_its_inbox(
    client, people, organizations, private_folder
):
    quartz = organizations["quartz"]
    client.force_login(people["stranger"])  # the owner of «Робототехника Плюс»
    entry_page = soup(client.get(quartz.get_absolute_url()))
    assert entry_page.select_one(".contact a")["href"] == contact_url("organizations", quartz)

    response = write(client, quartz, files=[pdf("drawing.pdf")])
    conversation = Conversation.objects.get()
    assert response["Location"] == f"/ru/cabinet/messages/{conversation.pk}/"
    assert (conversation.sender, conversation.recipient) == (organizations["robots"], quartz)
    assert MessageFile.objects.get().original_name == "drawing.pdf"
    assert mail.outbox == []  # the worker sends the emails, after the message is stored
    assert run_background_tasks() == 2
    assert sorted(email.to[0] for email in mail.outbox) == ["member@quartz.example", "owner@quartz.example"]
    for email in mail.outbox:
        assert "Корпуса для датчиков" in email.subject and "Робототехника Плюс" in email.body
        assert TEXT not in email.body  # a link, not the message
    link = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[0].body).group(1)
    assert link == f"/ru/cabinet/messages/{conversation.pk}/"

    client.force_login(people["owner"])
    inbox = soup(client.get("/ru/cabinet/messages/"))
    assert "Новое:" in inbox.select_one(".conversation--unread").get_text()
    page = soup(client.get(link))
    assert TEXT in page.select_one(".thread").get_text()
    drawing = page.select_one(".message-files a")["href"]
    assert client.get(drawing).status_code == 200
    assert soup(client.get("/ru/cabinet/messages/")).select(".conversation--unread") == []

    mail.outbox.clear()
    answer = client.post(link, {"body": "Да, возьмёмся. Пришлите, пожалуйста, чертежи в DWG."})
    assert answer.status_code == 302
    assert run_background_tasks() == 1
    [email] = mail.outbox
    assert email.to == ["owner@robots.example"] and "Кварцлайн" in email.body

    client.force_login(people["stranger"])
    assert soup(client.get("/ru/cabinet/messages/")).select(".conversation--unread")
    thread = soup(client.get(link)).select(".thread > li")
    assert [item.select_one("h2").get_text().split(",")[0] for item in thread] == [
        "Робототехника Плюс (вы)",
        "Кварцлайн",
    ]


def test_premises_of_no_member_organization_are_written_to_by_email_with_the_sender_to_answer(
    client, people, organizations, private_folder
):
    district = District.objects.order_by("pk").first()
    premises = make_entry(
        Premises,
        title="Офис 40 м² в технопарке",
        owner="Технопарк «Нагатино»",
        address="Андропова, 18",
        okrug=district.okrug,
        district=district,
        kind="office",
        area=40,
        rent=1500,
        contact_email="arenda@nagatino.example",
    )
    client.force_login(people["owner"])
    page = soup(client.get(contact_url("premises", premises)))
    assert "by email" in page.select_one(".lead").get_text() or "по электронной почте" in page.get_text()
    assert write(client, premises, "premises").status_code == 302
    assert run_background_tasks() == 1
    [email] = mail.outbox
    assert email.to == ["arenda@nagatino.example"]
    assert email.reply_to == ["owner@quartz.example"]
    assert TEXT in email.body and "Кварцлайн" in email.body


def test_an_organization_without_members_or_address_cannot_be_written_to(client, people, organizations):
    lonely = make_entry(
        Organization,
        name="Тихая Гавань",
        inn="7701234567",
        legal_form="llc",
        size="small",
        region=Region.objects.get(slug="moscow"),
    )
    client.force_login(people["owner"])
    entry_page = soup(client.get(lonely.get_absolute_url()))
    assert entry_page.select_one(".contact") is None
    assert "has not joined" in entry_page.get_text() or "ещё не" in entry_page.get_text()
    write(client, lonely)
    assert Conversation.objects.count() == 0


def test_someone_of_no_organization_is_asked_to_claim_one_first(client, people, organizations):
    client.force_login(people["outsider"])
    page = soup(client.get(contact_url("organizations", organizations["quartz"])))
    assert page.select_one('a[href="/ru/cabinet/claim/"]') is not None
    write(client, organizations["quartz"])
    assert Conversation.objects.count() == 0


def test_bad_input_is_explained_and_what_was_typed_is_kept(client, people, organizations, private_folder):
    client.force_login(people["stranger"])
    response = write(client, organizations["quartz"], subject="", files=[_text_file()])
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one(".error-summary")
    assert page.select_one("#id_body").get_text().strip() == TEXT
    assert "notes.txt" in page.select_one("#id_files-again").get_text()
    assert Conversation.objects.count() == Message.objects.count() == 0


def _text_file():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("notes.txt", b"just text", content_type="text/plain")


def test_a_filled_trap_field_or_too_many_conversations_store_nothing(client, people, organizations):
    client.force_login(people["stranger"])
    quartz = organizations["quartz"]
    assert write(client, quartz, website="http://spam.example").status_code == 400
    assert Conversation.objects.count() == 0

    for _ in range(STARTED_BETWEEN.limit):
        assert write(client, quartz).status_code == 302
    refused = write(client, quartz, body="Ещё одно письмо")
    assert refused.status_code == 429
    assert soup(refused).select_one("#id_body").get_text().strip() == "Ещё одно письмо"
    assert Conversation.objects.count() == STARTED_BETWEEN.limit


def test_abuse_is_reported_to_staff_who_see_it_in_the_admin(client, people, organizations, admin_user):
    client.force_login(people["stranger"])
    write(client, organizations["quartz"], body="Купите рекламу! Дёшево!")
    conversation = Conversation.objects.get()
    message = conversation.messages.get()

    client.force_login(people["member"])
    page = soup(client.get(f"/ru/cabinet/messages/{conversation.pk}/"))
    form = page.select_one(".report form")
    assert client.post(form["action"], {"reason": "Реклама, не по делу"}).status_code == 302
    assert AbuseReport.objects.get().message == message
    # One's own messages cannot be reported.
    client.force_login(people["stranger"])
    own = f"/ru/cabinet/messages/{conversation.pk}/messages/{message.pk}/report/"
    assert client.post(own, {"reason": "x"}).status_code == 404

    staff = Client()
    sign_in_with_second_factor(staff, admin_user)
    response = staff.get("/admin/reports/abuse/")
    assert response.status_code == 200, response.get("Location")
    report_page = response.content.decode()
    assert "Реклама, не по делу" in report_page and "Купите рекламу" in report_page


def test_someone_who_joins_later_sees_the_organizations_conversations(client, people, organizations):
    client.force_login(people["stranger"])
    write(client, organizations["quartz"])
    colleague = person("colleague@quartz.example")
    Membership.objects.create(user=colleague, organization=organizations["quartz"], role=Role.MEMBER)
    client.force_login(colleague)
    assert "Корпуса для датчиков" in client.get("/ru/cabinet/messages/").content.decode()
