"""Admin forms for every editor: many-to-many choices as checkbox lists (no Ctrl-click), with a box that
narrows a long list (assets/js/admin-choice-filter.js); page choosers labelled in the editor's language; the
labels wagtail-localize's translation editor leaves in English put through the catalog
(assets/js/admin-translation-editor.js)."""

from django import forms
from django.db import models
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.forms.models import register_form_field_override
from wagtail.models import AbstractPage

from core import admin_tasks, content_report
from core.admin_choosers import PageChooser
from core.dashboard import EditorsMenuItem

register_form_field_override(models.ManyToManyField, override={"widget": forms.CheckboxSelectMultiple})
# In place of Wagtail's AdminPageChooser for links to pages: labels in each editor's language.
register_form_field_override(
    models.ForeignKey,
    to=AbstractPage,
    override=lambda db_field: {"widget": PageChooser(target_models=[db_field.remote_field.model])},
)


@hooks.register("insert_global_admin_js")
def choice_filter_js():
    return format_html('<script src="{}" defer></script>', static("js/admin-choice-filter.js"))


@hooks.register("insert_editor_js")
def translation_editor_js():
    return format_html('<script src="{}" defer></script>', static("js/admin-translation-editor.js"))


@hooks.register("register_admin_urls")
def content_report_urls():
    return content_report.urls


@hooks.register("register_reports_menu_item")
def content_report_menu_item():
    return EditorsMenuItem(_("Content checks"), reverse("content_problems"), icon_name="warning", order=160)


@hooks.register("register_admin_urls")
def failed_tasks_urls():
    return admin_tasks.urls


@hooks.register("register_reports_menu_item")
def failed_tasks_menu_item():
    return admin_tasks.AdministratorsMenuItem(
        _("Background tasks"), reverse("failed_tasks"), icon_name="warning", order=170
    )


@hooks.register("construct_homepage_panels")
def content_problems_panel(request, panels):
    if user_has_any_page_permission(request.user):
        panels.append(content_report.panel())
