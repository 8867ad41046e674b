"""Owners invite colleagues by email address; the link makes whoever signs in with that address (confirmed)
a member or an owner of the organization."""

import logging

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from cabinet.models import Invitation, Membership

logger = logging.getLogger(__name__)


def invite(organization, email: str, role: str, by, language: str) -> Invitation:
    """Stores the invitation first, then mails the link: a mail server failure is logged, and the owner can
    see the invitation waiting and send it again."""
    invitation = Invitation.objects.create(organization=organization, email=email, role=role, invited_by=by)
    with translation.override(language):
        link = settings.SITE_URL + reverse("cabinet:invitation", args=[invitation.token])
        context = {"invitation": invitation, "organization": organization, "link": link, "by": by}
        subject = render_to_string("cabinet/email/invitation_subject.txt", context).strip()
        body = render_to_string("cabinet/email/invitation.txt", context)
    try:
        send_mail(subject, body, None, [email])
    except OSError:
        logger.exception("Could not send the invitation %s", invitation.pk)
    return invitation


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
