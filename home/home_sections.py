"""What the home page shows besides its own fields: figures computed from the pages, and the latest items."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.serving import public
from home.models.clusters import ClusterIndexPage, ClusterPage
from home.models.measures import MeasureStatus, SupportMeasureIndexPage, SupportMeasurePage, status_q
from home.models.news import NewsIndexPage, NewsPage

LATEST_NEWS = 3
SECTIONS = (SupportMeasureIndexPage, ClusterIndexPage, NewsIndexPage)


@dataclass(frozen=True)
class KeyFigure:
    value: int
    label: str


@dataclass(frozen=True)
class Section:
    title: str
    url: str
    description: str


def key_figures(home) -> list[KeyFigure]:
    """The editorial figures, counted in one query; the catalogs add theirs ({% catalog_figures %})."""
    measures = public(SupportMeasurePage.objects.descendant_of(home).live())
    open_now = measures.filter(status_q(MeasureStatus.OPEN, timezone.localdate()))
    clusters = public(ClusterPage.objects.descendant_of(home).live())
    counts = Page.objects.descendant_of(home).aggregate(
        measures=Count("pk", filter=Q(pk__in=measures.values("pk"))),
        open=Count("pk", filter=Q(pk__in=open_now.values("pk"))),
        clusters=Count("pk", filter=Q(pk__in=clusters.values("pk"))),
    )
    return [
        KeyFigure(counts["measures"], _("Support measures")),
        KeyFigure(counts["open"], _("Accepting applications now")),
        KeyFigure(counts["clusters"], _("Industry clusters")),
    ]


def sections(home) -> list[Section]:
    """Where a visitor can start: the editorial sections of this language ({% catalog_sections %} adds the
    catalogs). Their index pages are read in one query, each with its own type's row joined."""
    names = [model._meta.model_name for model in SECTIONS]
    pages = Page.objects.live().filter(locale_id=home.locale_id).type(*SECTIONS).select_related(*names)
    found = {}
    for page in pages.order_by("path"):
        own = next(getattr(page, name) for name in names if hasattr(page, name))
        found.setdefault(type(own), Section(page.title, page.url, own.intro))
    return [found[model] for model in SECTIONS if model in found]


def featured_measures(home) -> list[SupportMeasurePage]:
    """The live measures the editors chose, each in the home page's language where it has a live
    translation (as `localized` would give it, in one query for them all)."""
    chosen = [item.measure for item in home.featured_measures.select_related("measure") if item.measure.live]
    elsewhere = [measure.translation_key for measure in chosen if measure.locale_id != home.locale_id]
    translated = {}
    if elsewhere:
        translations = SupportMeasurePage.objects.live().filter(
            locale_id=home.locale_id, translation_key__in=elsewhere
        )
        translated = {measure.translation_key: measure for measure in translations}
    return [translated.get(measure.translation_key, measure) for measure in chosen]


def home_context(home) -> dict:
    news = public(NewsPage.objects.descendant_of(home).live())
    return {
        "key_figures": key_figures(home),
        "featured_measures": featured_measures(home),
        "latest_news": news.order_by("-date", "-pk")[:LATEST_NEWS],
        "sections": sections(home),
    }
