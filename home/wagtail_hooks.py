from django.shortcuts import redirect
from wagtail import hooks


@hooks.register("before_serve_page")
def send_untranslated_aliases_to_the_original(page, request, serve_args, serve_kwargs):
    """An alias in another language's tree would show Russian text under lang="en": serve the original."""
    original = page.alias_of
    if original is not None and original.locale_id != page.locale_id and original.live:
        return redirect(original.url)
    return None
