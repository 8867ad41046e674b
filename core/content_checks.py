"""Content checks the server can run on what editors publish, so the dashboard can count what fails: the
rules of the editor's own checker (core.content_checker, axe-core in the browser) that stored text can break.

- headings: a body heading skips a level (the page's title is the h1, so a body starts at h2);
- link text: a link says «здесь» or "read more", is a bare address, or shares its text with a link that leads
  elsewhere (axe's link-name and identical-links-same-purpose);
- language: a version in another language than Russian still has Russian words, as a translation published
  with strings left untranslated does (axe's valid-lang cannot see it: the page says lang="en").

The text checked is what wagtail-localize translates, so every page type and catalog is covered without a
list of fields here. core.content_problems keeps what the checks find.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.conf import settings
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.blocks import StreamValue, StructValue
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText
from wagtail_localize.fields import TranslatableField, get_translatable_fields

from core.blocks import HeadingBlock

SOURCE_LANGUAGE = settings.LANGUAGE_CODE[:2]


class Check(models.TextChoices):
    HEADINGS = "headings", _("A heading skips a level")
    LINK_TEXT = "link_text", _("A link's text does not say where it leads")
    LANGUAGE = "language", _("Words left in Russian")


@dataclass(frozen=True)
class Problem:
    failed_check: str
    detail: str


@dataclass
class Content:
    texts: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, where it leads)
    headings: list[tuple[int, str]] = field(default_factory=list)


VAGUE_LINK_TEXT = {
    "здесь",
    "тут",
    "сюда",
    "ссылка",
    "по ссылке",
    "подробнее",
    "далее",
    "читать далее",
    "узнать больше",
    "here",
    "click here",
    "link",
    "this link",
    "more",
    "read more",
    "learn more",
}
BARE_ADDRESS = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
RUSSIAN_WORD = re.compile(r"[А-Яа-яЁё]{3,}(?:[-‐][А-Яа-яЁё]+)*")


class _Links(HTMLParser):
    """Links of stored rich text: `<a href>` and Wagtail's `<a linktype="page" id>`."""

    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._open: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            attrs = dict(attrs)
            target = attrs.get("href") or f"{attrs.get('linktype', '')}:{attrs.get('id', '')}"
            self._open = (target, [])

    def handle_data(self, data):
        if self._open:
            self._open[1].append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._open:
            target, text = self._open
            self.links.append((" ".join("".join(text).split()), target))
            self._open = None


def _add_html(content: Content, html: str) -> None:
    parser = _Links()
    parser.feed(html)
    content.links += parser.links
    content.texts.append(strip_tags(html))


def _add_value(content: Content, value) -> None:
    if isinstance(value, RichText):
        _add_html(content, value.source)
    elif isinstance(value, StreamValue):
        for child in value:
            _add_block(content, child.block, child.value)
    elif isinstance(value, str):
        content.texts.append(value)


def _add_block(content: Content, block, value) -> None:
    if isinstance(block, HeadingBlock):
        content.headings.append((int(value["level"][1:]), value["text"]))
    if isinstance(value, StructValue):
        for name, child in value.items():
            _add_block(content, block.child_blocks[name], child)
    else:
        _add_value(content, value)


def content_of(obj: models.Model) -> Content:
    """The text wagtail-localize would translate in `obj`, with its links and body headings."""
    content = Content()
    for translatable in get_translatable_fields(type(obj)):
        if not isinstance(translatable, TranslatableField):
            continue
        model_field = translatable.get_field(type(obj))
        value = getattr(obj, translatable.field_name)
        if isinstance(model_field, RichTextField):
            _add_html(content, value or "")
        elif isinstance(model_field, StreamField):
            _add_value(content, value)
        elif isinstance(value, str) and not isinstance(model_field, models.SlugField):
            content.texts.append(value)
    return content


def _heading_problems(headings: list[tuple[int, str]]) -> Iterator[Problem]:
    previous = 1
    for level, text in headings:
        if level > previous + 1:
            yield Problem(Check.HEADINGS, f"h{previous} → h{level}: «{text}»")
        previous = level


def _link_problems(links: list[tuple[str, str]]) -> Iterator[Problem]:
    targets: dict[str, tuple[str, set[str]]] = {}  # by the text in lower case: as first written, places
    for text, target in links:
        if text.lower().strip(" .…»«") in VAGUE_LINK_TEXT or BARE_ADDRESS.match(text):
            yield Problem(Check.LINK_TEXT, f"«{text}»")
        targets.setdefault(text.lower(), (text, set()))[1].add(target)
    for text, places in targets.values():
        if len(places) > 1 and text:
            yield Problem(Check.LINK_TEXT, f"«{text}» → {len(places)}")


def _language_problems(texts: list[str], language: str) -> Iterator[Problem]:
    if language == SOURCE_LANGUAGE:
        return
    words = [word for text in texts for word in RUSSIAN_WORD.findall(text)]
    if words:
        yield Problem(Check.LANGUAGE, ", ".join(dict.fromkeys(words[:5])))


def problems_of(obj: models.Model) -> list[Problem]:
    content = content_of(obj)
    language = obj.locale.language_code
    found = [
        *_heading_problems(content.headings),
        *_link_problems(content.links),
        *_language_problems(content.texts, language),
    ]
    return list(dict.fromkeys(found))
