"""Contract manufacturers: what an organization can make for others, from what, in what batches."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField

from catalog.entry import CatalogEntry


class Manufacturer(CatalogEntry):
    organization = models.ForeignKey(
        "catalog.Organization",
        on_delete=models.CASCADE,
        related_name="manufacturer_profiles",
        verbose_name=_("organization"),
    )
    capabilities = ParentalManyToManyField("taxonomy.Capability", verbose_name=_("capabilities"))
    materials = ParentalManyToManyField("taxonomy.Material", blank=True, verbose_name=_("materials"))
    certifications = ParentalManyToManyField(
        "taxonomy.Certification", blank=True, verbose_name=_("certifications")
    )
    batch_min = models.PositiveIntegerField(_("smallest batch, pieces"), validators=[MinValueValidator(1)])
    batch_max = models.PositiveIntegerField(_("largest batch, pieces"), validators=[MinValueValidator(1)])
    lead_time_days = models.PositiveSmallIntegerField(_("lead time, days"), validators=[MinValueValidator(1)])
    description = models.TextField(_("description"), blank=True)

    named_after = "organization"
    text_fields = ("description",)

    class Meta(CatalogEntry.Meta):
        verbose_name = _("manufacturer")
        verbose_name_plural = _("manufacturers")
        ordering = ["organization__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "locale"], name="manufacturer_one_per_organization"
            )
        ]

    def clean(self):
        super().clean()
        if self.batch_min and self.batch_max and self.batch_min > self.batch_max:
            message = _("The largest batch must not be smaller than the smallest.")
            raise ValidationError({"batch_max": message})
