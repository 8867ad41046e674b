"""Admin forms for every editor: many-to-many choices as checkbox lists (no Ctrl-click), with a box that
narrows a long list (assets/js/admin-choice-filter.js); page choosers labelled in the editor's language; the
labels wagtail-localize's translation editor leaves in English put through the catalog
(assets/js/admin-translation-editor.js)."""

from django import forms
from django.db import models
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.models import AbstractPage

from core.admin_choosers import PageChooser

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
