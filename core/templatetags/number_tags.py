from django import template

from core.numbers import grouped as grouped_number

register = template.Library()


@register.filter
def grouped(number):
    """A whole number with the language's thousands separator: {{ total|grouped }} is 29 473 or 29,473."""
    if number is None or number == "":
        return ""
    return grouped_number(int(number))
