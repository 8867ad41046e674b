"""What the home page shows besides its own fields: figures computed from the pages, and the latest items."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.models.clusters import ClusterIndexPage, ClusterPage
from home.models.measures import MeasureStatus, SupportMeasureIndexPage, SupportMeasurePage, status_q
from home.models.news import NewsIndexPage, NewsPage

LATEST_NEWS = 3


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
    """The editorial figures; the catalogs add theirs ({% catalog_figures %})."""
    measures = SupportMeasurePage.objects.descendant_of(home).live().public()
    return [
        KeyFigure(measures.count(), _("Support measures")),
        KeyFigure(
            measures.filter(status_q(MeasureStatus.OPEN, timezone.localdate())).count(),
            _("Accepting applications now"),
        ),
        KeyFigure(ClusterPage.objects.descendant_of(home).live().public().count(), _("Industry clusters")),
    ]


def sections(home) -> list[Section]:
    """Where a visitor can start: the editorial sections of this language ({% catalog_sections %} adds the
    catalogs)."""
    in_tree = {"locale": home.locale}
    pages = [
        SupportMeasureIndexPage.objects.filter(**in_tree).live().first(),
        ClusterIndexPage.objects.filter(**in_tree).live().first(),
        NewsIndexPage.objects.filter(**in_tree).live().first(),
    ]
    return [Section(page.title, page.url, page.specific.intro) for page in pages if page]


def home_context(home) -> dict:
    return {
        "key_figures": key_figures(home),
        "featured_measures": [
            item.measure.localized
            for item in home.featured_measures.select_related("measure")
            if item.measure.live
        ],
        "latest_news": NewsPage.objects.descendant_of(home)
        .live()
        .public()
        .order_by("-date", "-pk")[:LATEST_NEWS],
        "sections": sections(home),
    }
