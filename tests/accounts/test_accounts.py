"""Company accounts with django-allauth: sign-up with a confirmed address, sign-in, password reset and change,
account deletion; in the site's forms, and without telling anyone which addresses have an account."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from tests.html import soup

pytestmark = pytest.mark.django_db
PASSWORD = "Лаборатория-композитов-2026"


def sign_up(client, email: str, password: str = PASSWORD, again: str | None = None):
    return client.post(
        "/ru/accounts/signup/", {"email": email, "password1": password, "password2": again or password}
    )


def link_in(mail) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", mail.body).group(1)


@pytest.fixture
def member(homes):
    user = get_user_model().objects.create_user("founder", "founder@robotics.example", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_a_company_signs_up_confirms_its_address_and_lands_in_its_cabinet(client, homes, mailoutbox):
    response = sign_up(client, "ceo@quartz.example")
    assert response.status_code == 302
    assert client.get("/ru/cabinet/").status_code == 302  # not signed in before confirming
    [mail] = mailoutbox
    assert mail.to == ["ceo@quartz.example"]

    confirm = client.get(link_in(mail))
    assert confirm.status_code == 200
    confirmed = client.post(link_in(mail))
    assert confirmed["Location"] == "/ru/cabinet/"
    cabinet = client.get("/ru/cabinet/")
    assert "ceo@quartz.example" in cabinet.content.decode()


def test_a_common_password_is_refused_in_the_forms_summary_and_the_address_is_kept(client, homes):
    response = sign_up(client, "ceo@quartz.example", password="password123")
    page = soup(response)
    summary = page.select_one(".error-summary")
    assert summary is not None
    assert summary.select_one("a[href='#id_password1']")
    field = page.select_one("#id_password1")
    assert field["aria-invalid"] == "true"
    assert "id_password1-error" in field["aria-describedby"]
    assert page.select_one("#id_email")["value"] == "ceo@quartz.example"
    assert not get_user_model().objects.filter(email="ceo@quartz.example").exists()


def test_signing_up_with_a_taken_address_looks_the_same_and_warns_its_owner(client, member, mailoutbox):
    taken = sign_up(client, member.email)
    fresh = sign_up(client, "new@quartz.example")
    assert taken.status_code == fresh.status_code == 302
    assert taken["Location"] == fresh["Location"]
    assert get_user_model().objects.filter(email=member.email).count() == 1
    assert {mail.to[0] for mail in mailoutbox} == {member.email, "new@quartz.example"}


def test_a_password_reset_answers_the_same_for_known_and_unknown_addresses(client, member, mailoutbox):
    known = client.post("/ru/accounts/password/reset/", {"email": member.email})
    unknown = client.post("/ru/accounts/password/reset/", {"email": "nobody@quartz.example"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]

    [reset] = [mail for mail in mailoutbox if mail.to == [member.email]]
    form = client.get(link_in(reset), follow=True)
    new_password = "Новый-пароль-для-кварца-7"
    done = client.post(form.redirect_chain[-1][0], {"password1": new_password, "password2": new_password})
    assert done.status_code == 302
    assert client.login(username=member.username, password=new_password)


def test_signing_in_gives_a_new_session(client, member):
    client.get("/ru/accounts/login/")
    before = client.cookies["sessionid"].value if "sessionid" in client.cookies else None
    response = client.post("/ru/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert response["Location"] == "/ru/cabinet/"
    assert client.cookies["sessionid"].value != before


def test_a_wrong_password_keeps_the_address_and_says_what_is_wrong(client, member):
    response = client.post("/ru/accounts/login/", {"login": member.email, "password": "не тот"})
    page = soup(response)
    assert page.select_one(".error-summary li")
    assert page.select_one("#id_login")["value"] == member.email
    assert page.select_one("label[for=id_login]") and page.select_one("label[for=id_password]")


def test_failed_sign_ins_are_limited_per_address(client, member):
    for _ in range(5):
        client.post("/ru/accounts/login/", {"login": member.email, "password": "не тот"})
    blocked = client.post("/ru/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert blocked.status_code in (200, 429)
    assert "_auth_user_id" not in client.session


def test_the_cabinet_asks_to_sign_in_first(client, homes):
    response = client.get("/ru/cabinet/")
    assert response.status_code == 302
    assert response["Location"] == "/ru/accounts/login/?next=/ru/cabinet/"


def test_deleting_an_account_asks_for_its_password(client, member):
    client.force_login(member)
    wrong = client.post("/ru/accounts/delete/", {"confirmation": "не тот"})
    assert wrong.status_code == 200
    assert soup(wrong).select_one("#id_confirmation-error")
    assert get_user_model().objects.filter(pk=member.pk).exists()

    deleted = client.post("/ru/accounts/delete/", {"confirmation": PASSWORD})
    assert deleted.status_code == 302
    assert not get_user_model().objects.filter(pk=member.pk).exists()
    assert "_auth_user_id" not in client.session
    assert deleted["Location"] == "/ru/accounts/login/"
    assert "Ваша учётная запись удалена" in client.get(deleted["Location"]).content.decode()


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_account_pages_open_in_both_languages(client, member, language):
    for path in ("login/", "signup/", "password/reset/"):
        assert client.get(f"/{language}/accounts/{path}").status_code == 200
    client.force_login(member)
    for path in ("cabinet/", "accounts/delete/", "accounts/password/change/"):
        response = client.get(f"/{language}/{path}")
        assert response.status_code == 200
        assert soup(response).html["lang"] == language
