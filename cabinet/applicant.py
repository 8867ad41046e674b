"""The organization's side of the applications: what the form fills in for a member, and which applications
belong to the organization."""

from allauth.account.models import EmailAddress
from django.db.models.functions import Lower
from wagtail.models import Locale

from applications.emails import status_url
from applications.models import Application
from catalog.entry import localize
from core.applicant_details import ApplicantDetails
from home.models import SupportMeasurePage


def applicant_details(user, chosen: str) -> ApplicantDetails:
    """The person's name and address, and the facts of the organization they chose (by id), else of their
    first one; the organizations to choose from when they represent several."""
    details = {"contact_name": user.get_full_name(), "email": user.email}
    memberships = list(user.memberships.select_related("organization__region").order_by("joined_at", "pk"))
    organizations = [membership.organization for membership in memberships]
    organization = next((item for item in organizations if str(item.pk) == chosen), None)
    organization = organization or next(iter(organizations), None)
    if organization is not None:
        details.update(
            organization_name=organization.name,
            inn=organization.inn,
            ogrn=organization.ogrn,
            region=organization.region.code if organization.region else "",
        )
    named = localize(organizations)
    return ApplicantDetails(
        fields={name: value for name, value in details.items() if value},
        organizations=[(str(item.pk), str(name)) for item, name in zip(organizations, named, strict=True)]
        if len(organizations) > 1
        else [],
        chosen=str(organization.pk) if organization else "",
    )


def organization_applications(organization) -> list[tuple[Application, SupportMeasurePage, str]]:
    """(application, its measure in the reader's language, its status link) for the applications with the
    organization's INN sent from a confirmed address of one of its members, made before or after they
    joined: attached by these facts, not by a link stored when they were sent."""
    addresses = EmailAddress.objects.filter(user__memberships__organization=organization, verified=True)
    emails = {email.lower() for email in addresses.values_list("email", flat=True)}
    applications = list(
        Application.objects.filter(inn=organization.inn, personal_data_erased_at=None)
        .annotate(lower_email=Lower("email"))
        .filter(lower_email__in=emails)
        .select_related("measure")
        .order_by("-submitted_at", "-pk")
    )
    # The measures' translations in one query, not one per application.
    keys = {application.measure.translation_key for application in applications}
    translated = SupportMeasurePage.objects.filter(translation_key__in=keys, locale=Locale.get_active())
    measures = {measure.translation_key: measure for measure in translated}
    return [
        (
            application,
            measures.get(application.measure.translation_key, application.measure),
            status_url(application),
        )
        for application in applications
    ]
