"""Editors schedule publishing and expiry (Wagtail's go-live and expiry dates); the demo shows one of each.

`manage.py publish_scheduled` makes the schedule happen; the tests move the dates into the past instead of
waiting for them.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from home.demo import content
from home.demo.seed import seed
from home.models import NewsPage, SupportMeasurePage
from tests.conftest import publishing_at_once
from tests.home.test_sitemap import sitemap_paths

pytestmark = pytest.mark.django_db

ANNOUNCED = content.announced_measure(timezone.localdate()).measure


@pytest.fixture
def demo(homes):
    with publishing_at_once():
        seed(write=lambda line: None, limit=1)


def announced_pages():
    russian = SupportMeasurePage.objects.get(slug=ANNOUNCED.slug, locale__language_code="ru")
    return russian, russian.get_translation(Locale.objects.get(language_code="en"))


def shown(client, page, language: str, words: str) -> dict[str, bool]:
    """Where visitors find `page`: its language's listing, the site search, the sitemap, its own address."""
    title = page.title
    return {
        "listing": title in client.get(f"/{language}/support-measures/").content.decode(),
        "search": title in client.get(f"/{language}/search/", {"q": words}).content.decode(),
        "sitemap": page.url in sitemap_paths(client),
        "page": client.get(page.url).status_code == 200,
    }


def run_schedule_as_if_due(page) -> None:
    """Time travel: the go-live moment, in the page and in its scheduled revision, is now in the past."""
    past = timezone.now() - datetime.timedelta(minutes=1)
    for revision in page.revisions.exclude(approved_go_live_at=None):
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save()
    type(page).objects.filter(pk=page.pk).update(go_live_at=past)
    call_command("publish_scheduled", stdout=io.StringIO())


def test_the_announced_measure_waits_for_its_go_live_date_in_both_languages(client, demo):
    russian, english = announced_pages()
    for page, language, words in (
        (russian, "ru", "искусственного интеллекта"),
        (english, "en", "artificial"),
    ):
        assert not page.live
        assert page.go_live_at > timezone.now()
        assert page.revisions.exclude(approved_go_live_at=None).exists()
        assert shown(client, page, language, words) == dict.fromkeys(
            ("listing", "search", "sitemap", "page"), False
        )

    for page in (russian, english):
        run_schedule_as_if_due(page)
    for page, language, words in (
        (russian, "ru", "искусственного интеллекта"),
        (english, "en", "artificial"),
    ):
        page.refresh_from_db()
        assert page.live
        assert shown(client, page, language, words) == dict.fromkeys(
            ("listing", "search", "sitemap", "page"), True
        )


def test_the_admin_shows_the_schedule(admin_client, demo):
    russian, _english = announced_pages()
    listing = admin_client.get(f"/admin/pages/{russian.get_parent().pk}/").content.decode()
    assert russian.title in listing
    assert "запланированное" in listing  # Wagtail's status of a page waiting for its go-live date
    news = NewsPage.objects.exclude(expire_at=None).get(locale__language_code="ru")
    editor = admin_client.get(f"/admin/pages/{news.pk}/edit/").content.decode()
    assert news.expire_at.astimezone(timezone.get_current_timezone()).strftime("%Y-%m-%d %H:%M") in editor


def test_the_expiring_news_item_leaves_the_site_when_its_expiry_date_passes(client, demo):
    expiring = NewsPage.objects.exclude(expire_at=None)
    assert {page.locale.language_code for page in expiring} == {"ru", "en"}
    assert all(page.live and page.expire_at > timezone.now() for page in expiring)
    russian = expiring.get(locale__language_code="ru")
    assert russian.title in client.get("/ru/news/").content.decode()

    expiring.update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled", stdout=io.StringIO())
    russian.refresh_from_db()
    assert not russian.live and russian.expired
    assert russian.title not in client.get("/ru/news/").content.decode()
    assert client.get(russian.url).status_code == 404
