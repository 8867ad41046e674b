from .accessibility import AccessibilityReport, AccessibilityStatementPage
from .clusters import ClusterIndexPage, ClusterPage
from .images import CustomImage, CustomRendition
from .measures import MeasureKind, MeasureStatus, SupportMeasureIndexPage, SupportMeasurePage
from .news import NewsIndexPage, NewsPage
from .pages import HomeFeaturedMeasure, HomePage, StandardPage

__all__ = [
    "AccessibilityReport",
    "AccessibilityStatementPage",
    "ClusterIndexPage",
    "ClusterPage",
    "CustomImage",
    "CustomRendition",
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
