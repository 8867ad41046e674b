from django import template

from core.listing import form_errors as errors_of

register = template.Library()


@register.simple_tag
def form_errors(form):
    """The form's errors for the error summary (components/error_summary.html)."""
    return errors_of(form)
