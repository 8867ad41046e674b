"""Support measures and a page to look for with the site search (tests/search/test_site_search_words.py and
tests/search/test_page_search_elasticsearch.py)."""

import datetime

import pytest
from django.utils import timezone

from home.models import StandardPage
from tests.factories import make_measure, measure_index

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


@pytest.fixture
def measures(homes, taxonomies):
    ru, en = measure_index(homes["ru"]), measure_index(homes["en"])
    made = {
        "startup": make_measure(
            ru,
            "Грант на развитие стартапа",
            summary="Гранты технологическим стартапам на запуск продукта.",
            deadline=TODAY + 30 * DAY,
        ),
        "export": make_measure(
            ru, "Грантовая поддержка экспорта", summary="Грант экспортёрам.", opens=TODAY + 10 * DAY
        ),
        "loan": make_measure(
            ru,
            "Льготный заём для производителей",
            kind="loan",
            summary="Займы под 3% годовых на оборудование.",
            deadline=TODAY - DAY,
        ),
        "en": make_measure(
            en, "Startup grant", summary="Grants for technology startups.", deadline=TODAY + 30 * DAY
        ),
    }
    news = homes["ru"].add_child(
        instance=StandardPage(title="Гранты города", slug="granty", intro="Какие гранты даёт город.")
    )
    news.save_revision().publish()
    made["page"] = news
    return made
