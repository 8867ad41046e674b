"""Premises for rent: offices, production floors, laboratories, warehouses, coworking places."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.models import Orderable

from catalog.entry import CatalogEntry


class PremisesKind(models.TextChoices):
    OFFICE = "office", _("Office")
    PRODUCTION = "production", _("Production")
    LABORATORY = "laboratory", _("Laboratory")
    WAREHOUSE = "warehouse", _("Warehouse")
    COWORKING = "coworking", _("Coworking")
    SHOWROOM = "showroom", _("Showroom")


class Premises(CatalogEntry):
    title = models.CharField(_("title"), max_length=255)
    owner = models.CharField(_("technopark or owner"), max_length=255)
    # The organization whose members keep the listing current from their cabinet, if it has one.
    organization = models.ForeignKey(
        "catalog.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="premises",
        verbose_name=_("listed by"),
    )
    address = models.CharField(_("address"), max_length=255)
    okrug = models.ForeignKey(
        "taxonomy.Okrug", on_delete=models.PROTECT, related_name="premises", verbose_name=_("okrug")
    )
    district = models.ForeignKey(
        "taxonomy.District", on_delete=models.PROTECT, related_name="premises", verbose_name=_("district")
    )
    kind = models.CharField(_("type"), max_length=20, choices=PremisesKind.choices)
    area = models.DecimalField(
        _("area, m²"), max_digits=8, decimal_places=1, validators=[MinValueValidator(Decimal("1"))]
    )
    rent = models.PositiveIntegerField(_("rent, roubles per m² per month"))
    available_from = models.DateField(
        _("available from"),
        null=True,
        blank=True,
        help_text=_("For premises that are let: when they become free."),
    )
    floor = models.SmallIntegerField(
        _("floor"), validators=[MinValueValidator(-5), MaxValueValidator(100)], null=True, blank=True
    )
    features = ParentalManyToManyField("taxonomy.PremisesFeature", blank=True, verbose_name=_("features"))
    is_available = models.BooleanField(_("free now"), default=True)
    contact_name = models.CharField(_("contact person"), max_length=255, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    description = models.TextField(_("description"), blank=True)

    name_field = "title"
    text_fields = ("title", "owner", "address", "description", "contact_name")

    class Meta(CatalogEntry.Meta):
        verbose_name = _("premises")
        verbose_name_plural = _("premises")
        ordering = ["title"]

    def clean(self):
        super().clean()
        if self.district_id and self.okrug_id and self.district.okrug_id != self.okrug_id:
            raise ValidationError({"district": _("This district is not in the chosen okrug.")})
        if self.is_available and self.available_from and self.available_from > timezone.localdate():
            raise ValidationError(
                {
                    "available_from": _(
                        "Premises free now have no date ahead: untick “free now” or clear the date."
                    )
                }
            )
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both coordinates or neither.")})


class PremisesPhoto(Orderable):
    premises = ParentalKey(Premises, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "core.CustomImage", on_delete=models.CASCADE, related_name="+", verbose_name=_("image")
    )
