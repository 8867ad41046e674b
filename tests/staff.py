"""Signing in an editor for the admin, which asks everyone who works there for a second factor
(accounts/second_factor.py). The admin tests do what a session looks like after the editor typed their
password and an authenticator app's code; tests/accounts/test_second_factor.py walks that sign-in itself."""

import time

from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import is_mfa_enabled


def sign_in_with_second_factor(client, user):
    """Signs `user` in on `client` as if with their password and an authenticator app's code."""
    if not is_mfa_enabled(user):
        TOTP.activate(user, generate_totp_secret())
    client.force_login(user)
    session = client.session
    now = time.time()
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": now, "email": user.email},
        {"method": "mfa", "at": now, "type": "totp"},
    ]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
    return user
