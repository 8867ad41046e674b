"""The site's own settings that every page shows (the footer's links and contacts), and what the content
checks found.

The tables keep the names they had when the home app held these models (`home_footer*`).
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from core.content_checks import Check, Problem
from core.images import CustomImage, CustomRendition

__all__ = ["ContentProblem", "CustomImage", "CustomRendition", "FooterLink", "FooterSettings", "ScheduledRun"]


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


class ContentProblem(models.Model):
    """What a content check (core.content_checks) found in a live page or a catalog entry."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    title = models.CharField(_("title"), max_length=255)
    language = models.CharField(_("language"), max_length=8)
    failed_check = models.CharField(_("check"), max_length=20, choices=Check.choices)
    detail = models.CharField(_("what was found"), max_length=255)
    found_at = models.DateTimeField(_("found"), auto_now_add=True)

    class Meta:
        verbose_name = _("content problem")
        verbose_name_plural = _("content problems")
        ordering = ["failed_check", "title"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.title}: {self.detail}"

    @classmethod
    def of(cls, obj: models.Model, content_type: ContentType, problem: Problem) -> "ContentProblem":
        return cls(
            content_type=content_type,
            object_id=obj.pk,
            title=str(obj)[:255],
            language=obj.locale.language_code,
            failed_check=problem.failed_check,
            detail=problem.detail[:255],
        )


class ScheduledRun(models.Model):
    """When the scheduler last enqueued a periodic job (core.schedule)."""

    command = models.CharField(max_length=100, unique=True)
    enqueued_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.command}: {self.enqueued_at:%Y-%m-%d %H:%M}"
