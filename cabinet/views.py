"""The organization's space (/<lang>/cabinet/): the signed-in person's account, the organizations they speak
for and their claims; an owner manages who else does."""

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from cabinet import invitations
from cabinet.applicant import organization_applications
from cabinet.changes import add_unpublished, catalog_entries
from cabinet.claims import file_claim
from cabinet.forms import ClaimForm, InvitationForm
from cabinet.models import ClaimStatus, Invitation, Membership, Role
from catalog.entry import localize
from core.listing import form_errors
from core.navigation import Crumb


def cabinet_crumbs(request, *more: Crumb) -> list[Crumb]:
    return [Crumb(_("Personal account"), reverse("cabinet:index")), *more]


def _named(rows) -> list:
    """(row, its organization in the reader's language) for rows that have an organization."""
    rows = list(rows)
    return list(zip(rows, localize([row.organization for row in rows]), strict=True))


@login_required
def index(request):
    user = request.user
    context = {
        "second_factor": is_mfa_enabled(user),
        "memberships": _named(user.memberships.select_related("organization")),
        "claims": _named(user.claims.select_related("organization").exclude(status=ClaimStatus.APPROVED)),
        "crumbs": cabinet_crumbs(request),
    }
    return render(request, "cabinet/index.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def claim(request):
    posted = request.method == "POST"
    form = ClaimForm(request.user, request.POST if posted else None, request.FILES if posted else None)
    if posted and form.is_valid():
        answers = form.cleaned_data
        with transaction.atomic():
            organization = form.organization or add_unpublished(form.instance, request.user)
            file_claim(request.user, organization, answers["position"], answers["letters"])
        messages.success(
            request,
            _("Your claim to “%(name)s” has been sent. Staff check it, usually within two working days.")
            % {"name": organization.name},
        )
        return redirect("cabinet:index")
    context = {
        "form": form,
        "errors": form_errors(form),
        # A browser does not keep chosen files when the form comes back with errors.
        "choose_again": [file.name for file in request.FILES.getlist("letters")] if form.errors else [],
        "crumbs": cabinet_crumbs(request, Crumb(_("Claim an organization"), request.path)),
    }
    return render(request, "cabinet/claim.html", context)


def membership_or_404(request, organization_pk: int) -> Membership:
    """The signed-in person's membership of the organization; 404 for anyone else, so that guessing ids tells
    nothing."""
    membership = request.user.memberships.filter(organization_id=organization_pk).first()
    if membership is None:
        raise Http404
    return membership


def _organization_page(request, membership: Membership, form: InvitationForm | None = None):
    organization = membership.organization
    entry = organization.in_language()
    is_owner = membership.role == Role.OWNER
    if is_owner and form is None:
        form = InvitationForm(organization)
    context = {
        "membership": membership,
        "organization": organization,
        "entry": entry,
        "members": organization.memberships.select_related("user"),
        "is_owner": is_owner,
        "form": form,
        "errors": form_errors(form) if form is not None else [],
        "invitations": [item for item in organization.invitations.all() if item.open] if is_owner else [],
        "applications": organization_applications(organization),
        "catalog_entries": catalog_entries(organization),
        "crumbs": cabinet_crumbs(request, Crumb(str(entry), request.path)),
    }
    return render(request, "cabinet/organization.html", context)


@login_required
def organization(request, organization_pk: int):
    return _organization_page(request, membership_or_404(request, organization_pk))


@login_required
@require_POST
def invite(request, organization_pk: int):
    membership = membership_or_404(request, organization_pk)
    if membership.role != Role.OWNER:
        raise Http404
    form = InvitationForm(membership.organization, request.POST)
    if not form.is_valid():
        return _organization_page(request, membership, form)
    email = form.cleaned_data["email"]
    invitations.invite(
        membership.organization, email, form.cleaned_data["role"], request.user, request.LANGUAGE_CODE
    )
    messages.success(request, _("An invitation has been sent to %(email)s.") % {"email": email})
    return redirect("cabinet:organization", organization_pk=organization_pk)


@login_required
@require_http_methods(["GET", "POST"])
def invitation(request, token: str):
    """An invitation for the signed-in person: accepted with a button, if it is theirs and still open."""
    found = Invitation.objects.select_related("organization").filter(token=token).first()
    if found is None or not found.open:
        return render(request, "cabinet/invitation.html", {"invitation": None}, status=404)
    if not invitations.addressed_to(found, request.user):
        context = {"invitation": found, "not_theirs": True}
        return render(request, "cabinet/invitation.html", context, status=403)
    if request.method == "POST":
        membership = invitations.accept(found, request.user)
        messages.success(request, _("You now represent “%(name)s”.") % {"name": found.organization.name})
        return redirect("cabinet:organization", organization_pk=membership.organization_id)
    entry = found.organization.in_language()
    # Marked with its language inside the translated sentence when it has no translation.
    name = format_html('<span lang="{}">{}</span>', entry.lang, entry) if entry.lang else str(entry)
    return render(request, "cabinet/invitation.html", {"invitation": found, "name": name})


@login_required
@require_POST
def remove_member(request, organization_pk: int, membership_pk: int):
    mine = membership_or_404(request, organization_pk)
    if mine.role != Role.OWNER:
        raise Http404
    other = get_object_or_404(Membership, pk=membership_pk, organization_id=organization_pk)
    if other.role == Role.OWNER and other.organization.memberships.filter(role=Role.OWNER).count() == 1:
        messages.error(request, _("An organization keeps at least one owner."))
        return redirect("cabinet:organization", organization_pk=organization_pk)
    other.delete()
    email = other.user.email
    messages.success(request, _("%(email)s no longer represents the organization.") % {"email": email})
    if other.user_id == request.user.pk:
        return redirect("cabinet:index")
    return redirect("cabinet:organization", organization_pk=organization_pk)
