"""Signing in through the city's OpenID Connect provider (mos.ru in production), end to end: a provider
started on loopback in a process of its own (django-allauth's identity provider, tests/accounts/oidc_provider)
and this site's live server, which exchanges the code with the provider over HTTP."""

import socket
import subprocess
import sys
import time
from urllib.parse import urljoin

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.contrib.auth import get_user_model

from tests.django_process import REPO, clean_environment, evaluate, run
from tests.html import soup

pytestmark = pytest.mark.django_db(transaction=True)
PROVIDER_SETTINGS = "tests.accounts.oidc_provider.settings"
CITIZEN, PASSWORD = "anna.petrova@mos.example", "Пароль-горожанина-2026"
CLIENT_ID, SECRET = "imoscow", "client-secret-for-tests"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def provider(tmp_path, live_server):
    """The provider's address, with a citizen and this site's client registered there."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    environment = {"PROVIDER_DATABASE": str(tmp_path / "provider.sqlite3"), "PROVIDER_PRIVATE_KEY": pem}
    migrated = run(["manage.py", "migrate", "--noinput"], PROVIDER_SETTINGS, **environment)
    assert migrated.returncode == 0, migrated.stderr
    callback = f"{live_server.url}/ru/accounts/oidc/city/login/callback/"
    evaluate(
        "from tests.accounts.oidc_provider.setup import register\n"
        f"register({CITIZEN!r}, {PASSWORD!r}, {CLIENT_ID!r}, {SECRET!r}, {callback!r})\nresult = True",
        PROVIDER_SETTINGS,
        **environment,
    )
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=REPO,
        env=clean_environment(DJANGO_SETTINGS_MODULE=PROVIDER_SETTINGS, **environment),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    address = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if requests.get(f"{address}/.well-known/openid-configuration", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)
        else:
            pytest.fail("the OpenID Connect provider did not start")
        yield address
    finally:
        server.terminate()
        server.wait(timeout=10)


def _submit(session: requests.Session, response: requests.Response, answers: dict) -> requests.Response:
    """Sends the page's main form, as a browser would, with `answers` filled in."""
    page = soup(response)
    form = page.select_one("main form") or page.select_one("form")
    fields = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    return session.post(urljoin(response.url, form.get("action") or response.url), {**fields, **answers})


def test_a_citizen_signs_in_through_the_city_provider_and_gets_an_account(live_server, provider, settings):
    settings.SOCIALACCOUNT_PROVIDERS = {
        "openid_connect": {
            "APPS": [
                {
                    "provider_id": "city",
                    "name": "mos.ru",
                    "client_id": CLIENT_ID,
                    "secret": SECRET,
                    "settings": {"server_url": provider},
                }
            ]
        }
    }
    browser = requests.Session()
    sign_in = browser.get(f"{live_server.url}/ru/accounts/login/")
    link = soup(sign_in).find("a", string="mos.ru")
    assert link is not None, "the sign-in page offers the city's sign-in"

    confirm = browser.get(urljoin(sign_in.url, link["href"]))
    at_provider = _submit(browser, confirm, {})
    assert at_provider.url.startswith(provider), at_provider.url
    back = _submit(browser, at_provider, {"login": CITIZEN, "password": PASSWORD})

    assert back.url == f"{live_server.url}/ru/cabinet/", back.url
    assert CITIZEN in back.text
    user = get_user_model().objects.get(email=CITIZEN)
    assert user.socialaccount_set.get().provider == "city"
    assert not user.has_usable_password()
