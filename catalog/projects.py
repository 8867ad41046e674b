"""Innovative projects of the cluster's participants."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField

from catalog.entry import SOURCE_LANGUAGE, CatalogEntry


class ProjectStage(models.TextChoices):
    IDEA = "idea", _("Idea")
    PROTOTYPE = "prototype", _("Prototype")
    MVP = "mvp", _("Minimum viable product")
    PILOT = "pilot", _("Pilot")
    SCALING = "scaling", _("Scaling")


class Project(CatalogEntry):
    name = models.CharField(_("name"), max_length=255)
    organization = models.ForeignKey(
        "catalog.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects",
        verbose_name=_("organization"),
    )
    industry = models.ForeignKey(
        "taxonomy.Industry", on_delete=models.PROTECT, related_name="projects", verbose_name=_("industry")
    )
    technologies = ParentalManyToManyField("taxonomy.Technology", blank=True, verbose_name=_("technologies"))
    stage = models.CharField(_("stage"), max_length=10, choices=ProjectStage.choices)
    cluster = models.ForeignKey(
        "home.ClusterPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects",
        verbose_name=_("cluster"),
        limit_choices_to={"locale__language_code": SOURCE_LANGUAGE},  # as Organization.clusters
    )
    investment_sought = models.PositiveBigIntegerField(_("investment sought, roubles"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("year started"), validators=[MinValueValidator(1990)])
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)

    text_fields = ("name", "description")

    class Meta(CatalogEntry.Meta):
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["name"]

    def clean(self):
        super().clean()
        if self.year and self.year > datetime.date.today().year:
            raise ValidationError({"year": _("The year cannot be in the future.")})
