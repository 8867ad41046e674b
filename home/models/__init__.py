from .accessibility import AccessibilityReport, AccessibilityStatementPage
from .clusters import ClusterIndexPage, ClusterPage
from .measures import MeasureKind, MeasureStatus, SupportMeasureIndexPage, SupportMeasurePage
from .news import NewsIndexPage, NewsPage
from .pages import HomeFeaturedMeasure, HomePage, StandardPage

__all__ = [
    "AccessibilityReport",
    "AccessibilityStatementPage",
    "ClusterIndexPage",
    "ClusterPage",
    "HomeFeaturedMeasure",
    "HomePage",
    "MeasureKind",
    "MeasureStatus",
    "NewsIndexPage",
    "NewsPage",
    "StandardPage",
    "SupportMeasureIndexPage",
    "SupportMeasurePage",
]
