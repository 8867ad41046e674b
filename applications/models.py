"""An application for a support measure, its attachments (in the private storage) and its status history."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from catalog.validators import validate_inn, validate_ogrn

# No 0/O, 1/I/L: a reference is read out over the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_LENGTH = 8


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    INFORMATION_REQUESTED = "information_requested", _("Information requested")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


CLOSED_STATUSES = (Status.APPROVED, Status.REJECTED)

# Which status a reviewer may move an application to from each status.
TRANSITIONS = {
    Status.SUBMITTED: (Status.IN_REVIEW, Status.INFORMATION_REQUESTED, Status.REJECTED),
    Status.IN_REVIEW: (Status.INFORMATION_REQUESTED, Status.APPROVED, Status.REJECTED),
    Status.INFORMATION_REQUESTED: (Status.IN_REVIEW, Status.APPROVED, Status.REJECTED),
    Status.APPROVED: (),
    Status.REJECTED: (),
}


def new_reference() -> str:
    return "IM-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


def new_token_nonce() -> str:
    return secrets.token_urlsafe(32)


class Application(models.Model):
    reference = models.CharField(_("reference"), max_length=20, unique=True, default=new_reference)
    measure = models.ForeignKey(
        "home.SupportMeasurePage",
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("support measure"),
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=30, choices=Status.choices, default=Status.SUBMITTED)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    organization_name = models.CharField(_("organization"), max_length=255)
    inn = models.CharField(_("INN"), max_length=12, validators=[validate_inn])
    ogrn = models.CharField(_("OGRN"), max_length=15, validators=[validate_ogrn])
    region = models.ForeignKey(
        "taxonomy.Region", on_delete=models.PROTECT, related_name="+", verbose_name=_("region")
    )
    contact_name = models.CharField(_("contact person"), max_length=255)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40)
    project_summary = models.TextField(_("project summary"))
    requested_amount = models.PositiveBigIntegerField(_("requested amount"))
    privacy_policy_version = models.CharField(_("privacy policy version agreed to"), max_length=40)
    # The status link is an HMAC of this random value: nothing in the database alone opens it.
    token_nonce = models.CharField(max_length=64, default=new_token_nonce, editable=False)
    personal_data_erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        # Not given to Reviewers: erasing on request is for whoever handles data-protection requests.
        permissions = [("erase_application", _("Can erase an applicant's personal data"))]

    def __str__(self) -> str:
        return f"{self.reference} — {self.organization_name}"

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    @property
    def accepts_files(self) -> bool:
        return self.status == Status.INFORMATION_REQUESTED and self.personal_data_erased_at is None

    def status_token(self, secret: str | None = None) -> str:
        value = f"{self.pk}:{self.token_nonce}"
        return salted_hmac("applications.status", value, secret=secret, algorithm="sha256").hexdigest()

    def token_matches(self, token: str) -> bool:
        # Links emailed before a SECRET_KEY rotation keep working while the old key is a fallback.
        secrets_in_use = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
        return any(constant_time_compare(self.status_token(secret), token) for secret in secrets_in_use)


class Attachment(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("application")
    )
    # The name in the "private" storage; the applicant's file name is kept apart and never used as a path.
    stored_name = models.CharField(max_length=255, unique=True)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(_("size"))
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.original_name


class StatusChange(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="history", verbose_name=_("application")
    )
    status = models.CharField(_("status"), max_length=30, choices=Status.choices)
    # Empty when the applicant made the change (submitting, adding requested files).
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    changed_at = models.DateTimeField(_("changed"), auto_now_add=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.application.reference}: {self.get_status_display()}"
