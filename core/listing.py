"""Pieces every listing shares (measures, news, later the catalogs): pagination and form errors."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.core.paginator import EmptyPage, Page, Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def requested_page(request) -> int:
    """The page number in the address; anything but a whole number from 1 up is a 404."""
    raw = request.GET.get("page") or "1"
    try:
        number = int(raw)
    except ValueError:
        raise Http404(_("There is no page “%(page)s” of this list.") % {"page": raw[:20]}) from None
    if number < 1:
        raise Http404(_("There is no page %(page)s of this list.") % {"page": number})
    return number


def paginate(request, items, per_page: int) -> Page:
    """The requested page of `items`; a page number that is not a whole number from 1 to the last is a 404."""
    number = requested_page(request)
    try:
        return Paginator(items, per_page).page(number)
    except EmptyPage:
        raise Http404(_("There is no page %(page)s of this list.") % {"page": number}) from None


class MultipleChoiceFilter(forms.MultipleChoiceField):
    """Checkboxes of a GET filter: empty and repeated values in the address are ignored, not errors."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        return list(dict.fromkeys(item for item in super().to_python(value) if item))


@dataclass(frozen=True)
class FieldError:
    field_id: str
    label: str
    message: str


def form_errors(form: forms.Form) -> list[FieldError]:
    """Errors in the order of the form's fields, for the error summary that links to each field.

    A field labelled within a group (a range's «from» under «Investment sought») sets `full_label`, so the
    summary, read away from the group, still names it in full. An error of the whole form (a password that
    does not match its address) comes first, unlabelled, and leads to the first field.
    """
    first = next((name for name, field in form.fields.items() if not field.widget.is_hidden), "")
    errors = [FieldError(f"id_{first}", "", message) for message in form.non_field_errors()]
    for name, field in form.fields.items():
        label = str(getattr(field, "full_label", None) or field.label)
        for message in form.errors.get(name, []):
            errors.append(FieldError(f"id_{name}", label, message))
    return errors


def valid_filters(form: forms.Form) -> dict:
    """What the visitor asked for, keeping every valid field when another field has a bad value."""
    form.is_valid()
    return {name: value for name, value in form.cleaned_data.items() if name not in form.errors}


def without_empty_parameters(request) -> str | None:
    """The address without the parameters a GET form sends empty (`?q=&area_min=`), or None when it has
    none: a listing redirects there, so its addresses, and the links built from them, stay clean."""
    pairs = [(name, value) for name, values in request.GET.lists() for value in values]
    kept = [(name, value) for name, value in pairs if value.strip()]
    if len(kept) == len(pairs):
        return None
    return f"{request.path}?{urlencode(kept)}" if kept else request.path
