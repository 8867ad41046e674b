"""Contract-manufacturing orders: what a buyer organization needs made, how many, by when, with what."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from modelcluster.fields import ParentalManyToManyField

from catalog.entry import CatalogEntry

# A target date further ahead than this is a mistyped year rather than a batch anyone plans for.
FURTHEST_TARGET_YEARS = 5


class OrderStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("order status", "Open")
    CLOSED = "closed", pgettext_lazy("order status", "Closed")


class Order(CatalogEntry):
    name = models.CharField(_("what is to be made"), max_length=255)
    organization = models.ForeignKey(
        "catalog.Organization",
        on_delete=models.CASCADE,
        related_name="orders",
        verbose_name=_("buyer"),
    )
    description = models.TextField(_("description"), blank=True)
    capabilities = ParentalManyToManyField("taxonomy.Capability", verbose_name=_("capabilities required"))
    materials = ParentalManyToManyField("taxonomy.Material", blank=True, verbose_name=_("materials"))
    certifications = ParentalManyToManyField(
        "taxonomy.Certification", blank=True, verbose_name=_("certifications required")
    )
    batch_size = models.PositiveIntegerField(_("batch size, pieces"), validators=[MinValueValidator(1)])
    target_date = models.DateField(_("target date"), help_text=_("The day by which the batch is needed."))
    budget = models.PositiveBigIntegerField(
        _("budget, roubles"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    region = models.ForeignKey(
        "taxonomy.Region", on_delete=models.PROTECT, related_name="orders", verbose_name=_("delivery region")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=OrderStatus.choices, default=OrderStatus.OPEN
    )

    text_fields = ("name", "description")

    class Meta(CatalogEntry.Meta):
        verbose_name = _("manufacturing order")
        verbose_name_plural = _("manufacturing orders")
        ordering = ["-created"]

    def clean(self):
        super().clean()
        # Past target dates are allowed: a closed order keeps the date it was placed for.
        today = timezone.localdate()
        if self.target_date and self.target_date.year > today.year + FURTHEST_TARGET_YEARS:
            message = ngettext(
                "The target date is more than %(years)s year ahead: check the year.",
                "The target date is more than %(years)s years ahead: check the year.",
                FURTHEST_TARGET_YEARS,
            )
            raise ValidationError({"target_date": message % {"years": FURTHEST_TARGET_YEARS}})
