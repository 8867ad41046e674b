"""Everyone who works in the admin signs in with a second factor: their password, then an authenticator app's
code (accounts/second_factor.py, django-allauth's MFA)."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.contrib.auth import get_user_model

from accounts.staff import create_editor, current_code
from tests.html import soup

pytestmark = pytest.mark.django_db
PASSWORD = "Редакция-мер-поддержки-2026"


@pytest.fixture
def editor(homes):
    user, _key = create_editor("editor", "editor@imoscow.local", PASSWORD, superuser=True)
    return user


def sign_in(client, email: str):
    return client.post("/ru/accounts/login/?next=/admin/", {"login": email, "password": PASSWORD})


def test_wagtails_sign_in_leads_to_the_sites(client, homes):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/ru/accounts/login/?next=/admin/pages/"
    assert client.get("/admin/")["Location"].startswith("/ru/accounts/login/")


def test_an_editor_types_the_authenticator_code_after_the_password(client, editor):
    response = sign_in(client, editor.email)
    assert response["Location"] == "/ru/accounts/2fa/authenticate/"
    assert client.get("/admin/").status_code == 302  # not in yet

    wrong = client.post("/ru/accounts/2fa/authenticate/", {"code": "000000"})
    assert soup(wrong).select_one("#id_code")["aria-invalid"] == "true"
    right = client.post("/ru/accounts/2fa/authenticate/", {"code": current_code(editor)})
    assert right["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_an_editor_without_an_authenticator_sets_one_up_before_the_admin_opens(client, homes):
    user = get_user_model().objects.create_superuser("newcomer", "newcomer@imoscow.local", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    sign_in(client, user.email)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/ru/accounts/2fa/totp/activate/?next=%2Fadmin%2Fpages%2F"

    # Changing how an account signs in asks for its password again (django-allauth's reauthentication).
    again = client.get(response["Location"])
    assert again["Location"].startswith("/ru/accounts/reauthenticate/")
    setup = client.post(again["Location"], {"password": PASSWORD}, follow=True)
    key = re.search(r"[A-Z2-7]{32}", setup.content.decode()).group(0)
    code = format_hotp_value(hotp_value(key, int(time.time()) // 30))
    activated = client.post("/ru/accounts/2fa/totp/activate/?next=/admin/pages/", {"code": code})
    assert activated.status_code == 302
    assert client.get("/admin/pages/").status_code == 200


def test_a_session_signed_in_with_the_password_alone_is_asked_to_sign_in_again(client, editor):
    client.force_login(editor)  # as a session from before the second factor was required
    response = client.get("/admin/")
    assert response["Location"] == "/ru/accounts/login/?next=/admin/"
    assert "_auth_user_id" not in client.session


def test_a_member_without_admin_access_is_not_asked_for_a_second_factor(client, homes):
    member = get_user_model().objects.create_user("member", "member@quartz.example", PASSWORD)
    client.force_login(member)
    response = client.get("/admin/")
    assert "2fa" not in response.get("Location", "")
    assert client.get("/ru/cabinet/").status_code == 200
