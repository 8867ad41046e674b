"""What the home page shows besides its own fields: figures computed from the data, and the latest items."""

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


def key_figures(home) -> list[KeyFigure]:
    measures = SupportMeasurePage.objects.descendant_of(home).live().public()
    return [
        KeyFigure(measures.count(), _("Support measures")),
        KeyFigure(
            measures.filter(status_q(MeasureStatus.OPEN, timezone.localdate())).count(),
            _("Accepting applications now"),
        ),
        KeyFigure(ClusterPage.objects.descendant_of(home).live().public().count(), _("Industry clusters")),
    ]


def home_context(home) -> dict:
    in_tree = {"locale": home.locale}
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
        "sections": [
            page
            for page in (
                SupportMeasureIndexPage.objects.filter(**in_tree).live().first(),
                ClusterIndexPage.objects.filter(**in_tree).live().first(),
                NewsIndexPage.objects.filter(**in_tree).live().first(),
            )
            if page
        ],
    }
