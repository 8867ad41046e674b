import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()

CYRILLIC = re.compile("[А-Яа-яЁё]")
LATIN = re.compile("[A-Za-z]")
# Russian words with the spaces, digits and punctuation between them, so «склад Зеленоград» is one phrase.
CYRILLIC_PHRASE = re.compile(r"[А-Яа-яЁё](?:[А-Яа-яЁё0-9\s\-–]*[А-Яа-яЁё])?")


@register.filter
def script_language(text) -> str:
    """The language of text people typed (an organization's name, a reviewer's comment), told by its
    script: the site's two languages write in different alphabets, and the interface language says nothing
    about what an applicant or a reviewer wrote."""
    text = str(text)
    return "ru" if len(CYRILLIC.findall(text)) >= len(LATIN.findall(text)) else "en"


@register.filter(needs_autoescape=True)
def in_language(text, language=None, autoescape=True):
    """Text written in one language that may quote another: an English saved search's title with the Russian
    words its owner typed, a message naming a Russian measure. Marked with its language where that is not the
    page's, and its Russian phrases marked too when it is not Russian, so a screen reader switches voice for
    exactly those words."""
    escape = conditional_escape if autoescape else str
    text = str(text)
    language = language or get_language()
    if language == "ru":
        marked = escape(text)
    else:
        pieces, start = [], 0
        for phrase in CYRILLIC_PHRASE.finditer(text):
            pieces += [
                escape(text[start : phrase.start()]),
                format_html('<span lang="ru">{}</span>', phrase[0]),
            ]
            start = phrase.end()
        marked = "".join(map(str, pieces)) + str(escape(text[start:]))
    if language == get_language():
        return mark_safe(marked)
    return format_html('<span lang="{}">{}</span>', language, mark_safe(marked))
