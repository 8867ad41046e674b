from django import template

from core.meta_description import describe

register = template.Library()


@register.simple_tag(takes_context=True)
def meta_description(context) -> str:
    """`<meta name="description" content="{% meta_description %}">`: see core.meta_description."""
    return describe(context)
