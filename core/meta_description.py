"""The description search engines and link previews show for a page (`<meta name="description">`).

Editors write it as Wagtail's search description; a page without one is described by its own introduction
(its intro, summary or lead), a view by what it puts in its context, and anything else by the site itself.
"""

import re

from django.utils.translation import gettext_lazy as _

# A page's fields, best first: the editor's search description, then its introductory text.
PAGE_FIELDS = ("search_description", "intro", "summary", "lead")
# Search engines show about this much; a longer text is cut at a word.
MAX_LENGTH = 160
SITE = _(
    "Moscow's innovation platform: support measures, clusters, news and catalogs of premises, projects, "
    "partners, investors and manufacturers."
)
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def first_sentence(text: str) -> str:
    return SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def page_description(page) -> str:
    return next((text for name in PAGE_FIELDS if (text := getattr(page, name, ""))), "")


def shortened(text: str) -> str:
    """On one line, at most MAX_LENGTH characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= MAX_LENGTH:
        return text
    cut = text[: MAX_LENGTH - 1]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return f"{cut.rstrip(' ,;:—-')}…"


def describe(context) -> str:
    """The description of the page a template context renders: the view's `meta_description`, else the
    Wagtail page's, else the site's, in the reader's language."""
    text = context.get("meta_description") or page_description(context.get("page")) or SITE
    return shortened(str(text))
