"""Saved searches, reminders and the subscription to new measures, for the accessibility registry: the demo's
first organization's owner with a saved search and a followed measure, and a visitor's subscription."""

from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from alerts import tokens
from alerts.models import FollowedMeasure, SavedSearch
from alerts.searches import describe
from home.models import SupportMeasurePage
from tests.browser.accounts_pages import _owner, _page

SUBSCRIBER = "founder@mail.example"


def saved_searches_and_reminders(language: str) -> str:
    owner, _organization = _owner()
    now = timezone.now()
    with translation.override(language):
        title = describe("premises", "kind=office&q=Зеленоград")
    SavedSearch.objects.get_or_create(
        user=owner,
        scope="premises",
        query="kind=office&q=Зеленоград",
        language=language,
        defaults={"title": title, "checked_at": now, "confirmed_at": now},
    )
    ahead = SupportMeasurePage.objects.live().filter(
        locale__language_code=language, deadline__gte=timezone.localdate()
    )
    measure = ahead.order_by("pk").first()
    FollowedMeasure.objects.get_or_create(user=owner, measure=measure)
    return _page(language, "alerts:index", user=owner)


def subscription_with_errors(language: str) -> str:
    return _page(language, "alerts:subscribe", post={"email": "founder@", "frequency": "weekly"})


def subscription_sent(language: str) -> str:
    return _page(language, "alerts:subscribe", post={"email": SUBSCRIBER, "frequency": "weekly"})


def _subscription(language: str) -> SavedSearch:
    with translation.override(language):
        title = describe("measures", "kind=grant")
    search, _created = SavedSearch.objects.get_or_create(
        user=None,
        email=SUBSCRIBER,
        scope="measures",
        query="kind=grant",
        language=language,
        defaults={"title": title, "checked_at": timezone.now()},
    )
    return search


def _token_page(language: str, name: str, purpose: str, post: bool = False) -> str:
    cache.clear()
    search = _subscription(language)
    with translation.override(language):
        address = reverse(name, args=[tokens.make(purpose, search.pk)])
    client = Client()
    return (client.post(address) if post else client.get(address)).content.decode()


def confirm_subscription(language: str) -> str:
    return _token_page(language, "alerts:confirm", tokens.CONFIRM)


def unsubscribe(language: str) -> str:
    return _token_page(language, "alerts:unsubscribe", tokens.UNSUBSCRIBE)
