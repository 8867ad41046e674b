from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.serving import LeanServing
from core.slugs import ReadableSlug


class HomePage(ReadableSlug, RoutablePageMixin, LeanServing, Page):
    """The root of each language's tree: what the platform offers, in figures, and where to go next."""

    intro = models.TextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "core.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        InlinePanel("featured_measures", label=_("Featured support measures"), max_num=6),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from home.home_sections import home_context

        return {**super().get_context(request, *args, **kwargs), **home_context(self)}

    @path("visual-settings/", name="visual_settings")
    def visual_settings(self, request):
        """The version for the visually impaired, switched here so that every page of the language (also
        those outside the page tree) links to one address without a URL pattern of its own."""
        from core.visual_settings import apply_choice

        return apply_choice(request, fallback=self.url)


class HomeFeaturedMeasure(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_measures")
    measure = models.ForeignKey(
        "home.SupportMeasurePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("measure")
    )

    panels = [FieldPanel("measure")]


class StandardPage(ReadableSlug, LeanServing, Page):
    """About, contacts, privacy policy, accessibility statement and the like."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
