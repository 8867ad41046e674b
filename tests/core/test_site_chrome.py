"""The menu and footer every page shows are kept in the cache, and follow editors' changes at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import FooterLink, FooterSettings
from home.models import StandardPage
from tests.html import soup

pytestmark = pytest.mark.django_db


def _menu(client, url="/ru/") -> list[str]:
    return [link.get_text(strip=True) for link in soup(client.get(url)).select(".primary-nav a")]


def _footer(client, url="/ru/") -> str:
    return soup(client.get(url)).select_one(".site-footer").get_text(" ", strip=True)


def _child(home, title: str, slug: str, **fields) -> StandardPage:
    page = home.add_child(instance=StandardPage(title=title, slug=slug, body=[], **fields))
    page.save_revision().publish()
    return page


def test_the_menu_follows_publishing_renaming_and_unpublishing(client, homes):
    assert "О платформе" not in _menu(client)
    page = _child(homes["ru"], "О платформе", "about", show_in_menus=True)
    assert "О платформе" in _menu(client)

    page.title = "О проекте"
    page.save_revision().publish()
    assert _menu(client)[-1] == "О проекте"

    page.unpublish()
    assert "О проекте" not in _menu(client)


def test_the_menu_follows_a_deleted_page(client, homes):
    page = _child(homes["ru"], "Контакты", "contacts", show_in_menus=True)
    assert "Контакты" in _menu(client)
    page.delete()
    assert "Контакты" not in _menu(client)


def test_the_footer_follows_its_settings_and_links(client, homes):
    site = homes["ru"].get_site()
    footer = FooterSettings.for_site(site)
    assert "info@example.org" not in _footer(client)
    footer.contact_email = "info@example.org"
    footer.save()
    assert "info@example.org" in _footer(client)

    page = _child(homes["ru"], "Политика конфиденциальности", "privacy")
    link = FooterLink.objects.create(settings=footer, page=page)
    assert "Политика конфиденциальности" in _footer(client)
    link.delete()
    assert "Политика конфиденциальности" not in _footer(client)


def test_each_language_has_its_own_menu(client, homes):
    _child(homes["ru"], "О платформе", "about", show_in_menus=True)
    assert "О платформе" in _menu(client, "/ru/")
    assert "О платформе" not in _menu(client, "/en/")


def test_a_second_visit_reads_no_menu_or_footer_from_the_database(client, homes):
    _child(homes["ru"], "О платформе", "about", show_in_menus=True)
    FooterSettings.for_site(homes["ru"].get_site())  # created by the first visit of a new site
    client.get("/ru/catalog/organizations/")
    with CaptureQueriesContext(connection) as queries:
        assert "О платформе" in _menu(client, "/ru/catalog/organizations/")
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert "home_footersettings" not in read
    assert "wagtailcore_site" not in read
