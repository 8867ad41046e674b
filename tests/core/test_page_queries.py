"""What making an editorial page afresh costs: its first view, in a process that has served other pages (its
menu, content types and view restrictions are known) and does not have this one in the page cache."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import get_page_models

from core.page_cache import HEADER
from home.models import ClusterPage, HomePage, NewsPage, SupportMeasurePage

pytestmark = pytest.mark.django_db

BUDGET = 10


@pytest.mark.parametrize(
    "model", [HomePage, SupportMeasurePage, NewsPage, ClusterPage], ids=lambda model: model.__name__
)
def test_a_first_view_takes_at_most_ten_queries(client, demo_site, model):
    page = model.objects.filter(locale__language_code="ru").live().first()
    ContentType.objects.get_for_models(*get_page_models())  # a serving process read them long ago
    client.get("/ru/search/" if model is HomePage else "/ru/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200 and response[HEADER] == "miss"
    assert len(queries) <= BUDGET, "\n".join(query["sql"][:200] for query in queries.captured_queries)
