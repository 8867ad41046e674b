from django.shortcuts import redirect
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.content_checker import use_strict_content_checker
from home.models import AccessibilityReport


@hooks.register("before_serve_page")
def send_untranslated_aliases_to_the_original(page, request, serve_args, serve_kwargs):
    """An alias in another language's tree would show Russian text under lang="en": serve the original."""
    original = page.alias_of
    if original is not None and original.locale_id != page.locale_id and original.live:
        return redirect(original.url)
    return None


hooks.register("construct_wagtail_userbar", use_strict_content_checker)
# Visitors' reports of accessibility problems, for the staff to read and answer.
register_snippet(AccessibilityReport)
