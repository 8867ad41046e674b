"""What making an editorial page afresh costs: its first view, in a process that has served other pages (its
menu, content types and view restrictions are known) and does not have this one in the page cache."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import get_page_models

from core.page_cache import HEADER
from home.models import (
    AccessibilityStatementPage,
    ClusterIndexPage,
    ClusterPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    SupportMeasureIndexPage,
    SupportMeasurePage,
)

pytestmark = pytest.mark.django_db

BUDGET = 10
PAGE_TYPES = [
    HomePage,
    SupportMeasureIndexPage,
    SupportMeasurePage,
    NewsIndexPage,
    NewsPage,
    ClusterIndexPage,
    ClusterPage,
    StandardPage,
    AccessibilityStatementPage,
]


def fullest(model, language):
    """A live page of the type in the language, one that shows all it can: a cluster with members and
    projects reads both, and in English their English text too."""
    pages = model.objects.filter(locale__language_code=language).live()
    if model is ClusterPage:
        shown = ClusterPage.objects.filter(members__isnull=False, projects__isnull=False)
        pages = pages.filter(translation_key__in=shown.values("translation_key"))
    return pages.first()


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_a_first_view_takes_at_most_ten_queries(client, demo_site, model, language):
    page = fullest(model, language)
    ContentType.objects.get_for_models(*get_page_models())  # a serving process read them long ago
    client.get(f"/{language}/search/" if model is HomePage else f"/{language}/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200 and response[HEADER] == "miss"
    assert len(queries) <= BUDGET, "\n".join(query["sql"][:200] for query in queries.captured_queries)
