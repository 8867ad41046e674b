"""News: a paginated, topic-filterable listing with an Atom feed per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.serving import LeanServing, public
from core.slugs import ReadableSlug


class NewsIndexPage(ReadableSlug, RoutablePageMixin, LeanServing, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def news(self):
        return public(NewsPage.objects.child_of(self).live()).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        from home.news_listing import listing_context

        return {**super().get_context(request, *args, **kwargs), **listing_context(request, self)}

    @path("feed/", name="feed")
    def feed(self, request):
        from home.feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(ReadableSlug, LeanServing, Page):
    date = models.DateField(_("date"))
    lead = models.TextField(_("lead"))
    image = models.ForeignKey(
        "core.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    topics = ParentalManyToManyField("taxonomy.NewsTopic", blank=True, verbose_name=_("tags"))
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("topics"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []
    read_with = ("image",)
    override_translatable_fields = [SynchronizedField(name, overridable=False) for name in ("date", "topics")]

    class Meta:
        verbose_name = _("news item")
