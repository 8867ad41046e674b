"""The measure finder: a few questions about the company, and the measures it can apply for, best first.

Eligibility is strict (the audience, the need, the industry when a measure names industries, not closed);
the order rewards closer matches, then the soonest deadline.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.db.models import F
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.listing import form_errors
from home.models.measures import MeasureKind, MeasureStatus, SupportMeasurePage, status_on
from taxonomy.models import Audience, Industry

ORGANISATIONS = [
    ("company", _("A company")),
    ("sole_proprietor", _("A sole proprietor")),
    ("university", _("A university")),
    ("research_institute", _("A research institute")),
]
SIZES = [
    ("startup", _("Startup (under 5 years, developing a new product)")),
    ("small", _("Small (up to 100 employees)")),
    ("medium", _("Medium (101 to 250 employees)")),
    ("large", _("Large (more than 250 employees)")),
]
NEEDS = [
    ("money", _("Money: grants, subsidies, loans, guarantees, tax benefits")),
    ("premises", _("Premises")),
    ("export", _("Export")),
    ("consulting", _("Advice and acceleration")),
    ("pilots", _("Testing a product with the city")),
]
KINDS_FOR_NEED = {
    "money": {
        MeasureKind.GRANT,
        MeasureKind.SUBSIDY,
        MeasureKind.LOAN,
        MeasureKind.GUARANTEE,
        MeasureKind.TAX_BENEFIT,
    },
    "premises": {MeasureKind.PREMISES},
    "export": {MeasureKind.EXPORT_SUPPORT},
    "consulting": {MeasureKind.CONSULTATION, MeasureKind.ACCELERATION},
    "pilots": {MeasureKind.PILOT_TESTING},
}
# The audiences an applicant belongs to, most specific first: sole proprietors are small businesses in law.
AUDIENCES_FOR = {
    ("company", "startup"): ["startup", "small_business"],
    ("company", "small"): ["small_business"],
    ("company", "medium"): ["medium_business"],
    ("company", "large"): ["large_business"],
    ("sole_proprietor", ""): ["individual_entrepreneur", "small_business"],
    ("university", ""): ["university"],
    ("research_institute", ""): ["research_institute"],
}


class FinderForm(forms.Form):
    organisation = forms.ChoiceField(
        label=_("Who is applying?"), choices=ORGANISATIONS, widget=forms.RadioSelect
    )
    size = forms.ChoiceField(
        label=_("Company size"),
        choices=SIZES,
        required=False,
        widget=forms.RadioSelect,
        help_text=_("Only for companies."),
    )
    industry = forms.ChoiceField(label=_("Industry"), required=False)
    needs = forms.MultipleChoiceField(
        label=_("What do you need?"), choices=NEEDS, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["industry"].choices = [("", gettext("Any industry"))] + [
            (item.slug, item.name) for item in Industry.objects.all()
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("organisation") == "company" and not cleaned.get("size"):
            self.add_error("size", gettext("Choose the size of the company."))
        if cleaned.get("organisation") != "company":
            cleaned["size"] = ""
        return cleaned


@dataclass
class Match:
    measure: SupportMeasurePage
    score: int
    reasons: list[str]


def _window_reason(measure: SupportMeasurePage, status: str) -> str:
    if status == MeasureStatus.UPCOMING:
        return gettext("Applications open on %(date)s") % {"date": formats.date_format(measure.opens)}
    if measure.deadline:
        return gettext("Applications accepted until %(date)s") % {
            "date": formats.date_format(measure.deadline)
        }
    return gettext("Applications accepted all year round")


def find_measures(answers: dict, measures, today: datetime.date) -> list[Match]:
    """Measures the applicant in `answers` can apply for, best match first, each with its reasons."""
    applicant_audiences = AUDIENCES_FOR[(answers["organisation"], answers.get("size") or "")]
    kinds = set().union(*(KINDS_FOR_NEED[need] for need in answers["needs"]))
    need_for_kind = {kind: need for need in answers["needs"] for kind in KINDS_FOR_NEED[need]}
    need_labels = dict(NEEDS)
    industry = answers.get("industry") or ""
    audiences = {audience.slug: audience for audience in Audience.objects.all()}

    candidates = (
        measures.filter(kind__in=kinds, audiences__slug__in=applicant_audiences)
        .distinct()
        .prefetch_related("audiences", "industries")
        .order_by(F("deadline").asc(nulls_last=True), "pk")
    )
    matches = []
    for measure in candidates:
        status = status_on(measure.opens, measure.deadline, today)
        measure_industries = {item.slug: item for item in measure.industries.all()}
        if status == MeasureStatus.CLOSED or (
            industry and measure_industries and industry not in measure_industries
        ):
            continue
        measure_audiences = {item.slug for item in measure.audiences.all()}
        audience = next(slug for slug in applicant_audiences if slug in measure_audiences)
        score = 3 if audience == applicant_audiences[0] else 2
        reasons = [gettext("For: %(audience)s") % {"audience": audiences[audience].name}]
        if industry and industry in measure_industries:
            score += 2
            reasons.append(
                gettext("Industry: %(industry)s") % {"industry": measure_industries[industry].name}
            )
        elif not measure_industries:
            score += 1
            reasons.append(gettext("Open to every industry"))
        reasons.append(
            gettext("Meets your need: %(need)s") % {"need": need_labels[need_for_kind[measure.kind]]}
        )
        if status == MeasureStatus.OPEN:
            score += 2
        reasons.append(_window_reason(measure, status))
        matches.append(Match(measure, score, reasons))
    # Stable sort: equal scores keep the soonest-deadline order of the query.
    return sorted(matches, key=lambda match: -match.score)


def finder_context(request, index_page) -> dict:
    submitted = bool(request.GET)
    form = FinderForm(request.GET if submitted else None)
    matches = None
    if submitted and form.is_valid():
        measures = SupportMeasurePage.objects.child_of(index_page).live().public()
        matches = find_measures(form.cleaned_data, measures, timezone.localdate())
    return {"finder_form": form, "errors": form_errors(form) if submitted else [], "matches": matches}
