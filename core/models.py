"""The site's own settings that every page shows: the footer's links and contacts.

The tables keep the names they had when the home app held these models (`home_footer*`).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from core.images import CustomImage, CustomRendition

__all__ = ["CustomImage", "CustomRendition", "FooterLink", "FooterSettings"]


@register_setting(icon="list-ul")
class FooterSettings(ClusterableModel, BaseSiteSetting):
    """Footer links chosen by editors; each shows the linked page's title in the visitor's language."""

    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("contact_phone"),
        InlinePanel("links", label=_("Footer links")),
    ]

    class Meta:
        db_table = "home_footersettings"
        verbose_name = _("footer")


class FooterLink(Orderable):
    settings = ParentalKey(FooterSettings, on_delete=models.CASCADE, related_name="links")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        db_table = "home_footerlink"
