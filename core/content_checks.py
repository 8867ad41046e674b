"""Content checks the server can run on what editors publish, so the dashboard can count what fails: the
rules of the editor's own checker (core.content_checker, axe-core in the browser) that stored text can break.

- headings: a body heading skips a level (the page's title is the h1, so a body starts at h2);
- link text: a link says «здесь» or "read more", is a bare address, or shares its text with a link that leads
  elsewhere (axe's link-name and identical-links-same-purpose);
- language: a version in another language than Russian still has Russian words, as a translation published
  with strings left untranslated does (axe's valid-lang cannot see it: the page says lang="en").

Pages are checked when they are published, catalog entries when they are saved (`watch`), and everything by
`manage.py check_content`. The text checked is what wagtail-localize translates, so every page type and
catalog is covered without a list of fields here.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
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
    targets: dict[str, set[str]] = {}
    for text, target in links:
        if text.lower().strip(" .…»«") in VAGUE_LINK_TEXT or BARE_ADDRESS.match(text):
            yield Problem(Check.LINK_TEXT, f"«{text}»")
        targets.setdefault(text.lower(), set()).add(target)
    for text, places in targets.items():
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


def record(obj: models.Model) -> None:
    """Replaces what was found in `obj` by what is found now (nothing, for a page that is not live)."""
    from core.models import ContentProblem

    content_type = ContentType.objects.get_for_model(obj)
    found = problems_of(obj) if getattr(obj, "live", True) else []
    with transaction.atomic():
        ContentProblem.objects.filter(content_type=content_type, object_id=obj.pk).delete()
        ContentProblem.objects.bulk_create(ContentProblem.of(obj, content_type, problem) for problem in found)


def forget(obj: models.Model) -> None:
    from core.models import ContentProblem

    ContentProblem.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    ).delete()


def forget_page(sender, instance, **kwargs):
    """A deleted page (`post_delete` of Page, which knows no specific type)."""
    from wagtail.models import get_page_models

    from core.models import ContentProblem

    page_types = ContentType.objects.get_for_models(*get_page_models()).values()
    ContentProblem.objects.filter(content_type__in=page_types, object_id=instance.pk).delete()


WATCHED: list[type[models.Model]] = []


def _recorded(sender, instance, raw=False, **kwargs):
    if not raw:
        record(instance)


def _forgotten(sender, instance, **kwargs):
    forget(instance)


def watch(model: type[models.Model]) -> None:
    """Checks `model`'s rows whenever one is saved (catalog entries), and in `manage.py check_content`."""
    WATCHED.append(model)
    post_save.connect(_recorded, sender=model, dispatch_uid=f"content_checks:{model.__name__}")
    post_delete.connect(_forgotten, sender=model, dispatch_uid=f"content_checks:{model.__name__}")


def on_page_published(sender, instance, **kwargs):
    record(instance.specific)


def on_page_unpublished(sender, instance, **kwargs):
    forget(instance.specific)


def check_all(write=lambda line: None) -> dict[str, int]:
    """Checks every live page and every watched model's rows afresh; what was found before is replaced.
    Returns the number of problems per check."""
    from wagtail.models import Page

    from core.models import ContentProblem

    found = []
    sources = [("pages", Page.objects.live().select_related("locale").specific())]
    sources += [
        (model._meta.verbose_name_plural, model.objects.select_related("locale")) for model in WATCHED
    ]
    for label, rows in sources:
        checked = 0
        for obj in rows.iterator(chunk_size=2000):
            content_type = ContentType.objects.get_for_model(obj)
            found += [ContentProblem.of(obj, content_type, problem) for problem in problems_of(obj)]
            checked += 1
        write(f"  {label}: {checked} checked")
    with transaction.atomic():
        ContentProblem.objects.all().delete()
        ContentProblem.objects.bulk_create(found, batch_size=1000)
    counts = dict.fromkeys(Check.values, 0)
    for problem in found:
        counts[problem.failed_check] += 1
    return counts
