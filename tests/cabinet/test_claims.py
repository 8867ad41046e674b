"""Claiming an organization of the catalog by its INN, with a letter of authority that staff check in the
admin before the claimant speaks for it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cabinet.models import Claim, ClaimStatus, Membership, Role
from catalog.models import Organization
from taxonomy.models import Region
from tests.applications.support import pdf
from tests.cabinet.conftest import person
from tests.html import soup
from tests.staff import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def claimant(organizations, private_folder):
    return person("ceo@quartz.example")


def claim(client, inn: str = "7707083893", **changes):
    answers = {
        "inn": inn,
        "position": "Генеральный директор",
        "letters": [pdf("доверенность.pdf")],
        **changes,
    }
    return client.post("/ru/cabinet/claim/", answers)


def test_a_claim_waits_for_staff_and_approval_makes_the_claimant_an_owner(
    client, claimant, organizations, admin_user
):
    client.force_login(claimant)
    response = claim(client)
    assert response["Location"] == "/ru/cabinet/"
    [filed] = Claim.objects.all()
    assert filed.organization == organizations["quartz"] and filed.status == ClaimStatus.PENDING
    assert filed.letters.get().original_name == "доверенность.pdf"
    cabinet = soup(client.get("/ru/cabinet/")).main.get_text()
    assert "Кварцлайн: Ждёт проверки" in cabinet
    assert not Membership.objects.filter(user=claimant).exists()

    staff = type(client)()
    sign_in_with_second_factor(staff, admin_user)
    review = staff.get(f"/admin/claims/edit/{filed.pk}/")
    assert "доверенность.pdf" in review.content.decode()
    letter = staff.get(f"/admin/claims/letters/{filed.letters.get().pk}/")
    assert letter.status_code == 200 and b"".join(letter.streaming_content).startswith(b"%PDF")
    staff.post(f"/admin/claims/edit/{filed.pk}/", {"decision": "approved", "reason": ""})
    assert Membership.objects.get(user=claimant).role == Role.OWNER
    assert client.get(f"/ru/cabinet/organizations/{organizations['quartz'].pk}/").status_code == 200


def test_a_rejection_says_why_and_grants_nothing(client, claimant, organizations, admin_user):
    client.force_login(claimant)
    claim(client)
    filed = Claim.objects.get()
    staff = type(client)()
    sign_in_with_second_factor(staff, admin_user)
    unexplained = staff.post(f"/admin/claims/edit/{filed.pk}/", {"decision": "rejected", "reason": ""})
    assert unexplained.status_code == 200
    staff.post(f"/admin/claims/edit/{filed.pk}/", {"decision": "rejected", "reason": "Письмо не подписано."})
    assert not Membership.objects.filter(user=claimant).exists()
    assert "Письмо не подписано." in client.get("/ru/cabinet/").content.decode()


@pytest.mark.parametrize(
    "inn, message",
    [
        ("7707083894", "Контрольная цифра ИНН не сходится"),
        ("7702070139", "В каталоге нет организации с этим ИНН"),
    ],
)
def test_a_wrong_inn_is_explained_and_the_position_kept(client, claimant, inn, message):
    client.force_login(claimant)
    response = claim(client, inn=inn)
    page = soup(response)
    assert message in page.select_one(".error-summary").get_text()
    assert page.select_one("#id_position")["value"] == "Генеральный директор"
    assert "доверенность.pdf" in page.select_one("#id_letters-again").get_text()
    assert not Claim.objects.exists()


def test_a_claim_needs_a_letter_and_a_second_one_waits_for_the_first(client, claimant):
    client.force_login(claimant)
    assert "id_letters-error" in claim(client, letters=[]).content.decode()
    claim(client)
    again = claim(client)
    assert "уже ждёт проверки" in soup(again).select_one(".error-summary").get_text()
    assert Claim.objects.count() == 1


def test_a_file_that_is_not_a_document_is_refused(client, claimant):
    client.force_login(claimant)
    fake = SimpleUploadedFile("letter.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = claim(client, letters=[fake])
    assert response.status_code == 200
    assert not Claim.objects.exists()


def test_an_owner_removes_a_member_but_not_the_last_owner(client, people, organizations):
    quartz = organizations["quartz"]
    client.force_login(people["owner"])
    member = Membership.objects.get(user=people["member"])
    client.post(f"/ru/cabinet/organizations/{quartz.pk}/members/{member.pk}/remove/")
    assert not Membership.objects.filter(pk=member.pk).exists()
    owner = Membership.objects.get(user=people["owner"])
    client.post(f"/ru/cabinet/organizations/{quartz.pk}/members/{owner.pk}/remove/")
    assert Membership.objects.filter(pk=owner.pk).exists()


def test_the_cabinet_lists_the_organizations_a_person_represents(client, people):
    client.force_login(people["member"])
    page = soup(client.get("/ru/cabinet/"))
    assert [link.get_text() for link in page.select("#organizations-title + ul a")] == ["Кварцлайн"]


def test_an_organization_new_to_the_catalog_is_added_by_its_claim_and_published_when_approved(
    client, claimant, admin_user
):
    client.force_login(claimant)
    inn = "7710140679"
    refused = client.post(
        "/ru/cabinet/claim/", {"inn": inn, "position": "Директор", "letters": [pdf("письмо.pdf")]}
    )
    assert refused.status_code == 200
    text = soup(refused).select_one(".error-summary").get_text(" ", strip=True)
    assert "Название" in text and "заполните" in text
    assert not Claim.objects.exists()

    region = Region.objects.get(slug="moscow")
    details = {"name": "Оптические системы", "legal_form": "llc", "size": "micro", "region": region.pk}
    assert claim(client, inn=inn, **details)["Location"] == "/ru/cabinet/"
    added = Organization.objects.get(inn=inn)
    assert not added.live
    assert client.get(added.get_absolute_url()).status_code == 404

    staff = type(client)()
    sign_in_with_second_factor(staff, admin_user)
    staff.post(f"/admin/claims/edit/{Claim.objects.get().pk}/", {"decision": "approved", "reason": ""})
    added.refresh_from_db()
    assert added.live and added.name == "Оптические системы"
    assert client.get(added.get_absolute_url()).status_code == 200
    assert Membership.objects.get(user=claimant, organization=added).role == Role.OWNER


def test_a_new_organizations_inn_must_fit_its_legal_form(client, claimant):
    client.force_login(claimant)
    region = Region.objects.get(slug="moscow")
    details = {"name": "ИП Петров", "legal_form": "sole_proprietor", "size": "micro", "region": region.pk}
    response = claim(client, inn="7710140679", **details)
    assert "ИНН индивидуального предпринимателя" in soup(response).select_one(".error-summary").get_text()
    assert not Organization.objects.filter(inn="7710140679").exists()
