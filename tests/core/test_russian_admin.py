"""Screens of the Russian admin have no English or broken strings where Django, Wagtail or wagtail-localize
leave a msgid untranslated or translate it for one grammatical gender (issue 17)."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.translation import gettext

from catalog.models import Premises
from home.models import ClusterIndexPage, ClusterPage
from home.translation import publish_translation
from taxonomy.models import Industry
from tests.factories import make_measure, measure_index
from tests.staff import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, homes):
    sign_in_with_second_factor(client, get_user_model().objects.create_superuser("editor", password="x"))


def test_a_snippet_form_offers_an_empty_choice_in_russian(client, editor):
    form = client.get("/admin/snippets/catalog/premises/add/").content.decode()
    assert 'lang="ru"' in form
    assert "Select an option" not in form
    assert "— не выбрано —" in form


def test_the_page_explorer_counts_pages_in_russian(client, editor, homes):
    index = measure_index(homes["ru"])
    for number in range(3):
        make_measure(index, f"Грант {number}")
    listing = client.get(f"/admin/pages/{index.pk}/").content.decode()
    assert not re.search(r"\d+-\d+ of \d+", listing)
    assert re.search(r"1–3 из 3", listing)


def test_the_translation_editors_publish_button_has_a_space_before_the_language(client, editor):
    catalog = client.get("/admin/localize/jsi18n/").content.decode()
    label = json.loads(re.search(r'"Publish in ": ("[^"]*")', catalog)[1])
    assert label == "Опубликовать версию: "  # the editor appends the language's name


@pytest.mark.parametrize(
    "message",
    [
        "%(model_name)s '%(object)s' created.",
        "%(model_name)s '%(object)s' updated.",
        "%(model_name)s '%(object)s' deleted.",
    ],
)
def test_messages_after_saving_agree_with_every_model_name(message):
    with translation.override("ru"):
        text = gettext(message) % {"model_name": Premises._meta.verbose_name, "object": "Цех"}
    assert text.startswith("Запись «Цех»"), text


def test_choosers_speak_the_language_of_each_editor_not_of_the_first_to_open_the_form(client, editor):
    add_project = "/admin/snippets/catalog/project/add/"
    english = client.get(add_project, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Choose a page (Cluster)" in english
    russian = client.get(add_project, HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Выберите страницу (Кластер)" in russian
    assert "Выбрать: организация" in russian
    assert "Choose organization" not in russian


def test_cluster_choices_are_the_russian_cluster_pages_once_each(client, editor, homes, taxonomies):
    index = homes["ru"].add_child(instance=ClusterIndexPage(title="Кластеры", slug="clusters"))
    cluster = index.add_child(
        instance=ClusterPage(
            title="Кластер робототехники",
            slug="robotics",
            industry=Industry.objects.get(slug="robotics"),
            summary="Робототехника в Москве.",
            coordinator="Агентство инноваций",
            description="<p>Компании и лаборатории.</p>",
            goals="<p>Серийные роботы.</p>",
        )
    )
    publish_translation(index, {"Кластеры": "Clusters", "clusters": "clusters"})
    english = {
        "Кластер робототехники": "Robotics cluster",
        "robotics": "robotics",
        "Робототехника в Москве.": "Robotics in Moscow.",
        "Агентство инноваций": "Innovation agency",
        "Компании и лаборатории.": "Companies and laboratories.",
        "Серийные роботы.": "Robots in series.",
    }
    publish_translation(cluster, english)
    form = client.get("/admin/snippets/catalog/organization/add/").content.decode()
    assert "Кластер робототехники" in form
    assert "Robotics cluster" not in form


@pytest.mark.parametrize(
    "message",
    [
        "The {model_name} '{object}' was successfully submitted for translation into {locales}",
        "New validation errors were found when publishing '{object}' in {locale}. Please fix them or click "
        "publish again to ignore these translations for now.",
        "Published '{object}' in {locale} with missing translations - see below.",
        "Published '{object}' in {locale}.",
    ],
)
def test_translation_messages_quote_names_and_do_not_point_below(message):
    """wagtail-localize's own Russian writes 'names' in straight quotes, and «смотрите ниже» of strings that
    may be on another tab."""
    with translation.override("ru"):
        text = gettext(message).format(model_name="запись", object="Грант", locale="Английский", locales="")
    assert "«Грант»" in text
    assert "'" not in text and "  " not in text and "ниже" not in text
