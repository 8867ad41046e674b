"""The exchange around a manufacturing order (catalog.orders): the buyer's private drawings, manufacturers'
quotes, and which manufacturers have been told of which orders, and how they want to be told."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class StoredFile(models.Model):
    """A file in the private storage; the database keeps the name it was uploaded with."""

    stored_name = models.CharField(max_length=255, unique=True)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(_("size"))

    class Meta:
        abstract = True
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.original_name


class OrderFile(StoredFile):
    """A drawing or specification of an order: seen by the buyer's members, staff, and the manufacturers the
    buyer has answered in the order's conversations (marketplace.access)."""

    # The order's row in the default language, which its translations follow.
    order = models.ForeignKey("catalog.Order", on_delete=models.CASCADE, related_name="files")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta(StoredFile.Meta):
        verbose_name = _("drawing or specification")
        verbose_name_plural = _("drawings and specifications")


class QuoteStatus(models.TextChoices):
    SENT = "sent", pgettext_lazy("quote status", "Waiting for the buyer")
    ACCEPTED = "accepted", pgettext_lazy("quote status", "Accepted")
    DECLINED = "declined", pgettext_lazy("quote status", "Not chosen")


class Quote(models.Model):
    order = models.ForeignKey(
        "catalog.Order", on_delete=models.CASCADE, related_name="quotes", verbose_name=_("order")
    )
    # The manufacturer's organization (its row in the default language).
    organization = models.ForeignKey(
        "catalog.Organization",
        on_delete=models.CASCADE,
        related_name="quotes",
        verbose_name=_("manufacturer"),
    )
    price = models.PositiveBigIntegerField(
        _("price for the batch, roubles"), validators=[MinValueValidator(1)]
    )
    lead_time_days = models.PositiveSmallIntegerField(_("lead time, days"), validators=[MinValueValidator(1)])
    valid_until = models.DateField(_("valid until"))
    comment = models.TextField(_("comment"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=QuoteStatus.choices, default=QuoteStatus.SENT
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        ordering = ["price", "lead_time_days", "pk"]
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        constraints = [
            # A manufacturer revises its quote rather than sending a second one.
            models.UniqueConstraint(fields=["order", "organization"], name="one_quote_per_manufacturer"),
            models.UniqueConstraint(
                fields=["order"],
                condition=models.Q(status="accepted"),
                name="one_accepted_quote_per_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization}: {self.order}"


class QuoteFile(StoredFile):
    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="files")

    class Meta(StoredFile.Meta):
        verbose_name = _("quote's file")
        verbose_name_plural = _("quotes' files")


class Frequency(models.TextChoices):
    DAILY = "daily", _("Once a day, in one email")
    IMMEDIATE = "immediate", _("At once, an email for each order")
    NEVER = "never", _("Do not tell me")


class OrderAlertSetting(models.Model):
    """How a member of a manufacturer hears of new orders its profile matches; daily when never chosen."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    organization = models.ForeignKey("catalog.Organization", on_delete=models.CASCADE, related_name="+")
    frequency = models.CharField(
        _("new matching orders"), max_length=10, choices=Frequency.choices, default=Frequency.DAILY
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organization"], name="one_order_alert_setting")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} / {self.organization_id}: {self.frequency}"


class OrderNotice(models.Model):
    """That a person was told (or is about to be, by a task already enqueued) of an order: nobody hears of
    the same order twice, whether by the immediate email or the digest."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    order = models.ForeignKey("catalog.Order", on_delete=models.CASCADE, related_name="+")
    noticed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "order"], name="one_notice_per_order")]

    def __str__(self) -> str:
        return f"{self.user_id} told of {self.order_id}"
