"""What a visitor finds with the site search, for the database engine's tests and Elasticsearch's."""

from tests.html import soup


def found(client, text: str, language: str = "ru") -> dict[str, list[str]]:
    """Each result group's heading id and the titles of its results, in the order shown."""
    html = soup(client.get(f"/{language}/search/", {"q": text}))
    return {
        section.h2["id"]: [link.get_text(strip=True) for link in section.select(".search-result__title a")]
        for section in html.select("main section")
    }
