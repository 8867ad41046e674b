"""The organization's side of the applications: what the form fills in for a member, and which applications
belong to the organization."""

from allauth.account.models import EmailAddress
from django.db.models.functions import Lower

from applications.models import Application


def applicant_details(user) -> dict[str, str]:
    """The person's name and address, and their first organization's facts."""
    details = {"contact_name": user.get_full_name(), "email": user.email}
    membership = user.memberships.select_related("organization__region").order_by("joined_at", "pk").first()
    if membership is not None:
        organization = membership.organization
        details.update(
            organization_name=organization.name,
            inn=organization.inn,
            ogrn=organization.ogrn,
            region=organization.region.code if organization.region else "",
        )
    return {name: value for name, value in details.items() if value}


def organization_applications(organization):
    """Applications with the organization's INN sent from a confirmed address of one of its members, made
    before or after they joined: attached by these facts, not by a link stored when they were sent."""
    addresses = EmailAddress.objects.filter(user__memberships__organization=organization, verified=True)
    emails = {email.lower() for email in addresses.values_list("email", flat=True)}
    return (
        Application.objects.filter(inn=organization.inn, personal_data_erased_at=None)
        .annotate(lower_email=Lower("email"))
        .filter(lower_email__in=emails)
        .select_related("measure")
        .order_by("-submitted_at", "-pk")
    )
