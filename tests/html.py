"""Reading rendered pages the way a visitor does: titles, headings, links, form state."""

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def title(response) -> str:
    return soup(response).title.get_text(strip=True)


def card_titles(response) -> list[str]:
    """The titles of the result cards, in the order shown."""
    return [link.get_text(strip=True) for link in soup(response).select(".card__title a")]


def checked_values(response, name: str) -> set[str]:
    return {box["value"] for box in soup(response).select(f'input[name="{name}"][checked]')}
