"""The version for the visually impaired without JavaScript: links set a cookie and come back to the page."""

from urllib.parse import parse_qs, urlsplit

import pytest

from core.visual_settings import COOKIE, VisualSettings
from tests.html import soup

pytestmark = pytest.mark.django_db


def switch(client, home, **query):
    return client.get(f"{home.url}visual-settings/", query)


def test_usual_site_has_a_link_that_turns_the_version_on_and_comes_back(client, homes):
    home = homes["en"]
    html = soup(client.get(f"{home.url}?x=1"))
    link = html.select_one("header .visual-toggle")
    assert link.get_text(strip=True) == "Version for the visually impaired"
    query = parse_qs(urlsplit(link["href"]).query)
    assert query["next"] == [f"{home.url}?x=1"]

    response = client.get(link["href"])
    assert response.status_code == 302
    assert response["Location"] == f"{home.url}?x=1"
    assert response.cookies[COOKIE].value == "normal.black-on-white.on.normal"
    assert response.cookies[COOKIE]["httponly"]
    assert response.cookies[COOKIE]["samesite"] == "Lax"


def test_choices_are_kept_together_and_rendered_on_the_html_element(client, homes):
    home = homes["en"]
    switch(client, home, font="largest", next=home.url)
    switch(client, home, scheme="white-on-black", next=home.url)
    switch(client, home, images="off", spacing="wide", next=home.url)
    html = soup(client.get(home.url))
    root = html.html
    assert (
        root["class"],
        root["data-font"],
        root["data-scheme"],
        root["data-images"],
        root["data-spacing"],
    ) == (
        ["visual"],
        "largest",
        "white-on-black",
        "off",
        "wide",
    )
    assert html.select_one(".visual-toggle") is None


def test_panel_marks_the_current_choices_and_names_each_group(client, homes):
    home = homes["ru"]
    switch(client, home, font="large", next=home.url)
    panel = soup(client.get(home.url)).select_one("nav.visual-panel")
    assert panel["aria-label"]
    current = [link["href"] for link in panel.select('[aria-current="true"]')]
    assert [parse_qs(urlsplit(href).query).keys() - {"next"} for href in current] == [
        {"font"},
        {"scheme"},
        {"images"},
        {"spacing"},
    ]
    assert "font=large&" in current[0]
    for group in panel.select("ul[aria-labelledby]"):
        assert panel.select_one(f"#{group['aria-labelledby']}").get_text(strip=True)


def test_usual_version_link_resets_everything(client, homes):
    home = homes["ru"]
    switch(client, home, scheme="blue", next=home.url)
    off = soup(client.get(home.url)).select_one(".visual-panel__off")["href"]
    response = client.get(off)
    assert response.cookies[COOKIE].value == ""
    assert response.cookies[COOKIE]["max-age"] == 0
    client.cookies.pop(COOKIE)
    assert not soup(client.get(home.url)).html.get("class")


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)", ""])
def test_return_address_off_the_site_goes_to_the_home_page(client, homes, target):
    home = homes["ru"]
    response = switch(client, home, font="large", next=target)
    assert response["Location"] == home.url


def test_pages_outside_the_page_tree_link_to_the_language_home_page(client, homes):
    link = soup(client.get("/en/no-such-page/")).select_one(".visual-toggle")["href"]
    assert link.startswith(f"{homes['en'].url}visual-settings/?")


@pytest.mark.parametrize(
    "cookie", ["", "huge.blue.on.normal", "large.blue.on", "large.blue.on.normal.extra", "<script>.x.y.z"]
)
def test_unknown_cookie_is_the_usual_site(cookie):
    assert VisualSettings.from_cookie(cookie) == VisualSettings()


def test_unknown_value_keeps_the_others():
    settings = VisualSettings.from_cookie("large.blue.off.wide")
    assert settings.choose("font", "enormous") == settings
    assert settings.choose("colour", "red") == settings
    assert settings.choose("font", "largest").cookie_value() == "largest.blue.off.wide"


def test_panel_is_open_from_turning_the_version_on_until_a_choice_then_folded(client, homes):
    home = homes["ru"]
    link = soup(client.get(home.url)).select_one(".visual-toggle")["href"]
    client.get(link)
    for _ in range(2):  # on every page until the visitor chooses
        assert soup(client.get(home.url)).select_one("details.visual-panel__settings").has_attr("open")
    switch(client, home, font="large", next=home.url)
    panel = soup(client.get(home.url)).select_one("details.visual-panel__settings")
    assert not panel.has_attr("open")
    assert panel.summary.get_text(strip=True) == "Настройки"
    assert panel.select_one('.visual-choice--font-large[aria-current="true"]')
