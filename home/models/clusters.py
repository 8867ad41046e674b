"""The twelve cross-industry clusters of the Moscow Innovation Cluster."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.serving import LeanServing, public
from core.slugs import ReadableSlug


class ClusterIndexPage(ReadableSlug, LeanServing, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ClusterPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("cluster index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["clusters"] = (
            public(ClusterPage.objects.child_of(self).live()).select_related("industry").order_by("title")
        )
        return context


class ClusterPage(ReadableSlug, LeanServing, Page):
    industry = models.ForeignKey(
        "taxonomy.Industry", on_delete=models.PROTECT, related_name="clusters", verbose_name=_("industry")
    )
    summary = models.TextField(_("summary"))
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    goals = RichTextField(_("goals"), features=RICH_TEXT_FEATURES)
    coordinator = models.CharField(_("coordinator"), max_length=255)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("industry"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("goals"),
        MultiFieldPanel(
            [
                FieldPanel("coordinator"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Coordinator and contacts"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("industry"),
    ]
    parent_page_types = ["home.ClusterIndexPage"]
    subpage_types = []
    read_with = ("industry",)
    override_translatable_fields = [
        SynchronizedField(name, overridable=False) for name in ("industry", "contact_email", "contact_phone")
    ]

    class Meta:
        verbose_name = _("cluster")
