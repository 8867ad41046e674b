"""Numbers as people type them: «3 500 000», «3 500 000 ₽», "3,500,000", «12,5 м²», in either language.

The rule, the same in Russian and English:

- Spaces (ordinary, non-breaking U+00A0, thin U+2009 and U+202F, figure U+2007) group thousands.
- A trailing currency or unit (₽, руб., roubles, м², m², …) is ignored.
- When both a comma and a full stop appear, the last one is the decimal mark and the other groups thousands
  («1.234,5», "1,234.5").
- A comma or full stop that appears more than once groups thousands ("3,500,000", «3.500.000»).
- A single comma or full stop followed by exactly three digits groups thousands in a whole-number field
  ("3,500" is 3500 roubles) and is the decimal mark in a field that takes fractions («12,500» m² is 12.5,
  as a Russian reader means it). Any other single comma or full stop is the decimal mark («12,5», "12.5").
- Groups after the first have exactly three digits: «3 50 000» is refused rather than guessed at.
"""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _

SPACES = re.compile("[ \u00a0\u2007\u2009\u202f]+")
UNIT = re.compile(
    r"\s*(₽|руб(лей|ля|ль)?\.?|р\.|rub(les)?\.?|roubles?|rubles?|кв\.?\s*м\.?|м²|м2|m²|m2|sq\.?\s*m)\s*$",
    re.IGNORECASE,
)
MINUS = re.compile("^[-\u2212]")
DIGITS = re.compile("[0-9]+")
GROUPED = re.compile("[0-9]{1,3}( [0-9]{3})+")


def parse_number(text: str, *, fractions: bool) -> Decimal:
    """The number in `text` by the module's rule; ValueError when it is not one."""
    text = UNIT.sub("", text.strip())
    negative = bool(MINUS.match(text))
    text = SPACES.sub(" ", MINUS.sub("", text).strip())
    whole, fraction = _split_decimal_mark(text, fractions)
    if not (DIGITS.fullmatch(whole) or GROUPED.fullmatch(whole)):
        raise ValueError(text)
    if fraction is not None and not DIGITS.fullmatch(fraction):
        raise ValueError(text)
    # «12,50» is 12.5: trailing zeros would count against a field's decimal places.
    fraction = (fraction or "").rstrip("0")
    number = Decimal(whole.replace(" ", "") + (f".{fraction}" if fraction else ""))
    return -number if negative else number


def _split_decimal_mark(text: str, fractions: bool) -> tuple[str, str | None]:
    """The whole part with spaces as its only grouping mark, and the digits after the decimal mark if any."""
    marks = [character for character in text if character in ",."]
    if not marks:
        return text, None
    last = marks[-1]
    other = "," if last == "." else "."
    if other in marks:
        whole, fraction = text.rsplit(last, 1)
        return whole.replace(other, " "), fraction
    if marks.count(last) > 1 or (len(text.rsplit(last, 1)[1]) == 3 and not fractions):
        return text.replace(last, " "), None
    whole, fraction = text.split(last)
    return whole, fraction


class GroupedIntegerField(forms.IntegerField):
    """A whole number typed as people write it (the module's rule), in a text box."""

    widget = forms.TextInput(attrs={"inputmode": "numeric"})
    default_error_messages = {"invalid": _("Enter a whole number, such as 3,500,000.")}

    def to_python(self, value):
        if value in self.empty_values or not str(value).strip():
            return None
        if isinstance(value, int):
            return value
        try:
            number = parse_number(str(value), fractions=False)
        except (ValueError, InvalidOperation):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        if number != number.to_integral_value():
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return int(number)

    def widget_attrs(self, widget):
        # No min/max attributes: they belong to type="number", which refuses the spaces people type.
        return {}


class GroupedDecimalField(forms.DecimalField):
    """A number with an optional fraction typed as people write it (see the module's rule)."""

    widget = forms.TextInput(attrs={"inputmode": "decimal"})
    default_error_messages = {"invalid": _("Enter a number, such as 12.5 or 1250.")}

    def to_python(self, value):
        if value in self.empty_values or not str(value).strip():
            return None
        if isinstance(value, Decimal):
            return value
        try:
            return parse_number(str(value), fractions=True)
        except (ValueError, InvalidOperation):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None

    def widget_attrs(self, widget):
        return {}


def grouped(number: int, separator: str | None = None) -> str:
    """A whole number with the language's thousands separator: 29 473 (a non-breaking space) or 29,473.

    The same output as humanize's `intcomma` for whole numbers, at a fraction of its cost: a catalog's
    facets print hundreds of counts per page, so they look the separator up once and pass it in.
    """
    return f"{number:,}".replace(",", separator if separator is not None else thousands_separator())


def thousands_separator() -> str:
    return formats.get_format("THOUSAND_SEPARATOR")
