"""What crawlers read in the sitemaps: the index names every section file with the date of its latest change,
and a catalog's files list each published entry in every language with its alternates (hreflang)."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.utils import timezone, translation
from django.utils.http import http_date
from wagtail.models import Page

from catalog.models import Organization
from catalog.sitemaps import CatalogSitemap
from config.sitemaps import SECTIONS
from taxonomy.models import Region
from tests.factories import make_entry

pytestmark = pytest.mark.django_db
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def organization(name: str, inn: str, **fields) -> Organization:
    return make_entry(
        Organization,
        name=name,
        inn=inn,
        legal_form="llc",
        region=Region.objects.get(code="77"),
        size="small",
        **fields,
    )


@pytest.fixture
def organizations(homes, taxonomies):
    """Two published organizations (one translated into English) and a draft."""
    return {
        "translated": make_entry(
            Organization,
            english={"name": "Neurosensor LLC"},
            name="ООО «Нейросенсор»",
            inn="7707083893",
            legal_form="llc",
            region=Region.objects.get(code="77"),
            size="small",
        ),
        "russian only": organization("ООО «Криогеника»", "7736207543"),
        "draft": organization("ООО «Черновик»", "7702070139", live=False),
    }


def index_files(client) -> list[tuple[str, datetime.datetime | None]]:
    """(path?query, lastmod) of each file the index names."""
    index = ET.fromstring(client.get("/sitemap.xml").content)
    files = []
    for sitemap in index.findall("sm:sitemap", NS):
        location = urlsplit(sitemap.find("sm:loc", NS).text)
        lastmod = sitemap.find("sm:lastmod", NS)
        files.append(
            (
                f"{location.path}?{location.query}".rstrip("?"),
                datetime.datetime.fromisoformat(lastmod.text) if lastmod is not None else None,
            )
        )
    return files


def urls_of(client, address: str) -> list[dict]:
    """Each <url> of a section file: its address, date and alternates by hreflang."""
    path, _, query = address.partition("?")
    response = client.get(path, QUERY_STRING=query)
    assert response.status_code == 200
    return [
        {
            "loc": url.find("sm:loc", NS).text,
            "lastmod": url.find("sm:lastmod", NS).text,
            "alternates": {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)},
        }
        for url in ET.fromstring(response.content).findall("sm:url", NS)
    ]


def address(entry, language: str) -> str:
    with translation.override(language):
        return f"http://testserver{entry.get_absolute_url()}"


def expected_urls(entry) -> list[dict]:
    """An entry's <url> in each language, each naming all of them and, as x-default, the unprefixed one."""
    alternates = {language: address(entry, language) for language in LANGUAGES}
    alternates["x-default"] = alternates[settings.LANGUAGE_CODE].replace(
        f"/{settings.LANGUAGE_CODE}/", "/", 1
    )
    lastmod = timezone.localdate(entry.updated).isoformat()
    return [
        {"loc": alternates[language], "lastmod": lastmod, "alternates": alternates} for language in LANGUAGES
    ]


def test_a_catalog_file_lists_each_published_entry_in_every_language_with_its_alternates(
    client, organizations
):
    listed = urls_of(client, "/sitemap-organizations.xml")
    published = [organizations["translated"], organizations["russian only"]]
    assert listed == [url for entry in published for url in expected_urls(entry)]


def test_the_unprefixed_address_leads_to_the_entry_in_a_language(client, organizations):
    entry = organizations["translated"]
    x_default = expected_urls(entry)[0]["alternates"]["x-default"]
    response = client.get(urlsplit(x_default).path)
    assert response.status_code == 302
    assert response["Location"] in {urlsplit(address(entry, language)).path for language in LANGUAGES}


def test_the_index_names_each_section_with_its_latest_change(client, organizations):
    files = dict(index_files(client))
    assert set(files) == {f"/sitemap-{section}.xml" for section in SECTIONS}
    latest_entry = max(entry.updated for key, entry in organizations.items() if key != "draft")
    assert files["/sitemap-organizations.xml"] == latest_entry
    assert files["/sitemap-pages.xml"] == max(
        page.last_published_at for page in Page.objects.live().filter(depth__gt=1)
    )
    assert files["/sitemap-premises.xml"] is None  # a catalog with no entries has no date


def test_the_index_and_each_file_answer_conditional_requests_with_their_latest_change(client, organizations):
    Organization.objects.filter(pk=organizations["russian only"].pk).update(
        updated=timezone.now() + datetime.timedelta(days=1)
    )
    latest = Organization.objects.get(pk=organizations["russian only"].pk).updated
    assert client.get("/sitemap-organizations.xml")["Last-Modified"] == http_date(latest.timestamp())
    # The index has no date while a section has none (the empty catalogs).
    assert "Last-Modified" not in client.get("/sitemap.xml")


def test_a_catalog_is_split_into_files_of_at_most_limit_addresses(client, organizations, monkeypatch):
    monkeypatch.setattr(CatalogSitemap, "limit", 3)  # a file ends between an entry's two languages
    files = [path for path, _lastmod in index_files(client) if path.startswith("/sitemap-organizations.xml")]
    assert files == ["/sitemap-organizations.xml", "/sitemap-organizations.xml?p=2"]
    listed = [url for file in files for url in urls_of(client, file)]
    assert [len(urls_of(client, file)) for file in files] == [3, 1]
    published = [organizations["translated"], organizations["russian only"]]
    assert listed == [url for entry in published for url in expected_urls(entry)]


def test_a_page_past_the_last_file_is_not_found(client, organizations):
    assert client.get("/sitemap-organizations.xml", {"p": 2}).status_code == 404
    assert client.get("/sitemap-organizations.xml", {"p": "two"}).status_code == 404
