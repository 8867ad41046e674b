"""Everyone who works in the Wagtail admin uses a second factor (allauth.mfa: an authenticator app's codes,
with recovery codes). An editor without one is sent to set it up before the admin opens; a session that
signed in without it (a password alone) is asked to sign in again with it. Wagtail's own sign-in form is not
used: /admin/login/ leads to the site's sign-in, which asks for the code (config/urls.py)."""

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"
# Leaving the admin needs no second factor.
EXEMPT = ("/admin/logout/",)


def _works_in_admin(request) -> bool:
    return (
        request.path.startswith(ADMIN_PREFIX)
        and not request.path.startswith(EXEMPT)
        and request.user.is_authenticated
        and request.user.has_perm("wagtailadmin.access_admin")
    )


def used_second_factor(request) -> bool:
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


class SecondFactorForAdminMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _works_in_admin(request):
            if not is_mfa_enabled(request.user):
                messages.info(request, _("The admin asks for a second factor: set up an authenticator app."))
                setup = reverse("mfa_activate_totp")
                return redirect(f"{setup}?{urlencode({'next': request.get_full_path()})}")
            if not used_second_factor(request):
                logout(request)
                return redirect_to_login(request.get_full_path(), reverse("account_login"))
        response = self.get_response(request)
        if _activated_authenticator(request, response):
            # Activating an authenticator asks for one of its codes: this session has just used the factor.
            record_authentication(request, request.user, "mfa", type="totp")
        return response


def _activated_authenticator(request, response) -> bool:
    match = request.resolver_match
    return (
        request.method == "POST"
        and match is not None
        and match.url_name == "mfa_activate_totp"
        and response.status_code == 302
        and request.user.is_authenticated
        and is_mfa_enabled(request.user)
    )
