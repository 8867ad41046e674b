"""Organizations: cluster participants and partners, investors, industrial partners (the partner search)."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField

from catalog.entry import SOURCE_LANGUAGE, CatalogEntry
from catalog.validators import validate_inn, validate_ogrn


class LegalForm(models.TextChoices):
    LLC = "llc", _("Limited liability company (OOO)")
    JSC = "jsc", _("Joint-stock company (AO)")
    PJSC = "pjsc", _("Public joint-stock company (PAO)")
    SOLE_PROPRIETOR = "sole_proprietor", _("Sole proprietor (IP)")
    STATE_INSTITUTION = "state_institution", _("State institution")
    NON_PROFIT = "non_profit", _("Non-profit organisation (ANO)")


class CompanySize(models.TextChoices):
    MICRO = "micro", _("Micro (up to 15 employees)")
    SMALL = "small", _("Small (16 to 100 employees)")
    MEDIUM = "medium", _("Medium (101 to 250 employees)")
    LARGE = "large", _("Large (more than 250 employees)")


class Organization(CatalogEntry):
    name = models.CharField(_("name"), max_length=255)
    inn = models.CharField(_("INN"), max_length=12, validators=[validate_inn])
    ogrn = models.CharField(_("OGRN or OGRNIP"), max_length=15, validators=[validate_ogrn], blank=True)
    legal_form = models.CharField(_("legal form"), max_length=20, choices=LegalForm.choices)
    region = models.ForeignKey(
        "taxonomy.Region", on_delete=models.PROTECT, related_name="organizations", verbose_name=_("region")
    )
    industries = ParentalManyToManyField("taxonomy.Industry", blank=True, verbose_name=_("industries"))
    roles = ParentalManyToManyField("taxonomy.OrganizationRole", verbose_name=_("roles"))
    # Entries in every language point to the Russian cluster pages, which pages show in the reader's language.
    clusters = ParentalManyToManyField(
        "home.ClusterPage",
        blank=True,
        related_name="members",
        verbose_name=_("clusters"),
        limit_choices_to={"locale__language_code": SOURCE_LANGUAGE},
    )
    size = models.CharField(_("size"), max_length=10, choices=CompanySize.choices)
    founded = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, validators=[MinValueValidator(1700)]
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "core.CustomImage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("logo"),
    )

    text_fields = ("name", "description")

    class Meta(CatalogEntry.Meta):
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["inn", "locale"], name="organization_inn_unique_per_locale")
        ]

    def clean(self):
        super().clean()
        errors = {}
        sole = self.legal_form == LegalForm.SOLE_PROPRIETOR
        if self.inn and len(self.inn) != (12 if sole else 10):
            errors["inn"] = (
                _("A sole proprietor's INN has 12 digits.") if sole else _("An INN has 10 digits.")
            )
        if self.ogrn and len(self.ogrn) != (15 if sole else 13):
            errors["ogrn"] = _("An OGRNIP has 15 digits.") if sole else _("An OGRN has 13 digits.")
        if self.founded and self.founded > datetime.date.today().year:
            errors["founded"] = _("The year founded cannot be in the future.")
        if errors:
            raise ValidationError(errors)
