"""Validators for Russian company identifiers: the INN (taxpayer number) and the OGRN / OGRNIP
(primary state registration number of an organisation / of a sole proprietor).

`inn_is_valid` and `ogrn_is_valid` are plain functions for code that doesn't use Django forms or models;
the `validate_*` functions wrap them to tell the user which rule the value breaks.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_DIGITS = frozenset("0123456789")

_INN_LENGTHS = (10, 12)
_INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_FIRST = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_SECOND = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)

# OGRN: organisations (13 digits, mod 11); OGRNIP: sole proprietors (15 digits, mod 13).
_OGRN_MODULUS_BY_LENGTH = {13: 11, 15: 13}

_INN_MESSAGES = {
    "invalid_characters": _("An INN is made of digits only: remove any letters, spaces or punctuation"),
    "invalid_length": _("An INN has 10 digits (organisation) or 12 digits (individual)"),
    "invalid_checksum": _("This INN's check digit is wrong: please check for a typo"),
}
_OGRN_MESSAGES = {
    "invalid_characters": _("An OGRN is made of digits only: remove any letters, spaces or punctuation"),
    "invalid_length": _("An OGRN has 13 digits (organisation) or 15 digits (OGRNIP, sole proprietor)"),
    "invalid_checksum": _("This OGRN's check digit is wrong: please check for a typo"),
}


def _is_digits(value: str) -> bool:
    # Not str.isdigit(): it also accepts superscripts and non-ASCII digits, which no register issues.
    return set(value) <= _DIGITS


def _inn_check_digit(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 % 10


def inn_is_valid(inn: str) -> bool:
    """Whether `inn` is a 10-digit (organisation) or 12-digit (individual) INN with correct check digits.

    The value is taken as it is: strip it first if it may carry surrounding whitespace.
    """
    if not _is_digits(inn):
        return False
    if len(inn) == 10:
        return _inn_check_digit(inn[:9], _INN10_WEIGHTS) == int(inn[9])
    if len(inn) == 12:
        first = _inn_check_digit(inn[:10], _INN12_WEIGHTS_FIRST)
        second = _inn_check_digit(inn[:11], _INN12_WEIGHTS_SECOND)
        return (first, second) == (int(inn[10]), int(inn[11]))
    return False


def ogrn_is_valid(ogrn: str) -> bool:
    """Whether `ogrn` is a 13-digit OGRN or a 15-digit OGRNIP with a correct check digit.

    The value is taken as it is: strip it first if it may carry surrounding whitespace.
    """
    modulus = _OGRN_MODULUS_BY_LENGTH.get(len(ogrn))
    if modulus is None or not _is_digits(ogrn):
        return False
    return int(ogrn[:-1]) % modulus % 10 == int(ogrn[-1])


def _validate(value, lengths, is_valid, messages) -> None:
    # An int has already lost any leading zero (INNs of regions 01-09 start with one); padding it back would
    # be a guess, so it is checked as the digits it has and fails on length.
    digits = str(value).strip()
    # Checked in this order so that the message names the first thing to fix, not a symptom of it.
    if not _is_digits(digits):
        raise ValidationError(messages["invalid_characters"], code="invalid_characters")
    if len(digits) not in lengths:
        raise ValidationError(messages["invalid_length"], code="invalid_length")
    if not is_valid(digits):
        raise ValidationError(messages["invalid_checksum"], code="invalid_checksum")


def validate_inn(value: str | int) -> None:
    """Django validator for an INN of an organisation (10 digits) or an individual (12 digits)."""
    _validate(value, _INN_LENGTHS, inn_is_valid, _INN_MESSAGES)


def validate_ogrn(value: str | int) -> None:
    """Django validator for an OGRN (13 digits) or an OGRNIP (15 digits)."""
    _validate(value, tuple(_OGRN_MODULUS_BY_LENGTH), ogrn_is_valid, _OGRN_MESSAGES)
