import re

from django import template

register = template.Library()

CYRILLIC = re.compile("[А-Яа-яЁё]")
LATIN = re.compile("[A-Za-z]")


@register.filter
def script_language(text) -> str:
    """The language of text people typed (an organization's name, a reviewer's comment), told by its
    script: the site's two languages write in different alphabets, and the interface language says nothing
    about what an applicant or a reviewer wrote."""
    text = str(text)
    return "ru" if len(CYRILLIC.findall(text)) >= len(LATIN.findall(text)) else "en"
