from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.forms import DeleteAccountForm
from core.listing import form_errors
from core.navigation import Crumb


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        user.delete()
        # The sign-in page says so (the account pages show messages), and offers to sign up again.
        messages.success(request, _("Your account has been deleted."))
        return redirect("account_login")
    return render(
        request,
        "accounts/delete.html",
        {"form": form, "errors": form_errors(form), "crumbs": [Crumb(_("Delete account"), request.path)]},
    )
