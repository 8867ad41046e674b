"""A translator without superuser rights translates a measure in the admin, and facts follow the source."""

import datetime
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import StringSegment, Translation

from home.models import SupportMeasurePage
from home.translation import publish_translation
from tests.factories import make_measure, measure_index
from tests.html import soup
from tests.staff import sign_in_with_second_factor

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Грант на пилотное тестирование": "Pilot testing grant",
    "Кратко о мере «Грант на пилотное тестирование».": "The pilot testing grant in brief.",
    "Регистрация в Москве": "Registered in Moscow",
    "Заявление": "Application form",
    "Подайте заявку на портале.": "Apply on the portal.",
    "Фонд содействия": "Assistance Fund",
}


@pytest.fixture
def translator(homes):
    """A member of the translators group: may submit translations and edit and publish English pages only."""
    group = Group.objects.create(name="Translators")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="submit_translation"),
    )
    for permission in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=homes["en"], permission=Permission.objects.get(codename=permission)
        )
    user = get_user_model().objects.create_user("translator", password="not-used-here")
    user.groups.add(group)
    return user


@pytest.fixture
def measure(homes, taxonomies, django_capture_on_commit_callbacks):
    index = measure_index(homes["ru"])
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(
            index, {"Меры поддержки": "Support measures", "support-measures": "support-measures"}
        )
    return make_measure(
        index,
        "Грант на пилотное тестирование",
        kind="pilot_testing",
        audiences=("startup", "small_business"),
        industries=("robotics",),
        opens=datetime.date(2026, 11, 1),
        deadline=datetime.date(2026, 12, 15),
        amount_min=1_000_000,
        amount_max=5_000_000,
    )


def put(client, url: str, value: str):
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


def test_translator_submits_translates_and_publishes_a_measure(
    client, translator, measure, django_capture_on_commit_callbacks
):
    english = Locale.objects.get(language_code="en")
    sign_in_with_second_factor(client, translator)

    response = client.post(f"/admin/localize/submit/page/{measure.pk}/", {"locales": [english.pk]})
    assert response.status_code == 302
    draft = measure.get_translation(english)
    assert not draft.live
    assert client.get(f"/en/support-measures/{measure.slug}/").status_code == 404

    translation = Translation.objects.get(source__object_id=measure.translation_key, target_locale=english)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        text = ENGLISH.get(segment.string.data, segment.string.data)
        url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
        assert put(client, url, text).status_code in (200, 201)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{draft.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302

    page = client.get(f"/en/support-measures/{measure.slug}/")
    assert page.status_code == 200
    html = soup(page)
    assert html.html["lang"] == "en"
    assert html.h1.get_text(strip=True) == "Pilot testing grant"
    assert "Registered in Moscow" in html.get_text()
    assert "Robotics" in html.get_text()
    assert not any("\u0400" <= char <= "\u04ff" for char in html.select_one("main").get_text())


def test_translator_cannot_publish_russian_pages(client, translator, measure):
    sign_in_with_second_factor(client, translator)
    response = client.post(f"/admin/pages/{measure.pk}/edit/", {"action": "publish", "title": "Взлом"})
    assert response.status_code in (302, 403)
    assert SupportMeasurePage.objects.get(pk=measure.pk).title == "Грант на пилотное тестирование"


def test_facts_changed_on_the_russian_page_reach_the_english_page_at_once(
    client, measure, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        english_page = publish_translation(measure, {**ENGLISH, measure.slug: measure.slug})
    revision = measure.get_latest_revision_as_object()
    revision.deadline = datetime.date(2027, 1, 31)
    revision.amount_max = 7_000_000
    revision.industries = list(
        measure.industries.model.objects.filter(slug__in=["robotics", "microelectronics"])
    )
    revision.summary = "Новое краткое описание, ещё не переведённое."
    revision.save_revision().publish()

    english_page = SupportMeasurePage.objects.get(pk=english_page.pk)
    assert english_page.deadline == datetime.date(2027, 1, 31)
    assert english_page.amount_max == 7_000_000
    assert {item.slug for item in english_page.industries.all()} == {"robotics", "microelectronics"}
    assert english_page.summary == "The pilot testing grant in brief."
    assert "31 January 2027" in client.get(english_page.url).content.decode()


def test_an_untranslated_alias_sends_the_visitor_to_the_russian_page(client, measure, homes):
    english_index = measure.get_parent().get_translation(homes["en"].locale)
    alias = measure.create_alias(parent=english_index, update_locale=homes["en"].locale)
    response = client.get(alias.url)
    assert response.status_code == 302
    assert response["Location"] == measure.url


def test_a_translation_stays_a_draft_nobody_reads_until_a_translator_publishes_it(
    client, translator, measure, django_capture_on_commit_callbacks
):
    english = Locale.objects.get(language_code="en")
    sign_in_with_second_factor(client, translator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/submit/page/{measure.pk}/", {"locales": [english.pk]})
    draft = measure.get_translation(english)
    assert not draft.live
    client.logout()

    draft_path = f"/en/support-measures/{draft.slug}/"
    alternates = [link["href"] for link in soup(client.get(measure.url)).select("link[hreflang]")]
    assert alternates and not any(href.endswith(draft_path) for href in alternates)
    assert measure.title not in client.get("/en/support-measures/").content.decode()
    assert measure.title not in client.get("/en/search/", {"q": "пилотное тестирование"}).content.decode()
    assert draft_path not in client.get("/sitemap.xml").content.decode()


def test_the_dashboard_and_a_report_show_the_translations_waiting(client, translator, measure):
    english = Locale.objects.get(language_code="en")
    sign_in_with_second_factor(client, translator)
    client.post(f"/admin/localize/submit/page/{measure.pk}/", {"locales": [english.pk]})
    draft = measure.get_translation(english)

    def panel_links():
        panel = soup(client.get("/admin/")).select_one("#translations-waiting-title").find_parent("section")
        return panel.select("a")

    (link,) = panel_links()
    assert link.get_text(strip=True) == "Переведённые страницы, ещё не опубликованные: 1"
    assert link["href"] == "/admin/reports/translations-waiting/"
    report = soup(client.get(link["href"]))
    assert f"/admin/pages/{draft.pk}/edit/" in {a["href"] for a in report.select("a[href]")}

    draft.go_live_at = timezone.now() + datetime.timedelta(days=7)
    draft.save_revision().publish()  # scheduled: it waits for its date, not for a translator
    assert not Page.objects.get(pk=draft.pk).live
    assert panel_links() == []
