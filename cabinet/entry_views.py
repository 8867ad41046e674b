"""An organization's members edit its catalog entries (its profile, projects, premises and manufacturing
profile) in the cabinet; each change waits for staff review (cabinet.changes)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from cabinet.changes import draft, history, review, send_for_review
from cabinet.entry_forms import (
    EntryForm,
    ManufacturerForm,
    OrderForm,
    OrganizationForm,
    PremisesForm,
    ProjectForm,
)
from cabinet.views import cabinet_crumbs, membership_or_404
from catalog.entry import CatalogEntry, source_locale
from catalog.models import Manufacturer, Order, Premises, Project
from catalog.orders import OrderStatus
from core.listing import form_errors
from core.navigation import Crumb


def _english_locale() -> Locale:
    return Locale.objects.get(language_code="en")


def _send_english(entry: CatalogEntry, text: dict[str, str], user, fields: list[str]) -> None:
    english = entry.get_translation_or_none(_english_locale())
    if english is None:
        # Published on its own once approved; until then not live.
        english = entry.copy_for_translation(
            _english_locale(), exclude_fields=["live_revision", "first_published_at", "last_published_at"]
        )
    else:
        english = draft(english)
    for name, value in text.items():
        setattr(english, name, value)
    send_for_review(english, user, fields)


def _edit(request, membership, entry: CatalogEntry, form_class: type[EntryForm], title: str):
    organization = membership.organization
    english = entry.get_translation_or_none(_english_locale()) if entry.pk else None
    shown = draft(entry) if entry.pk else entry
    answers = request.POST if request.method == "POST" else None
    form = form_class(
        answers,
        request.FILES if answers is not None else None,
        instance=shown,
        english=draft(english) if english else None,
    )
    if request.method == "POST" and form.is_valid():
        if not form.has_changed() and entry.pk:
            messages.info(request, _("Nothing has changed, so nothing was sent."))
            return redirect("cabinet:organization", organization_pk=organization.pk)
        with transaction.atomic():
            if form.russian_changes or not entry.pk:
                send_for_review(form.entry(), request.user, form.russian_changes)
                entry = form.instance
            if form.english_changes:
                _send_english(entry, form.english_text(), request.user, form.english_changes)
        messages.success(
            request,
            _("Your change has been sent to the moderators. Visitors see it once it is approved."),
        )
        return redirect("cabinet:organization", organization_pk=organization.pk)
    members = set(organization.memberships.values_list("user_id", flat=True))
    context = {
        "form": form,
        "errors": form_errors(form),
        "title": title,
        "entry": entry,
        "review": review(entry) if entry.pk else None,
        "history": history(entry, members) if entry.pk else [],
        "organization": organization,
        "crumbs": cabinet_crumbs(
            request,
            Crumb(str(organization.in_language()), reverse("cabinet:organization", args=[organization.pk])),
            Crumb(title, request.path),
        ),
    }
    return render(request, "cabinet/entry_form.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request, organization_pk: int):
    membership = membership_or_404(request, organization_pk)
    return _edit(
        request, membership, membership.organization, OrganizationForm, _("The organization's profile")
    )


def _own_entry(request, organization_pk: int, pk: int | None, model, form_class, new_title: str):
    """One of the organization's projects or premises (404 for anyone else's), or a new one without `pk`."""
    membership = membership_or_404(request, organization_pk)
    organization = membership.organization
    if pk is None:
        entry = model(organization=organization, locale=source_locale())
        return _edit(request, membership, entry, form_class, new_title)
    entry = model.objects.filter(organization=organization, pk=pk, locale=organization.locale).first()
    if entry is None:
        raise Http404
    if getattr(entry, "status", None) == OrderStatus.CLOSED:
        messages.info(request, _("This order is closed, so it can no longer be changed."))
        return redirect("cabinet:organization", organization_pk=organization.pk)
    return _edit(request, membership, entry, form_class, str(draft(entry)))


@login_required
@require_http_methods(["GET", "POST"])
def project(request, organization_pk: int, project_pk: int | None = None):
    return _own_entry(request, organization_pk, project_pk, Project, ProjectForm, _("A new project"))


@login_required
@require_http_methods(["GET", "POST"])
def premises(request, organization_pk: int, premises_pk: int | None = None):
    return _own_entry(request, organization_pk, premises_pk, Premises, PremisesForm, _("New premises"))


@login_required
@require_http_methods(["GET", "POST"])
def order(request, organization_pk: int, order_pk: int | None = None):
    return _own_entry(request, organization_pk, order_pk, Order, OrderForm, _("A new manufacturing order"))


@login_required
@require_http_methods(["GET", "POST"])
def manufacturing(request, organization_pk: int):
    membership = membership_or_404(request, organization_pk)
    organization = membership.organization
    entry = organization.manufacturer_profiles.filter(locale=organization.locale).first() or Manufacturer(
        organization=organization, locale=organization.locale
    )
    return _edit(request, membership, entry, ManufacturerForm, _("Contract manufacturing profile"))
