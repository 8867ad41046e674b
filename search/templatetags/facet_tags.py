from html import escape

from django import template
from django.utils.safestring import mark_safe

from core.numbers import grouped, thousands_separator

register = template.Library()


@register.simple_tag
def facet_choices(field, values, start=0):
    """A facet's checkboxes, each labelled with its value and count; ids are numbered from `start`, so a
    facet's values shown at once and those behind «Show all» never share one.

    A region facet alone has 81 values: rows joined here as plain strings (each value escaped once) rather
    than by a per-row template or format_html keep the listing within its time budget (see
    search/benchmark.py), with the same markup.
    """
    name, prefix, separator = escape(field.html_name), escape(field.auto_id), thousands_separator()
    # Every interpolated value is escaped here: the markup is safe.
    return mark_safe(
        "\n".join(
            f'<div class="choice"><input type="checkbox" name="{name}" value="{escape(value.value)}" '
            f'id="{prefix}_{index}"{" checked" if value.selected else ""}>'
            f'<label for="{prefix}_{index}">{escape(value.label)} '
            f'<span class="count">({grouped(value.count, separator)})</span></label></div>'
            for index, value in enumerate(values, start)
        )
    )
