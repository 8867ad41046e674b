from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.snippets.models import register_snippet

from core.content_checker import use_strict_content_checker
from core.dashboard import EditorsMenuItem, WorkLine, WorkPanel
from home import translations_waiting
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


@hooks.register("register_admin_urls")
def translations_waiting_urls():
    return translations_waiting.urls


@hooks.register("register_reports_menu_item")
def translations_waiting_menu_item():
    return EditorsMenuItem(
        _("Translations waiting"), reverse("translations_waiting"), icon_name="globe", order=150
    )


@hooks.register("construct_homepage_panels")
def translations_waiting_panel(request, panels):
    if not user_has_any_page_permission(request.user):
        return
    count = translations_waiting.waiting(request.user).count()
    lines = [WorkLine(str(_("Translated pages not yet published")), count, reverse("translations_waiting"))]
    panels.append(
        WorkPanel("translations-waiting", _("Translations waiting"), lines if count else [], order=60)
    )
