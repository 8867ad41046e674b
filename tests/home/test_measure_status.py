"""A measure's status comes from its dates on the day it is read; the deadline day itself is still open."""

import datetime

import pytest

from home.models import SupportMeasurePage
from home.models.measures import status_on, status_q
from tests.factories import make_measure, measure_index

TODAY = datetime.date(2026, 11, 25)
DAY = datetime.timedelta(days=1)


@pytest.mark.parametrize(
    "opens, deadline, status",
    [
        (TODAY + DAY, TODAY + 10 * DAY, "upcoming"),
        (TODAY, TODAY + 10 * DAY, "open"),
        (TODAY - 10 * DAY, TODAY, "open"),
        (TODAY - 10 * DAY, TODAY - DAY, "closed"),
        (TODAY, TODAY, "open"),
        (None, None, "open"),
        (None, TODAY - DAY, "closed"),
        (None, TODAY, "open"),
        (TODAY + DAY, None, "upcoming"),
        (TODAY - DAY, None, "open"),
    ],
)
def test_status_on_the_boundary_days(opens, deadline, status):
    assert status_on(opens, deadline, TODAY) == status


@pytest.mark.django_db
def test_status_filter_in_the_database_agrees_with_the_status_shown(homes, taxonomies):
    """Every combination of opening and deadline around today, filtered in SQL and computed in Python."""
    index = measure_index(homes["ru"])
    days = [None, TODAY - DAY, TODAY, TODAY + DAY]
    for opens in days:
        for deadline in days:
            if opens and deadline and opens > deadline:
                continue
            make_measure(index, f"Мера {opens} – {deadline}", opens=opens, deadline=deadline)
    measures = SupportMeasurePage.objects.child_of(index)
    for status in ("open", "upcoming", "closed"):
        filtered = {m.pk for m in measures.filter(status_q(status, TODAY))}
        computed = {m.pk for m in measures if status_on(m.opens, m.deadline, TODAY) == status}
        assert filtered == computed, status
        assert computed, f"no {status} measure among the combinations"


@pytest.mark.django_db
def test_the_page_shows_the_status_of_today(client, homes, taxonomies, monkeypatch):
    index = measure_index(homes["ru"])
    measure = make_measure(index, "Грант до сегодняшнего дня", deadline=TODAY)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: TODAY)
    assert "Приём заявок открыт" in client.get(measure.url).content.decode()
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: TODAY + DAY)
    assert "Приём заявок завершён" in client.get(measure.url).content.decode()
