"""Both languages: prefixes, redirect by browser language, lang, hreflang, canonical, switcher."""

import re
from html.parser import HTMLParser

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


class HeadLinks(HTMLParser):
    """Collects <html lang>, <link rel=canonical|alternate> and the language switcher's links."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.canonical = []
        self.alternates = {}
        self.switcher = {}
        self._in_switcher = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs["href"])
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]
        elif tag == "nav" and "language-switcher" in attrs.get("class", ""):
            self._in_switcher = True
        elif tag == "a" and self._in_switcher:
            self.switcher[attrs["hreflang"]] = attrs

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_switcher = False


def parse(response) -> HeadLinks:
    parser = HeadLinks()
    parser.feed(response.content.decode())
    return parser


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("ru-RU,ru;q=0.9", "/ru/"), ("en-GB,en;q=0.8", "/en/"), ("de-DE", "/ru/"), ("", "/ru/")],
)
def test_root_redirects_by_browser_language(client, homes, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["ru", "en"])
def test_home_page_declares_language_canonical_and_alternates(client, homes, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    head = parse(response)
    assert head.lang == language
    assert head.canonical == [f"http://testserver/{language}/"]
    assert head.alternates == {
        "ru": "http://testserver/ru/",
        "en": "http://testserver/en/",
        "x-default": "http://testserver/ru/",
    }


@pytest.mark.parametrize("language", ["ru", "en"])
def test_home_page_text_is_in_its_language(client, homes, language):
    content = client.get(f"/{language}/").content.decode()
    assert homes[language].title in content
    other = homes["en" if language == "ru" else "ru"].title
    assert other not in content
    skip_link = {"ru": "Перейти к основному содержанию", "en": "Skip to main content"}[language]
    assert skip_link in content


def test_switcher_leads_to_the_same_page_in_the_other_language(client, homes):
    ru_child = homes["ru"].add_child(instance=type(homes["ru"])(title="О платформе", slug="o-platforme"))
    ru_child.save_revision().publish()
    en_child = ru_child.copy_for_translation(homes["en"].locale)
    en_child.title, en_child.slug = "About", "about"
    en_child.save_revision().publish()

    head = parse(client.get("/ru/o-platforme/?sort=newest&kind=grant&kind=loan"))
    assert head.switcher["en"]["href"] == "http://testserver/en/about/?sort=newest&kind=grant&kind=loan"
    assert head.switcher["ru"]["aria-current"] == "true"
    assert head.switcher["en"]["lang"] == "en"
    assert head.alternates["en"] == "http://testserver/en/about/?sort=newest&kind=grant&kind=loan"

    english = client.get("/en/about/")
    assert english.status_code == 200
    assert parse(english).switcher["ru"]["href"] == "http://testserver/ru/o-platforme/"


def test_switcher_falls_back_to_the_home_page_when_no_translation_exists(client, homes):
    only_ru = homes["ru"].add_child(instance=type(homes["ru"])(title="Только по-русски", slug="tolko"))
    only_ru.save_revision().publish()
    head = parse(client.get("/ru/tolko/"))
    assert head.switcher["en"]["href"] == "http://testserver/en/"


@pytest.mark.parametrize(("language", "title"), [("ru", "Страница не найдена"), ("en", "Page not found")])
def test_404_page_in_each_language(client, homes, language, title):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    content = response.content.decode()
    assert parse(response).lang == language
    assert f"<h1>{title}</h1>" in content
    assert 'href="#main"' in content
    assert parse(response).canonical == []


def test_unprefixed_unknown_address_goes_to_the_language_version(client, homes):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"] == "/en/no-such-page/"
    assert client.get(response["Location"]).status_code == 404


@override_settings(ROOT_URLCONF="tests.home.failing_urls")
@pytest.mark.parametrize(
    ("language", "heading"),
    [("ru", "Что-то пошло не так на нашей стороне"), ("en", "Something went wrong on our side")],
)
def test_500_page_in_each_language(client, language, heading):
    client.raise_request_exception = False
    response = client.get(f"/{language}/boom/")
    assert response.status_code == 500
    content = response.content.decode()
    assert f'<html lang="{language}">' in content
    assert re.search(rf"<h1>\s*{heading}\s*</h1>", content)


def test_every_registered_page_type_declares_its_language_and_alternates(client, demo_site):
    """The accessibility registry doubles as the list of page types whose <head> is checked here."""
    from tests.browser.registry import paths_data, targets

    for target in targets(paths_data(demo_site)):
        if target.html is not None:
            assert f'<html lang="{target.language}">' in target.html
            continue
        response = client.get(target.path)
        assert response.status_code == target.status, target.path
        head = parse(response)
        assert head.lang == target.language, target.path
        assert set(head.switcher) == {"ru", "en"}, target.path
        if target.status == 200:
            assert head.canonical == [f"http://testserver{target.path}"], target.path
            assert set(head.alternates) == {"ru", "en", "x-default"}, target.path
