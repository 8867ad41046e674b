"""Admin forms for every editor: many-to-many choices as checkbox lists (no Ctrl-click), with a box that
narrows a long list (assets/js/admin-choice-filter.js)."""

from django import forms
from django.db import models
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override

register_form_field_override(models.ManyToManyField, override={"widget": forms.CheckboxSelectMultiple})


@hooks.register("insert_global_admin_js")
def choice_filter_js():
    return format_html('<script src="{}" defer></script>', static("js/admin-choice-filter.js"))
