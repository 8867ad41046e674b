"""/sitemap.xml is a sitemap index listing every public page in both languages; /robots.txt points to it."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from home.models import HomePage
from home.sitemaps import PageSitemap

pytestmark = pytest.mark.django_db
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_paths(client) -> list[str]:
    index = ET.fromstring(client.get("/sitemap.xml").content)
    assert index.tag == f"{{{NS['sm']}}}sitemapindex"
    paths = []
    for section_url in index.findall("sm:sitemap/sm:loc", NS):
        section = urlsplit(section_url.text)
        response = client.get(section.path, QUERY_STRING=section.query)
        assert response.status_code == 200
        urlset = ET.fromstring(response.content)
        paths += [urlsplit(loc.text).path for loc in urlset.findall("sm:url/sm:loc", NS)]
    return paths


def publish_child(parent, title, slug, live=True):
    page = parent.add_child(instance=HomePage(title=title, slug=slug, live=live))
    if live:
        page.save_revision().publish()
    return page


def test_sitemap_index_lists_every_public_page_in_both_languages_and_nothing_else(client, homes):
    publish_child(homes["ru"], "Новости", "novosti")
    publish_child(homes["en"], "News", "news")
    publish_child(homes["ru"], "Черновик", "chernovik", live=False)
    private = publish_child(homes["ru"], "Для сотрудников", "staff")
    private.view_restrictions.create(restriction_type="login")

    paths = sitemap_paths(client)
    assert sorted(paths) == sorted(["/ru/", "/en/", "/ru/novosti/", "/en/news/"])


def test_sections_are_split_at_the_url_limit(client, homes, monkeypatch):
    for number in range(3):
        publish_child(homes["ru"], f"Страница {number}", f"page-{number}")
    monkeypatch.setattr(PageSitemap, "limit", 2)

    index = ET.fromstring(client.get("/sitemap.xml").content)
    files = [loc.text for loc in index.findall("sm:sitemap/sm:loc", NS) if "sitemap-pages.xml" in loc.text]
    assert len(files) == 3  # 5 pages, 2 per file
    paths = sitemap_paths(client)
    assert len(paths) == len(set(paths)) == 5


def test_robots_txt_points_to_the_sitemap_index(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode().splitlines()


def test_catalog_entries_are_listed_in_both_languages(client, homes, taxonomies):
    from catalog.models import Organization
    from taxonomy.models import Region
    from tests.factories import make_entry

    entry = make_entry(
        Organization,
        name="ООО «Нейросенсор»",
        inn="7707083893",
        legal_form="llc",
        region=Region.objects.get(code="77"),
        size="small",
    )
    paths = sitemap_paths(client)
    for language in ("ru", "en"):
        assert f"/{language}/catalog/organizations/{entry.pk}-{entry.slug}/" in paths
    assert not [path for path in paths if "/catalog/premises/" in path]
