"""The dashboard counts pages and entries whose content checks fail, and links to the report of what failed
(issue 17)."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from wagtail.models import Locale

from catalog.models import Premises
from core.content_checks import Check
from core.models import ContentProblem
from home.models import NewsIndexPage, NewsPage
from home.translation import publish_translation
from taxonomy.models import District
from tests.factories import make_entry, make_measure, measure_index
from tests.html import soup
from tests.staff import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, homes):
    sign_in_with_second_factor(client, get_user_model().objects.create_superuser("editor", password="x"))


def found(obj) -> set[tuple[str, str]]:
    return set(ContentProblem.objects.filter(object_id=obj.pk).values_list("failed_check", "detail"))


def news_with_body(homes, body) -> NewsPage:
    index = homes["ru"].add_child(instance=NewsIndexPage(title="Новости", slug="news"))
    news = index.add_child(
        instance=NewsPage(title="Итоги конкурса", slug="itogi", date="2026-12-01", lead="Кратко.", body=body)
    )
    news.save_revision().publish()
    return news


def test_vague_and_bare_links_and_one_text_for_two_places_are_found_when_published(homes, taxonomies):
    measure = make_measure(measure_index(homes["ru"]), "Грант на испытания")
    assert found(measure) == set()
    measure.eligibility = (
        '<p>Условия <a href="https://example.com/rules">здесь</a>.</p>'
        '<p><a href="https://fond.example.com/">https://fond.example.com/</a></p>'
        '<p><a href="https://a.example.com/">Положение о гранте</a> и '
        '<a linktype="page" id="3">Положение о гранте</a></p>'
    )
    measure.save_revision().publish()
    assert found(measure) == {
        (Check.LINK_TEXT, "«здесь»"),
        (Check.LINK_TEXT, "«https://fond.example.com/»"),
        (Check.LINK_TEXT, "«Положение о гранте» → 2"),
    }

    measure.eligibility = '<p>Условия в <a href="https://example.com/rules">положении о гранте</a>.</p>'
    measure.save_revision().publish()
    assert found(measure) == set()


def test_a_body_heading_that_skips_a_level_is_found(homes):
    body = [
        ("heading", {"text": "Победители", "level": "h3"}),
        ("paragraph", "<p>Пять компаний.</p>"),
        ("heading", {"text": "Что дальше", "level": "h2"}),
        ("heading", {"text": "Сроки", "level": "h3"}),
    ]
    news = news_with_body(homes, body)
    assert found(news) == {(Check.HEADINGS, "h1 → h3: «Победители»")}


def test_an_english_page_with_russian_words_left_is_found_and_unpublishing_it_clears_that(
    homes, taxonomies, django_capture_on_commit_callbacks
):
    index = measure_index(homes["ru"])
    publish_translation(index, {"Меры поддержки": "Support measures", "support-measures": "support-measures"})
    measure = make_measure(index, "Грант на испытания", slug="grant-na-ispytaniya")
    english = {
        "Грант на испытания": "Testing grant",
        "grant-na-ispytaniya": "testing-grant",
        "Кратко о мере «Грант на испытания».": "In brief.",
        "Регистрация в Москве": "Registered in Moscow",
        "Заявление": "Application form",
        "Подайте заявку на портале.": "Apply on the portal.",
        "Фонд содействия": "Фонд содействия",  # copied, not translated
    }
    with django_capture_on_commit_callbacks(execute=True):
        translation = publish_translation(measure, english)
    assert found(translation) == {(Check.LANGUAGE, "Фонд, содействия")}
    assert found(measure) == set()  # Russian words in the Russian page are not a problem

    translation.refresh_from_db()  # published after it was read (on commit)
    with django_capture_on_commit_callbacks(execute=True):
        translation.unpublish()
    assert found(translation) == set()


def test_an_english_entry_with_russian_text_is_found_on_save_and_by_the_command(homes, taxonomies):
    district = District.objects.get(slug="arbat")
    premises = make_entry(
        Premises,
        english={
            "title": "Лаборатория on the ground floor",
            "owner": "Arbat Technopark",
            "address": "1 Arbat St",
        },
        title="Лаборатория на первом этаже",
        owner="Технопарк «Арбат»",
        address="ул. Арбат, д. 1",
        okrug=district.okrug,
        district=district,
        kind="laboratory",
        area=80,
        rent=1800,
    )
    english = premises.get_translation(Locale.objects.get(language_code="en"))
    assert found(english) == {(Check.LANGUAGE, "Лаборатория")}

    ContentProblem.objects.all().delete()
    call_command("check_content", stdout=io.StringIO())
    assert found(english) == {(Check.LANGUAGE, "Лаборатория")}
    english.title = "Laboratory on the ground floor"
    english.save()
    assert found(english) == set()


def test_the_dashboard_counts_by_check_and_links_to_the_report_that_links_to_the_editor(
    client, editor, homes
):
    news = news_with_body(homes, [("heading", {"text": "Победители", "level": "h3"})])

    def panel():
        return soup(client.get("/admin/")).select_one("#content-problems-title").find_parent("section")

    (link,) = panel().select("a")
    assert link.get_text(strip=True) == "Заголовок пропускает уровень: 1"
    assert link["href"] == "/admin/reports/content-checks/?failed_check=headings"
    report = soup(client.get(link["href"]))
    assert f"/admin/pages/{news.pk}/edit/" in {a["href"] for a in report.select("a[href]")}
    assert "h1 → h3: «Победители»" in report.get_text()

    news.body = [("heading", {"text": "Победители", "level": "h2"})]
    news.save_revision().publish()
    assert panel().select("a") == []
    assert "Все проверки пройдены." in panel().get_text()


@pytest.mark.parametrize("who", ["anonymous", "no page rights", "editor"])
def test_the_report_is_for_editors(client, homes, who):
    user_model = get_user_model()
    if who == "no page rights":
        user = user_model.objects.create_user("reviewer", password="x", is_staff=True)
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        sign_in_with_second_factor(client, user)
    elif who == "editor":
        sign_in_with_second_factor(client, user_model.objects.create_superuser("editor", password="x"))
    response = client.get("/admin/reports/content-checks/")
    assert (response.status_code == 200) == (who == "editor")
