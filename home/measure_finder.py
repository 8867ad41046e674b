"""The measure finder: a few questions about the company, and the measures it can apply for, best first.

Eligibility is strict (the audience, the need, the industry when a measure names industries, not closed);
the order rewards closer matches, then the soonest deadline.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.listing import form_errors
from core.serving import public
from home.models.measures import MeasureKind, MeasureStatus, SupportMeasurePage, status_on
from taxonomy.models import Audience, Industry

# Audiences, as the applicant would name itself.
ORGANISATIONS = [
    ("startup", _("A startup (under 5 years, developing a new product)")),
    ("small_business", _("A small business (up to 100 employees)")),
    ("medium_business", _("A medium-sized business (101 to 250 employees)")),
    ("large_business", _("A large company (more than 250 employees)")),
    ("individual_entrepreneur", _("A sole proprietor")),
    ("university", _("A university")),
    ("research_institute", _("A research institute")),
]
# What an applicant also is without saying so: startups and sole proprietors are small businesses.
ALSO = {"startup": ("small_business",), "individual_entrepreneur": ("small_business",)}
BEST = 10
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


class FinderForm(forms.Form):
    organisation = forms.MultipleChoiceField(
        label=_("Who is applying?"),
        choices=ORGANISATIONS,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose all that describe you: a startup is often a small business too."),
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


@dataclass
class Match:
    measure: SupportMeasurePage
    rank: tuple
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
    """Measures the applicant in `answers` can apply for, best match first, each with its reasons.

    Best first means, in this order of importance: made for the applicant's own industry rather than for
    every industry; open now rather than opening later; for an audience the applicant named rather than one
    it belongs to in law only; the soonest deadline.
    """
    named = list(answers["organisation"])
    implied = [slug for answer in named for slug in ALSO.get(answer, ()) if slug not in named]
    applicant_audiences = list(dict.fromkeys(named + implied))
    kinds = set().union(*(KINDS_FOR_NEED[need] for need in answers["needs"]))
    need_for_kind = {kind: need for need in answers["needs"] for kind in KINDS_FOR_NEED[need]}
    need_labels = dict(NEEDS)
    industry = answers.get("industry") or ""
    audiences = {audience.slug: audience for audience in Audience.objects.all()}

    candidates = (
        measures.filter(kind__in=kinds, audiences__slug__in=applicant_audiences)
        .distinct()
        .prefetch_related("audiences", "industries")
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
        reasons = [gettext("For: %(audience)s") % {"audience": audiences[audience].name}]
        if industry and industry in measure_industries:
            reasons.append(
                gettext("Industry: %(industry)s") % {"industry": measure_industries[industry].name}
            )
        elif not measure_industries:
            reasons.append(gettext("Open to every industry"))
        reasons.append(
            gettext("Meets your need: %(need)s") % {"need": need_labels[need_for_kind[measure.kind]]}
        )
        reasons.append(_window_reason(measure, status))
        rank = (
            0 if industry and industry in measure_industries else 1,
            0 if status == MeasureStatus.OPEN else 1,
            0 if audience in named else 1,
            measure.deadline or datetime.date.max,
            measure.pk,
        )
        matches.append(Match(measure, rank, reasons))
    return sorted(matches, key=lambda match: match.rank)


def finder_context(request, index_page) -> dict:
    submitted = bool(request.GET)
    form = FinderForm(request.GET if submitted else None)
    matches = None
    if submitted and form.is_valid():
        measures = public(SupportMeasurePage.objects.child_of(index_page).live())
        matches = find_measures(form.cleaned_data, measures, timezone.localdate())
    return {
        "finder_form": form,
        "errors": form_errors(form) if submitted else [],
        "matches": matches,
        "best": matches[:BEST] if matches else [],
        "more": matches[BEST:] if matches else [],
    }
