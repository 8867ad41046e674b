"""Who speaks for an organization of the catalog: its members (owners and colleagues), the claims, with
their evidence, that staff approve before anyone becomes one, and owners' invitations to colleagues."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How long an invitation's link works.
INVITATION_DAYS = 14


class Role(models.TextChoices):
    OWNER = "owner", _("Owner")
    MEMBER = "member", _("Member")


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    # The organization's row in the default language, which its translations follow.
    organization = models.ForeignKey(
        "catalog.Organization",
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organization"),
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organization"], name="one_membership_per_user")
        ]
        ordering = ["joined_at", "pk"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self) -> str:
        return f"{self.user.email}: {self.organization}"


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class Claim(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="claims", verbose_name=_("user")
    )
    organization = models.ForeignKey(
        "catalog.Organization",
        on_delete=models.CASCADE,
        related_name="claims",
        verbose_name=_("organization"),
    )
    position = models.CharField(_("position"), max_length=200)
    status = models.CharField(
        _("status"), max_length=10, choices=ClaimStatus.choices, default=ClaimStatus.PENDING
    )
    reason = models.TextField(_("reason for the decision"), blank=True)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("claim to an organization")
        verbose_name_plural = _("claims to organizations")

    def __str__(self) -> str:
        return f"{self.organization} ({self.user.email})"


class ClaimLetter(models.Model):
    """A letter of authority or other evidence, in the private storage."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="letters")
    # The name in the "private" storage; the claimant's file name is kept apart and never used as a path.
    stored_name = models.CharField(max_length=255, unique=True)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(_("size"))

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.original_name


def _token() -> str:
    return secrets.token_urlsafe(32)


class Invitation(models.Model):
    """An owner's invitation to a colleague, by email address: the link works for whoever signs in with that
    address confirmed, once, for INVITATION_DAYS."""

    organization = models.ForeignKey(
        "catalog.Organization", on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("email address"))
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=64, unique=True, default=_token)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.email}: {self.organization}"

    @property
    def open(self) -> bool:
        return self.accepted_at is None and timezone.now() - self.created_at < timedelta(days=INVITATION_DAYS)
