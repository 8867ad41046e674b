"""Numbers as people type them, in both languages: every format, and errors that name the field."""

from decimal import Decimal

import pytest
from django import forms
from django.template import Context, Template
from django.utils import translation

from core.listing import form_errors
from core.numbers import GroupedDecimalField, GroupedIntegerField
from search.query import FacetValue
from search.templatetags.facet_tags import facet_choices

NBSP, THIN, NARROW = "\u00a0", "\u2009", "\u202f"
RU_AREA, EN_AREA = "Введите число, например 12,5 или 1250.", "Enter a number, such as 12.5 or 1250."


class AmountForm(forms.Form):
    amount = GroupedIntegerField(label="Amount", required=False, min_value=0)
    area = GroupedDecimalField(label="Area", required=False, min_value=0, max_digits=12, decimal_places=1)


def cleaned(field: str, typed: str, language: str):
    with translation.override(language):
        form = AmountForm({field: typed})
        assert form.is_valid(), form.errors
        return form.cleaned_data[field]


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize(
    "typed, amount",
    [
        ("3500000", 3_500_000),
        ("3 500 000", 3_500_000),
        (f"3{NBSP}500{NBSP}000", 3_500_000),
        (f"3{THIN}500{THIN}000", 3_500_000),
        (f"3{NARROW}500{NARROW}000", 3_500_000),
        ("3 500 000 ₽", 3_500_000),
        (f"3{NBSP}500{NBSP}000{NBSP}₽", 3_500_000),
        ("3 500 000 руб.", 3_500_000),
        ("3,500,000", 3_500_000),
        ("3.500.000", 3_500_000),
        ("3,500", 3_500),  # a whole-number field: a comma before three digits groups thousands
        ("  42 ", 42),
        ("12,0", 12),
    ],
)
def test_whole_numbers_in_every_way_people_write_them(typed, amount, language):
    assert cleaned("amount", typed, language) == amount


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize(
    "typed, area",
    [
        ("12,5", Decimal("12.5")),
        ("12.5", Decimal("12.5")),
        ("12,50", Decimal("12.5")),
        ("1 250,5", Decimal("1250.5")),
        (f"1{NBSP}250,5 м²", Decimal("1250.5")),
        ("1,250.5", Decimal("1250.5")),
        ("1.250,5", Decimal("1250.5")),
        ("3,500,000", Decimal("3500000")),  # the comma repeats: it groups thousands
        ("12,500", Decimal("12.5")),  # a single comma in a field with fractions is the decimal mark
        ("3 500", Decimal("3500")),
        ("700", Decimal("700")),
    ],
)
def test_numbers_with_fractions_take_the_russian_decimal_comma(typed, area, language):
    assert cleaned("area", typed, language) == area


@pytest.mark.parametrize(
    "field, typed",
    [
        ("amount", "много"),
        ("amount", "12,5"),
        ("amount", "3 50 000"),
        ("amount", "1e6"),
        ("amount", "3,5,0"),
        ("amount", "٣٥٠٠"),
        ("area", "12,5,0"),
        ("area", "1 2,5"),
        ("area", "NaN"),
        ("area", "∞"),
    ],
)
@pytest.mark.parametrize(
    "language, messages",
    [
        ("ru", {"amount": f"Введите целое число, например 3{NBSP}500{NBSP}000.", "area": RU_AREA}),
        ("en", {"amount": "Enter a whole number, such as 3,500,000.", "area": EN_AREA}),
    ],
)
def test_what_is_not_a_number_is_refused_with_an_example_and_kept(field, typed, language, messages):
    with translation.override(language):
        form = AmountForm({field: typed})
        assert not form.is_valid()
        assert form.errors[field] == [messages[field]]
        assert form[field].value() == typed


def test_the_boxes_are_text_boxes_that_take_spaces_with_a_numeric_keyboard():
    form = AmountForm()
    assert 'type="text"' in str(form["amount"]) and 'inputmode="numeric"' in str(form["amount"])
    assert 'type="text"' in str(form["area"]) and 'inputmode="decimal"' in str(form["area"])


def test_a_field_labelled_within_a_group_is_named_in_full_in_the_error_summary():
    form = AmountForm({"amount": "x"})
    form.fields["amount"].full_label = "Investment sought, from"
    assert [(error.label, error.field_id) for error in form_errors(form)] == [
        ("Investment sought, from", "id_amount")
    ]


@pytest.mark.parametrize(
    "language, shown",
    [("ru", f"29{NBSP}473 · 473 · 3{NBSP}500{NBSP}000"), ("en", "29,473 · 473 · 3,500,000")],
)
def test_numbers_are_shown_with_the_languages_grouping(language, shown):
    with translation.override(language):
        rendered = Template(
            "{% load number_tags %}{{ a|grouped }} · {{ b|grouped }} · {{ c|grouped }}"
        ).render(Context({"a": 29473, "b": 473, "c": 3_500_000}))
    assert rendered == shown


@pytest.mark.parametrize("language, count", [("ru", f"(29{NBSP}473)"), ("en", "(29,473)")])
def test_catalog_facet_counts_are_grouped(language, count):
    field = forms.Form()
    field.fields["region"] = forms.MultipleChoiceField()
    with translation.override(language):
        html = facet_choices(field["region"], [FacetValue("moscow", "Москва", 29473, False)])
    assert f'<span class="count">{count}</span>' in html
