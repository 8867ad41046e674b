"""INN and OGRN validators, checked against the identifiers of real Russian organisations.

Only error codes are compared: the messages are lazy translations, and rendering them would need settings.
"""

import pytest
from django.core.exceptions import ValidationError

from catalog.validators import inn_is_valid, ogrn_is_valid, validate_inn, validate_ogrn

# (INN, OGRN) of organisations, as published in their own legal details and the state register.
ORGANISATIONS = {
    "Sberbank": ("7707083893", "1027700132195"),
    "Yandex": ("7736207543", "1027700229193"),
    "Gazprom": ("7736050003", "1027700070518"),
    "Russian Railways": ("7708503727", "1037739877295"),
    "Aeroflot": ("7712040126", "1027700092661"),
    "Government of Moscow": ("7710489036", "1027739813507"),
    "Lukoil": ("7708004767", "1027700035769"),
    "MTS": ("7740000076", "1027700149124"),
    "Rosneft": ("7706107510", "1027700043502"),
    "VTB Bank": ("7702070139", "1027739609391"),
    "MegaFon": ("7812014560", "1027809169585"),  # registered in Saint Petersburg, hence 78
    "Rostelecom": ("7707049388", "1027700198767"),
    "Kaspersky Lab": ("7713140469", "1027739867473"),
    "T-Bank (formerly Tinkoff Bank)": ("7710140679", "1027739642281"),
    "Bank of Russia": ("7702235133", "1037700013020"),
    "Magnit": ("2309085638", "1032304945947"),  # Krasnodar Krai, 23
    "Bank Uralsib": ("0274062111", "1020280000190"),  # Bashkortostan, 02: the INN starts with a zero
}

# Checksum-valid examples widely used in documentation; not attributed to any person.
INDIVIDUAL_INN = "500100732259"
OGRNIP = "304500116000157"

VALID_INNS = [inn for inn, _ in ORGANISATIONS.values()] + [INDIVIDUAL_INN]
VALID_OGRNS = [ogrn for _, ogrn in ORGANISATIONS.values()] + [OGRNIP]


def _error_code(validator, value):
    with pytest.raises(ValidationError) as excinfo:
        validator(value)
    return excinfo.value.code


def _with_digit(value, position, digit):
    return value[:position] + digit + value[position + 1 :]


def _check_digit_changes(value, positions):
    """Every value that differs from `value` by one digit at one of `positions`."""
    return [
        _with_digit(value, position, digit)
        for position in positions
        for digit in "0123456789"
        if digit != value[position]
    ]


@pytest.mark.parametrize(("inn", "ogrn"), list(ORGANISATIONS.values()), ids=list(ORGANISATIONS))
def test_real_organisations_pass(inn, ogrn):
    assert inn_is_valid(inn)
    assert ogrn_is_valid(ogrn)
    validate_inn(inn)
    validate_ogrn(ogrn)


def test_individual_inn_and_ogrnip_pass():
    assert inn_is_valid(INDIVIDUAL_INN)
    assert ogrn_is_valid(OGRNIP)
    validate_inn(INDIVIDUAL_INN)
    validate_ogrn(OGRNIP)


@pytest.mark.parametrize("inn", VALID_INNS)
def test_any_change_of_an_inn_check_digit_fails(inn):
    check_positions = [9] if len(inn) == 10 else [10, 11]
    for changed in _check_digit_changes(inn, check_positions):
        assert not inn_is_valid(changed), changed
        assert _error_code(validate_inn, changed) == "invalid_checksum"


@pytest.mark.parametrize("ogrn", VALID_OGRNS)
def test_any_change_of_an_ogrn_check_digit_fails(ogrn):
    for changed in _check_digit_changes(ogrn, [len(ogrn) - 1]):
        assert not ogrn_is_valid(changed), changed
        assert _error_code(validate_ogrn, changed) == "invalid_checksum"


@pytest.mark.parametrize(
    "inn",
    [
        "7707038893",  # Sberbank's, two digits swapped
        "7707083839",  # Sberbank's, last two digits swapped
        "7736207534",  # Yandex's, last two digits swapped
        "7763207543",  # Yandex's, two digits swapped
        "7736050030",  # Gazprom's, last two digits swapped
        "500100732295",  # the individual INN, last two digits swapped
        "500100732202",  # the second check digit fits, the first doesn't: both are checked
    ],
)
def test_inn_typos_fail(inn):
    assert not inn_is_valid(inn)
    assert _error_code(validate_inn, inn) == "invalid_checksum"


@pytest.mark.parametrize(
    "ogrn",
    [
        "1027700132159",  # Sberbank's, last two digits swapped
        "1027700229139",  # Yandex's, last two digits swapped
        "1027700070581",  # Gazprom's, last two digits swapped
        "1027700132193",  # right for an OGRNIP's modulus 13, wrong for an OGRN's 11
        "316784700262701",  # right for an OGRN's modulus 11, wrong for an OGRNIP's 13
    ],
)
def test_ogrn_typos_fail(ogrn):
    assert not ogrn_is_valid(ogrn)
    assert _error_code(validate_ogrn, ogrn) == "invalid_checksum"


@pytest.mark.parametrize(
    ("inn", "code"),
    [
        ("770708389", "invalid_length"),  # 9 digits
        ("77070838931", "invalid_length"),  # 11
        ("5001007322590", "invalid_length"),  # 13
        ("", "invalid_length"),
        ("   ", "invalid_length"),
        ("77070838O3", "invalid_characters"),  # Latin letter O for a zero
        ("77070838\u04173", "invalid_characters"),  # Cyrillic capital Ze for a three
        ("7707 083 893", "invalid_characters"),
        ("7707-083-893", "invalid_characters"),
        ("٧٧٠٧٠٨٣٨٩٣", "invalid_characters"),  # Sberbank's INN in Arabic-Indic digits
        ("-7707083893", "invalid_characters"),
    ],
)
def test_malformed_inn_gets_the_right_code(inn, code):
    assert not inn_is_valid(inn)
    assert _error_code(validate_inn, inn) == code


@pytest.mark.parametrize(
    ("ogrn", "code"),
    [
        ("102770013219", "invalid_length"),  # 12 digits
        ("10277001321950", "invalid_length"),  # 14
        ("3045001160001570", "invalid_length"),  # 16
        ("", "invalid_length"),
        ("1027700132I95", "invalid_characters"),  # Latin letter I for a one
        ("1027700 132195", "invalid_characters"),
        ("1027700132195.", "invalid_characters"),
    ],
)
def test_malformed_ogrn_gets_the_right_code(ogrn, code):
    assert not ogrn_is_valid(ogrn)
    assert _error_code(validate_ogrn, ogrn) == code


def test_surrounding_whitespace_is_tolerated():
    validate_inn(" 7707083893 ")
    validate_inn("\t500100732259\n")
    validate_ogrn("  1027700132195")
    validate_ogrn("304500116000157\r\n")


def test_an_int_is_checked_as_its_digits():
    validate_inn(7707083893)
    validate_ogrn(1027700132195)
    # Uralsib's INN 0274062111 as a number has lost its leading zero, and is not silently padded back.
    assert _error_code(validate_inn, 274062111) == "invalid_length"
