from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def facet_choices(field, values):
    """A facet's checkboxes, each labelled with its value and count.

    A region facet alone has 81 values: rows built here rather than by a per-row template keep the listing
    within its time budget (see search/benchmark.py), with the same markup.
    """
    return format_html_join(
        "\n",
        '<div class="choice"><input type="checkbox" name="{}" value="{}" id="{}_{}"{}>'
        '<label for="{}_{}">{} <span class="count">({})</span></label></div>',
        (
            (
                field.html_name,
                value.value,
                field.auto_id,
                index,
                mark_safe(" checked") if value.selected else "",
                field.auto_id,
                index,
                value.label,
                value.count,
            )
            for index, value in enumerate(values)
        ),
    )
