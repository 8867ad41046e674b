"""Editors' accounts: they sign in with their email address, confirmed, and an authenticator app's codes."""

import time

from allauth.account.models import EmailAddress
from allauth.mfa import app_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from allauth.mfa.utils import decrypt
from django.contrib.auth import get_user_model


def create_editor(username: str, email: str, password: str, superuser: bool = False):
    """An editor who can sign in at once: their address confirmed, an authenticator registered. Returns the
    user and the authenticator's key (base32), which the editor adds to their authenticator app."""
    User = get_user_model()
    make = User.objects.create_superuser if superuser else User.objects.create_user
    user = make(username=username, email=email, password=password)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    key = generate_totp_secret()
    TOTP.activate(user, key)
    return user, key


def current_code(user) -> str:
    """The code the editor's authenticator app shows now (for a local demo)."""
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    return code_for(decrypt(authenticator.data["secret"]))


def code_for(key: str) -> str:
    """The code an authenticator app with this key (base32) shows now."""
    return format_hotp_value(hotp_value(key, int(time.time()) // app_settings.TOTP_PERIOD))
