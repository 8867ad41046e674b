"""What search engines and validators read on every page type of the accessibility registry, in both
languages: a meta description in the page's language, and forms without an empty `action`."""

import re

import pytest
from bs4 import BeautifulSoup

from core.meta_description import MAX_LENGTH, first_sentence, shortened
from tests.browser.registry import REGISTRY, paths_data, targets
from tests.html import soup

pytestmark = pytest.mark.django_db

CYRILLIC = re.compile("[А-Яа-яЁё]")


@pytest.fixture(scope="module")
def pages(demo_site, django_db_blocker):
    """Every registry entry's HTML in both languages, fetched once for the module."""
    from django.test import Client

    with django_db_blocker.unblock():
        client = Client()
        fetched = {}
        for target in targets(paths_data(demo_site)):
            html = target.html or client.get(target.path, follow=True).content.decode()
            fetched[(target.name, target.language)] = html
    return fetched


def test_every_page_type_is_fetched(pages):
    assert {name for name, _ in pages} == {entry.name for entry in REGISTRY}


def test_every_page_has_a_short_description_in_its_language(pages):
    problems = []
    for (name, language), html in pages.items():
        tags = BeautifulSoup(html, "html.parser").select('head meta[name="description"]')
        description = tags[0]["content"] if len(tags) == 1 else ""
        russian = len(CYRILLIC.findall(description)) > len(description) / 3
        if not description or len(description) > MAX_LENGTH or russian != (language == "ru"):
            problems.append(f"{name} ({language}): {len(tags)} description(s) {description!r}")
    assert not problems, "\n".join(problems)


def test_no_form_has_an_empty_action(pages):
    empty = [f"{name} ({language})" for (name, language), html in pages.items() if 'action=""' in html]
    assert not empty


def test_a_page_is_described_by_its_own_text(client, demo_site):
    from home.models import NewsPage

    news = NewsPage.objects.live().filter(locale__language_code="en").first()
    description = soup(client.get(news.url)).select_one('meta[name="description"]')["content"]
    assert description == shortened(news.search_description or news.lead)


def test_a_catalog_entry_is_described_by_its_first_sentence(client, demo_site):
    from catalog.models import Premises

    entry = Premises.objects.filter(locale__language_code="ru").exclude(description="").first()
    description = soup(client.get(entry.get_absolute_url())).select_one('meta[name="description"]')["content"]
    assert description == shortened(first_sentence(entry.description))
    assert len(description) < len(entry.description)


def test_a_long_text_is_cut_at_a_word():
    text = "Слово " * 60
    assert shortened(text).endswith("Слово…") and len(shortened(text)) <= MAX_LENGTH
