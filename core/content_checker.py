"""Wagtail's content checker (userbar and the editor's Checks panel) with a stricter rule set than its
default: what editors' content can break for screen-reader and low-vision readers."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

# axe-core rule ids; Wagtail's own custom rules (alt text patterns, meta description) stay in.
CONTENT_RULES = [
    *ContentCheckerItem.axe_run_only,
    "image-alt",
    "image-redundant-alt",
    "role-img-alt",
    "svg-img-alt",
    "input-image-alt",
    "area-alt",
    "object-alt",
    "video-caption",
    "page-has-heading-one",
    "color-contrast",
    "link-in-text-block",
    "identical-links-same-purpose",
    "list",
    "listitem",
    "definition-list",
    "dlitem",
    "td-headers-attr",
    "th-has-data-cells",
    "table-duplicate-name",
    "valid-lang",
]


class StrictContentChecker(ContentCheckerItem):
    axe_run_only = CONTENT_RULES
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image without alternative text"),
            "help_text": _("Describe the image in its alternative text fields, or mark it decorative"),
        },
        "image-redundant-alt": {
            "error_name": _("Alternative text repeats the text next to it"),
            "help_text": _("Say what the image adds, or mark it decorative"),
        },
        "page-has-heading-one": {
            "error_name": _("The page has no main heading"),
            "help_text": _("Give the page a title"),
        },
        "color-contrast": {
            "error_name": _("Text too faint against its background"),
            "help_text": _("Use colours with a contrast of at least 4.5:1"),
        },
        "identical-links-same-purpose": {
            "error_name": _("Links with the same text lead to different places"),
            "help_text": _("Make each link's text say where it leads"),
        },
    }


def use_strict_content_checker(request, items, page):
    """The `construct_wagtail_userbar` hook: swap the default checker, in the userbar and in the editor."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, StrictContentChecker):
            items[index] = StrictContentChecker(in_editor=item.in_editor)
