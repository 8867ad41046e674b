"""Owners invite colleagues by email address; the link makes whoever signs in with that address (confirmed)
a member or an owner of the organization."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from cabinet.models import Invitation, Membership
from core.background import background_task


def invite(organization, email: str, role: str, by, language: str) -> Invitation:
    """Stores the invitation and its email, which the background worker sends (and tries again if the mail
    server fails); the owner sees the invitation waiting meanwhile."""
    with transaction.atomic():
        invitation = Invitation.objects.create(
            organization=organization, email=email, role=role, invited_by=by
        )
        send_invitation.enqueue(invitation.pk, language)
    return invitation


@background_task
def send_invitation(invitation_pk: int, language: str) -> None:
    invitation = Invitation.objects.select_related("organization", "invited_by").get(pk=invitation_pk)
    with translation.override(language):
        link = settings.SITE_URL + reverse("cabinet:invitation", args=[invitation.token])
        context = {
            "invitation": invitation,
            "organization": invitation.organization,
            "link": link,
            "by": invitation.invited_by,
        }
        subject = render_to_string("cabinet/email/invitation_subject.txt", context).strip()
        body = render_to_string("cabinet/email/invitation.txt", context)
    send_mail(subject, body, None, [invitation.email])


def addressed_to(invitation: Invitation, user) -> bool:
    return EmailAddress.objects.filter(user=user, email__iexact=invitation.email, verified=True).exists()


def accept(invitation: Invitation, user) -> Membership:
    with transaction.atomic():
        membership, _created = Membership.objects.get_or_create(
            user=user, organization=invitation.organization, defaults={"role": invitation.role}
        )
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])
    return membership
