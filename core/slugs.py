"""Readable Latin addresses for Russian titles, for pages and catalog entries alike.

Transliteration follows the Russian passport scheme (ICAO Doc 9303, used in Russian passports since 2013):
ж zh, й i, х kh, ц ts, ч ch, ш sh, щ shch, ъ ie, ы y, ь dropped, ю iu, я ia. An address is at most
`MAX_LENGTH` characters, cut at a word boundary, and a page's address is unique among its siblings.
"""

from django.utils.text import slugify

MAX_LENGTH = 80

_PASSPORT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y",
        "ь": "", "э": "e", "ю": "iu", "я": "ia",
    }
)  # fmt: skip


def latin_slug(text: str, max_length: int = MAX_LENGTH, fallback: str = "entry") -> str:
    """An ASCII slug of Russian or English text, cut at the last whole word within `max_length`."""
    slug = slugify(text.lower().translate(_PASSPORT))
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:max_length]
    return slug.strip("-") or fallback


class ReadableSlug:
    """For page models: an address typed or filled in from the title in Cyrillic (the admin does so), or too
    long, is saved in its Latin form, unique among the page's siblings. Wagtail redirects a live page's old
    address when it changes (wagtail.contrib.redirects)."""

    def full_clean(self, *args, **kwargs):
        source = self.slug or self.title
        if source and (not source.isascii() or len(source) > MAX_LENGTH or not self.slug):
            self.slug = self._unique_among_siblings(latin_slug(source, fallback="page"))
        super().full_clean(*args, **kwargs)

    def _unique_among_siblings(self, slug: str) -> str:
        if not self.path or self.depth < 2:
            return slug
        taken = set(self.get_parent().get_children().exclude(pk=self.pk).values_list("slug", flat=True))
        candidate, number = slug, 2
        while candidate in taken:
            suffix = f"-{number}"
            candidate, number = f"{slug[: MAX_LENGTH - len(suffix)].rstrip('-')}{suffix}", number + 1
        return candidate
