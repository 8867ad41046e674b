"""An owner invites a colleague by email address; the link works once, for that address, for two weeks."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from cabinet.models import Invitation, Membership, Role
from tests.background import run_background_tasks
from tests.cabinet.conftest import person
from tests.html import soup

pytestmark = pytest.mark.django_db


def invite(client, organization, email: str, role: str = "member"):
    return client.post(f"/ru/cabinet/organizations/{organization.pk}/invite/", {"email": email, "role": role})


def test_an_invited_colleague_accepts_with_the_address_it_was_sent_to(
    client, people, organizations, mailoutbox
):
    quartz = organizations["quartz"]
    client.force_login(people["owner"])
    response = invite(client, quartz, "Engineer@Quartz.example", "owner")
    assert response["Location"] == f"/ru/cabinet/organizations/{quartz.pk}/"
    assert run_background_tasks() == 1
    [mail] = mailoutbox
    assert mail.to == ["engineer@quartz.example"] and "Кварцлайн" in mail.subject
    link = re.search(r"https?://[^/\s]+(/\S+)", mail.body).group(1)

    colleague = person("engineer@quartz.example")
    client.force_login(colleague)
    assert "Кварцлайн" in client.get(link).content.decode()
    accepted = client.post(link)
    assert accepted["Location"] == f"/ru/cabinet/organizations/{quartz.pk}/"
    assert Membership.objects.get(user=colleague, organization=quartz).role == Role.OWNER
    assert client.post(link).status_code == 404  # used


def test_an_invitation_is_only_for_its_address_and_expires(client, people, organizations):
    client.force_login(people["owner"])
    invite(client, organizations["quartz"], "engineer@quartz.example")
    invitation = Invitation.objects.get()
    client.force_login(people["outsider"])
    assert client.post(f"/ru/cabinet/invitations/{invitation.token}/").status_code == 403
    assert not Membership.objects.filter(user=people["outsider"]).exists()

    Invitation.objects.filter(pk=invitation.pk).update(created_at=timezone.now() - timedelta(days=15))
    colleague = person("engineer@quartz.example")
    client.force_login(colleague)
    assert client.get(f"/ru/cabinet/invitations/{invitation.token}/").status_code == 404


def test_a_bad_address_is_explained_and_kept(client, people, organizations):
    client.force_login(people["owner"])
    page = soup(invite(client, organizations["quartz"], "engineer@"))
    assert page.select_one(".error-summary a[href='#id_email']")
    assert page.select_one("#id_email")["value"] == "engineer@"
    again = soup(invite(client, organizations["quartz"], "member@quartz.example"))
    assert "уже представляет" in again.select_one(".error-summary").get_text()
    assert not Invitation.objects.exists()


def test_only_an_owner_invites(client, people, organizations):
    client.force_login(people["member"])
    assert invite(client, organizations["quartz"], "engineer@quartz.example").status_code == 404
    assert not Invitation.objects.exists()
