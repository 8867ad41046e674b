"""Run in the provider's process (tests/django_process.evaluate): a citizen with a confirmed address and the
client registration of the site under test."""

from allauth.account.models import EmailAddress
from allauth.idp.oidc.models import Client
from django.contrib.auth import get_user_model


def register(email: str, password: str, client_id: str, secret: str, redirect_uri: str) -> None:
    user = get_user_model().objects.create_user("citizen", email, password, first_name="Анна")
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    client = Client(
        id=client_id,
        name="imoscow",
        scopes="openid\nprofile\nemail",
        default_scopes="openid\nprofile\nemail",
        redirect_uris=redirect_uri,
        skip_consent=True,
    )
    client.set_secret(secret)
    client.save()
