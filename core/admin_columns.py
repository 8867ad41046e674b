"""Admin listing columns that write amounts as the admin's language does.

Wagtail prints whole numbers unlocalized (3500000) so that they never depend on USE_THOUSAND_SEPARATOR; an
editor reads amounts grouped: «3 500 000» in Russian, "3,500,000" in English. Dates need nothing: Django's
templates already write them in the language's format and the site's time zone.
"""

from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats
from wagtail.admin.ui.tables import Column

# Numbers that name something rather than count it: grouping would print the year 2024 as «2 024».
UNGROUPED_NUMBERS = ("year",)


class NumberColumn(Column):
    def get_value(self, instance):
        value = super().get_value(instance)
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            return formats.number_format(value, use_l10n=True, force_grouping=True)
        return value


def column_class_for(model: type[models.Model], field_name: str) -> type[Column]:
    """The column for one of `model`'s fields in list_display: amounts grouped."""
    try:
        field = model._meta.get_field(field_name)
    except FieldDoesNotExist:
        return Column
    if field.choices or field_name in UNGROUPED_NUMBERS:
        return Column
    if isinstance(field, models.IntegerField | models.DecimalField | models.FloatField):
        return NumberColumn
    return Column


class LocalizedColumnsMixin:
    """For Wagtail's model and snippet viewsets' index views: list_display's amounts grouped."""

    def _get_custom_column(self, field_name, column_class=Column, **kwargs):
        if column_class is Column and self.model is not None:
            column_class = column_class_for(self.model, field_name)
        return super()._get_custom_column(field_name, column_class, **kwargs)
