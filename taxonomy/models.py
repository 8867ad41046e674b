"""Shared taxonomies: language-neutral slugs with Russian and English labels, loaded from taxonomy/data/.

They are plain models rather than translatable snippets, so a filter value (the slug) means the same thing
in both languages and switching language keeps a visitor's filters. Catalogs, editorial pages and applications
all use them, so they sit below those apps. Their tables keep the names they had when the catalog app held
them (`catalog_<model>`): moving the models moved no data.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Taxonomy(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255)

    class Meta:
        abstract = True
        ordering = ["name_ru"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.name_en if (get_language() or "ru").startswith("en") else self.name_ru


class Industry(Taxonomy):
    class Meta(Taxonomy.Meta):
        db_table = "catalog_industry"
        verbose_name = _("industry")
        verbose_name_plural = _("industries")


class Technology(Taxonomy):
    class Meta(Taxonomy.Meta):
        db_table = "catalog_technology"
        verbose_name = _("technology")
        verbose_name_plural = _("technologies")


class Audience(Taxonomy):
    """Who a support measure is for: startups, small businesses, universities, ..."""

    class Meta(Taxonomy.Meta):
        db_table = "catalog_audience"
        ordering = ["id"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class NewsTopic(Taxonomy):
    """A news tag, with the same slug in both languages so a tag filter survives a language switch."""

    class Meta(Taxonomy.Meta):
        db_table = "catalog_newstopic"
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")


class Region(Taxonomy):
    """A federal subject of Russia; `code` is the tax service's two-digit code (the start of an INN)."""

    class Kind(models.TextChoices):
        REPUBLIC = "republic", _("republic")
        KRAI = "krai", _("krai")
        OBLAST = "oblast", _("oblast")
        FEDERAL_CITY = "federal_city", _("federal city")
        AUTONOMOUS_OBLAST = "autonomous_oblast", _("autonomous oblast")
        AUTONOMOUS_OKRUG = "autonomous_okrug", _("autonomous okrug")

    code = models.CharField(_("code"), max_length=2, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)

    class Meta(Taxonomy.Meta):
        db_table = "catalog_region"
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Okrug(Taxonomy):
    """One of Moscow's administrative okrugs; `code` is its usual abbreviation (CAO, SAO, ...)."""

    code = models.CharField(_("code"), max_length=10, unique=True)

    class Meta(Taxonomy.Meta):
        db_table = "catalog_okrug"
        verbose_name = _("administrative okrug")
        verbose_name_plural = _("administrative okrugs")


class District(Taxonomy):
    """A district (район) or, in New Moscow, a settlement (поселение) within an okrug."""

    class Kind(models.TextChoices):
        DISTRICT = "district", _("district")
        SETTLEMENT = "settlement", _("settlement")

    okrug = models.ForeignKey(
        Okrug, on_delete=models.PROTECT, related_name="districts", verbose_name=_("okrug")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)

    class Meta(Taxonomy.Meta):
        db_table = "catalog_district"
        verbose_name = _("district")
        verbose_name_plural = _("districts")


class PremisesFeature(Taxonomy):
    """What a premises offers beyond floor space: power, a crane, a clean room, step-free access..."""

    class Meta(Taxonomy.Meta):
        db_table = "catalog_premisesfeature"
        verbose_name = _("premises feature")
        verbose_name_plural = _("premises features")


class OrganizationRole(Taxonomy):
    """What an organization is to the cluster: participant, partner, investor, industrial partner..."""

    class Meta(Taxonomy.Meta):
        db_table = "catalog_organizationrole"
        ordering = ["id"]
        verbose_name = _("organization role")
        verbose_name_plural = _("organization roles")


class Capability(Taxonomy):
    """A contract manufacturing process: CNC machining, injection moulding, PCB assembly..."""

    class Meta(Taxonomy.Meta):
        db_table = "catalog_capability"
        verbose_name = _("capability")
        verbose_name_plural = _("capabilities")


class Material(Taxonomy):
    class Meta(Taxonomy.Meta):
        db_table = "catalog_material"
        verbose_name = _("material")
        verbose_name_plural = _("materials")


class Certification(Taxonomy):
    class Meta(Taxonomy.Meta):
        db_table = "catalog_certification"
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")
