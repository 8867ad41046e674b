"""What the home page shows besides its own fields: figures computed from the data, and the latest items."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalog.entry import SOURCE_LANGUAGE
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
    from catalog.models import Manufacturer, Organization, Premises, Project

    measures = SupportMeasurePage.objects.descendant_of(home).live().public()
    entries = {"locale__language_code": SOURCE_LANGUAGE}
    return [
        KeyFigure(
            Organization.objects.filter(roles__slug="participant", **entries).count(),
            _("Cluster participants"),
        ),
        KeyFigure(measures.count(), _("Support measures")),
        KeyFigure(
            measures.filter(status_q(MeasureStatus.OPEN, timezone.localdate())).count(),
            _("Accepting applications now"),
        ),
        KeyFigure(ClusterPage.objects.descendant_of(home).live().public().count(), _("Industry clusters")),
        KeyFigure(Premises.objects.filter(is_available=True, **entries).count(), _("Premises for rent")),
        KeyFigure(Project.objects.filter(**entries).count(), _("Innovative projects")),
        KeyFigure(Manufacturer.objects.filter(**entries).count(), _("Contract manufacturers")),
    ]


CATALOG_SECTIONS = [
    ("premises", _("Premises"), _("Offices, production floors, laboratories and warehouses for rent.")),
    ("projects", _("Innovative projects"), _("What Moscow's innovative companies are building.")),
    (
        "organizations",
        _("Partners and investors"),
        _("Cluster participants, partners, investors and industry."),
    ),
    (
        "manufacturers",
        _("Contract manufacturers"),
        _("Who can make your product, from what, in what batches."),
    ),
]


def sections(home) -> list[Section]:
    """Where a visitor can start: the editorial sections of this language, then each catalog."""
    in_tree = {"locale": home.locale}
    pages = [
        SupportMeasureIndexPage.objects.filter(**in_tree).live().first(),
        ClusterIndexPage.objects.filter(**in_tree).live().first(),
        NewsIndexPage.objects.filter(**in_tree).live().first(),
    ]
    return [Section(page.title, page.url, page.specific.intro) for page in pages if page] + [
        Section(str(title), reverse(f"catalog:{segment}-list"), str(description))
        for segment, title, description in CATALOG_SECTIONS
    ]


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
