"""The application pages for the accessibility registry: paths on the demo site, and the pages only a
POST reaches (a form sent back with errors, the rate limit) rendered through Django's test client.

Applications are made without files: the browser tests run with the default private storage on disk.
"""

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from applications.models import Status
from home.models import SupportMeasurePage
from home.models.measures import MeasureStatus, status_q
from tests.applications.support import VALID
from tests.browser.accounts_pages import owner_of_two


def _measure(status: str) -> SupportMeasurePage:
    measures = SupportMeasurePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    return measures.filter(status_q(status, timezone.localdate())).order_by("pk").first()


def _apply_path(status: str, language: str) -> str:
    with translation.override(language):
        return reverse("applications:apply", args=[_measure(status).pk])


def _answers(measure: SupportMeasurePage, **changes) -> dict:
    amount = str(measure.amount_min or measure.amount_max or 100_000)
    return {**VALID, "requested_amount": amount, **changes}


def apply_form(status: str = MeasureStatus.OPEN) -> Callable[[dict, str], str]:
    return lambda data, language: _apply_path(status, language)


def status_page(data: dict, language: str) -> str:
    """An application asked for more information: its history, documents and the form to add files."""
    measure = _measure(MeasureStatus.OPEN)
    cache.clear()
    response = Client().post(_apply_path(MeasureStatus.OPEN, language), _answers(measure))
    application = measure.applications.latest("submitted_at")
    application.status = Status.INFORMATION_REQUESTED
    application.save()
    application.history.create(status=Status.INFORMATION_REQUESTED, comment="Пришлите устав организации.")
    return response["Location"]


def _posted(language: str, **changes) -> str:
    answers = _answers(_measure(MeasureStatus.OPEN), **changes)
    return Client().post(_apply_path(MeasureStatus.OPEN, language), answers).content.decode()


def form_with_errors(language: str) -> str:
    cache.clear()
    return _posted(language, inn="7707083894", email="anna@", consent="", requested_amount="")


def rate_limited(language: str) -> str:
    cache.clear()
    for _ in range(settings.APPLICATION_RATE_LIMIT):
        _posted(language)
    page = _posted(language)
    cache.clear()
    return page


def form_for_a_person_of_two_organizations(language: str) -> str:
    """A signed-in owner of two organizations: the form offers the choice of which one applies."""
    client = Client()
    client.force_login(owner_of_two())
    return client.get(_apply_path(MeasureStatus.OPEN, language)).content.decode()
